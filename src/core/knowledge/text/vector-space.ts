import type { SupportedLanguage } from "../../languages.ts";
import { visitFeatures, FEATURE_GROUPS, DEFAULT_ANALYZER, type AnalyzerOptions, type FeatureGroup } from "./analyzer.ts";
import type { SparseVector } from "./sparse-vector.ts";

/**
 * Below this many examples (titles + sample questions) function words get a prior
 * weight. Above it the data can tell on its own — and in intent data function words do
 * carry meaning ("what is your name" is an intent of CLINC150): applying the prior to
 * the large benchmarks cost 1-2 points of accuracy on their development splits.
 */
export const SMALL_KNOWLEDGE_BASE = 500;

/** How much each feature group weighs in a unit vector (squared norms add up to 1). */
export type GroupWeights = Record<FeatureGroup, number>;

export const DEFAULT_GROUP_WEIGHTS: GroupWeights = { word: 0.5, bigram: 0.15, char: 0.35 };

/**
 * TF-IDF over words, word pairs and character n-grams, learned from the texts it is
 * built on. Each group is normalised separately so the many n-grams cannot drown the
 * few words; unknown features of a query are dropped (they still count against BM25).
 */
export class VectorSpace {
  /** One vocabulary per feature group; ids are shared across groups. */
  private readonly vocabularies = FEATURE_GROUPS.map(() => new Map<string, number>());
  private idf: Float32Array = new Float32Array(0);
  private readonly groupScale: number[];
  private readonly groupOfId: number[] = [];
  private readonly functionIds = new Set<number>();
  // Scratch for one text's counts: ids in first-seen order and their counts by id.
  private readonly seenIds: number[] = [];
  private counts = new Float64Array(1024);

  private options: AnalyzerOptions;

  constructor(
    options: AnalyzerOptions = DEFAULT_ANALYZER,
    weights: GroupWeights = DEFAULT_GROUP_WEIGHTS,
  ) {
    this.options = options;
    this.groupScale = FEATURE_GROUPS.map((g) => Math.sqrt(weights[g]));
  }

  get size(): number {
    return this.groupOfId.length;
  }

  /** Learns vocabulary and IDF from documents, and returns their vectors. */
  fit(texts: ReadonlyArray<{ text: string; language: SupportedLanguage }>): SparseVector[] {
    const small = texts.length < SMALL_KNOWLEDGE_BASE;
    this.options = { ...this.options, functionWordsWithoutNgrams: small };
    const df: number[] = [];
    const counted = texts.map(({ text, language }) => {
      this.count(text, [language], true);
      for (const id of this.seenIds) df[id] = (df[id] ?? 0) + 1;
      return { ids: [...this.seenIds], counts: this.seenIds.map((id) => this.counts[id]!) };
    });
    this.clearCounts();
    const n = texts.length;
    // In a small knowledge base a function word weighs at most as if half of all examples
    // had it: a few dozen questions cannot show that "what is your" says nothing.
    const functionIdf = Math.log((1 + n) / (1 + n / 2)) + 1;
    this.idf = Float32Array.from(df, (d, id) => {
      const idf = Math.log((1 + n) / (1 + d)) + 1;
      return small && this.functionIds.has(id) ? Math.min(idf, functionIdf) : idf;
    });
    return counted.map(({ ids, counts }) => this.weigh(ids, counts));
  }

  vectorize(text: string, languages: readonly SupportedLanguage[]): SparseVector {
    this.count(text, languages, false);
    const vector = this.weigh(this.seenIds, this.seenIds.map((id) => this.counts[id]!));
    this.clearCounts();
    return vector;
  }

  private count(text: string, languages: readonly SupportedLanguage[], grow: boolean): void {
    this.clearCounts();
    visitFeatures(text, languages, this.options, (group, key, functionWord) => {
      const vocabulary = this.vocabularies[group]!;
      let id = vocabulary.get(key);
      if (id === undefined) {
        if (!grow) return;
        id = this.groupOfId.length;
        vocabulary.set(key, id);
        this.groupOfId.push(group);
        if (functionWord) this.functionIds.add(id);
        if (id >= this.counts.length) {
          const bigger = new Float64Array(this.counts.length * 2);
          bigger.set(this.counts);
          this.counts = bigger;
        }
      }
      if (this.counts[id] === 0) this.seenIds.push(id);
      this.counts[id]! += 1;
    });
  }

  private clearCounts(): void {
    for (const id of this.seenIds) this.counts[id] = 0;
    this.seenIds.length = 0;
  }

  private weigh(ids: readonly number[], counts: readonly number[]): SparseVector {
    const n = ids.length;
    const outIds = Int32Array.from(ids);
    const values = new Float32Array(n);
    const norms = [0, 0, 0];
    for (let k = 0; k < n; k++) {
      const id = ids[k]!;
      const value = (1 + Math.log(counts[k]!)) * this.idf[id]!;
      norms[this.groupOfId[id]!]! += value * value;
      values[k] = value;
    }
    const scale = norms.map((sq, g) => (sq > 0 ? this.groupScale[g]! / Math.sqrt(sq) : 0));
    for (let k = 0; k < n; k++) values[k]! *= scale[this.groupOfId[ids[k]!]!]!;
    return { ids: outIds, values };
  }
}
