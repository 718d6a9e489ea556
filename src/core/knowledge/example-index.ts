import type { SparseVector } from "./text/sparse-vector.ts";

/**
 * Nearest sample question: cosine similarity between the query and every example
 * (an article's title and each of its sample questions), through an inverted index so
 * only examples sharing a feature with the query are touched. Per article, the best
 * example counts: one close paraphrase is stronger evidence than many loose ones.
 */
const MAX_POSTINGS = 2000;

export class ExampleIndex {
  // Postings of all features in three flat arrays (CSR): one typed array per feature
  // would cost ~100 bytes of overhead each, times tens of thousands of n-grams.
  private readonly offsets: Int32Array;
  private readonly postingExamples: Int32Array;
  private readonly postingValues: Float32Array;
  private readonly accumulator: Float64Array;

  constructor(
    examples: readonly SparseVector[],
    private readonly exampleArticle: Int32Array,
    featureCount: number,
    maxShare: number,
  ) {
    const lengths = new Int32Array(featureCount);
    for (const v of examples) for (const id of v.ids) lengths[id]!++;
    // A feature shared by many examples (" th", "the ", "my") says little about which
    // example is nearest, yet walking its postings is most of the cost: leave it out.
    // Bounded in absolute terms too, or a huge base would walk postings of tens of thousands.
    const cap = Math.min(MAX_POSTINGS, Math.max(64, Math.ceil(maxShare * examples.length)));
    for (let f = 0; f < featureCount; f++) if (lengths[f]! > cap) lengths[f] = 0;
    this.offsets = new Int32Array(featureCount + 1);
    for (let f = 0; f < featureCount; f++) this.offsets[f + 1] = this.offsets[f]! + lengths[f]!;
    this.postingExamples = new Int32Array(this.offsets[featureCount]!);
    this.postingValues = new Float32Array(this.offsets[featureCount]!);
    const fill = this.offsets.slice(0, featureCount);
    examples.forEach((v, e) => {
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k]!;
        if (lengths[id] === 0) continue;
        const at = fill[id]!++;
        this.postingExamples[at] = e;
        this.postingValues[at] = v.values[k]!;
      }
    });
    this.accumulator = new Float64Array(examples.length);
  }

  /**
   * Best cosine per article into `out` (zero on entry), and which example it was into
   * `bestExample`; returns the articles touched.
   */
  score(query: SparseVector, out: Float64Array, bestExample: Int32Array): number[] {
    const acc = this.accumulator;
    const touchedExamples: number[] = [];
    for (let k = 0; k < query.ids.length; k++) {
      const id = query.ids[k]!;
      const q = query.values[k]!;
      const end = this.offsets[id + 1]!;
      for (let j = this.offsets[id]!; j < end; j++) {
        const e = this.postingExamples[j]!;
        if (acc[e] === 0) touchedExamples.push(e);
        acc[e]! += q * this.postingValues[j]!;
      }
    }
    const touched: number[] = [];
    for (const e of touchedExamples) {
      const a = this.exampleArticle[e]!;
      const s = acc[e]!;
      acc[e] = 0;
      if (out[a] === 0) touched.push(a);
      if (s > out[a]!) {
        out[a] = s;
        bestExample[a] = e;
      }
    }
    return touched;
  }
}
