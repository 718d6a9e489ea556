import type { SupportedLanguage } from "../languages.ts";
import { SUPPORTED_LANGUAGES } from "../languages.ts";
import { stems } from "./text/analyzer.ts";

/** One document of the index: its fields, each with a weight (a BM25F-style blend). */
export interface Bm25Document {
  language: SupportedLanguage;
  fields: ReadonlyArray<{ text: string; weight: number }>;
}

interface Postings {
  docs: Int32Array;
  /** BM25's term-frequency factor, precomputed: tf·(k1+1) / (tf + k1·(1−b+b·len/avg)). */
  weights: Float32Array;
}

const K1 = 1.2;
const B = 0.75;
const MIN_IDF = 0.05;

/**
 * BM25 over stemmed words. Terms are stemmed in each document's own language; a query
 * is stemmed in every language present and each stem only scores documents of the
 * language that produced it. Scores come back normalised by the query's best possible
 * score, so 1 means "every query word, strongly" and the figure means the same thing
 * for a two-word and a twenty-word query (what the calibration needs).
 */
export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly docLanguageBit: Uint16Array;
  private readonly languages: SupportedLanguage[];
  private readonly maxIdf: number;
  readonly size: number;

  constructor(documents: readonly Bm25Document[]) {
    this.size = documents.length;
    this.docLanguageBit = new Uint16Array(documents.length);
    const docLength = new Float64Array(documents.length);
    const languages = new Set<SupportedLanguage>();
    const building = new Map<string, { docs: number[]; tfs: number[] }>();
    documents.forEach((doc, d) => {
      languages.add(doc.language);
      this.docLanguageBit[d] = languageBit(doc.language);
      const tf = new Map<string, number>();
      let length = 0;
      for (const field of doc.fields) {
        for (const term of stems(field.text, doc.language)) {
          tf.set(term, (tf.get(term) ?? 0) + field.weight);
          length += field.weight;
        }
      }
      docLength[d] = length;
      for (const [term, count] of tf) {
        let p = building.get(term);
        if (!p) {
          p = { docs: [], tfs: [] };
          building.set(term, p);
        }
        p.docs.push(d);
        p.tfs.push(count);
      }
    });
    let total = 0;
    for (const l of docLength) total += l;
    const averageLength = documents.length > 0 ? total / documents.length : 1;
    // Typed arrays and precomputed weights: a query then only multiplies and adds.
    for (const [term, p] of building) {
      const weights = Float32Array.from(p.tfs, (tf, k) => {
        const norm = K1 * (1 - B + (B * docLength[p.docs[k]!]!) / averageLength);
        return (tf * (K1 + 1)) / (tf + norm);
      });
      this.postings.set(term, { docs: Int32Array.from(p.docs), weights });
    }
    this.languages = [...languages];
    this.maxIdf = idf(0, documents.length);
  }

  /** How rare a stem is across the articles (BM25's IDF; an unknown stem is rarest). */
  idfOf(term: string): number {
    const p = this.postings.get(term);
    return p ? idf(p.docs.length, this.size) : this.maxIdf;
  }

  /**
   * Writes each matching document's normalised score (0..1) into `out` (which must be
   * all zero on entry) and returns the documents touched, so the caller can reset just
   * those: clearing the whole array per query would cost O(articles).
   */
  score(query: string, out: Float64Array): number[] {
    const touched: number[] = [];
    for (const language of this.languages) {
      const bit = languageBit(language);
      const terms = new Set(stems(query, language));
      if (terms.size === 0) continue;
      let best = 0;
      const start = touched.length;
      for (const term of terms) {
        const p = this.postings.get(term);
        const weight = p ? idf(p.docs.length, this.size) : this.maxIdf;
        best += weight * (K1 + 1);
        // A word in nearly every article ("the", "my") barely moves any score but walks
        // every posting: skipping it keeps a query's cost tied to its informative words.
        if (!p || weight < MIN_IDF) continue;
        const { docs, weights } = p;
        const single = this.languages.length === 1;
        for (let k = 0; k < docs.length; k++) {
          const d = docs[k]!;
          if (!single && (this.docLanguageBit[d]! & bit) === 0) continue;
          if (out[d] === 0) touched.push(d);
          out[d]! += weight * weights[k]!;
        }
      }
      // Documents of one language are only touched in that language's pass.
      for (let k = start; k < touched.length; k++) out[touched[k]!]! /= best;
    }
    return touched;
  }
}

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function languageBit(language: SupportedLanguage): number {
  return 1 << SUPPORTED_LANGUAGES.indexOf(language);
}
