import { normaliseLanguage, type SupportedLanguage } from "../languages.ts";
import type { Article } from "./article.ts";
import type { ArticleMatch, KnowledgeIndex, MatchOptions } from "./knowledge-index.ts";
import { Bm25Index } from "./bm25-index.ts";
import { ExampleIndex } from "./example-index.ts";
import { LinearClassifier, DEFAULT_CLASSIFIER, type LinearClassifierOptions } from "./linear-classifier.ts";
import { trainSoftmax, DEFAULT_SOFTMAX, type SoftmaxOptions } from "./softmax-classifier.ts";
import { VectorSpace, DEFAULT_GROUP_WEIGHTS, SMALL_KNOWLEDGE_BASE, type GroupWeights } from "./text/vector-space.ts";
import { DEFAULT_CALIBRATION, logit, sigmoid, type CalibrationModel, type CalibrationRegime, type CalibrationWeights, type Evidence } from "./calibration.ts";
import { bestPassage, prepareBody, type PreparedBody } from "./passage.ts";
import type { SparseVector } from "./text/sparse-vector.ts";
import { DEFAULT_ANALYZER } from "./text/analyzer.ts";

/** Below this confidence the assistant says it is not sure and hands over. */
export const DEFAULT_ANSWER_THRESHOLD = 0.5;

export interface KnowledgeIndexOptions {
  /** Train the supervised classifier when affordable (default true). */
  classifier?: boolean;
  /**
   * The classifier is one-vs-rest: its cost grows with examples × articles. Past this
   * budget the index relies on BM25 and nearest sample question, which hold up well
   * when each article has only a handful of questions anyway.
   */
  classifierBudget?: number;
  classifierOptions?: LinearClassifierOptions;
  /** Train the softmax classifier beside the SVM (default true; off only for ablation). */
  softmax?: boolean;
  softmaxOptions?: SoftmaxOptions;
  groupWeights?: GroupWeights;
  /** Character n-gram sizes of the vector space (default 3 and 4). */
  ngramSizes?: number[];
  calibration?: CalibrationModel;
  /** Without a classifier: skip features in more than this share of examples (speed). */
  commonFeatureShare?: number;
  /** Ranking bonus for articles in the customer's language (not added to the score). */
  languageBonus?: number;
}

const DEFAULT_CLASSIFIER_BUDGET = 3_000_000;
const MAX_QUERY_CHARS = 4000;
const WITHOUT_CLASSIFIER_SHARE = 0.05;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Field weights of BM25: a title or sample question says more than a body sentence. */
const TITLE_WEIGHT = 3;
const QUESTION_WEIGHT = 2;
const TAG_WEIGHT = 2;
const MIN_EXAMPLES = 3;
const STAND_IN_CHARS = 500;
/** ln p below this says only "not this one"; the calibration sees 1 + max(ln p, floor) / 10. */
const LOG_PROBABILITY_FLOOR = -10;

/**
 * An article with few sample questions lends the classifier and the nearest-example
 * signal its opening paragraphs instead, so articles nobody wrote questions for are not
 * outvoted by those that have them.
 */
function standIns(article: Article): string[] {
  const missing = MIN_EXAMPLES - article.sampleQuestions.length;
  if (missing <= 0) return [];
  return article.body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "" && !p.startsWith("#") && p !== article.title.trim())
    .slice(0, missing)
    .map((p) => p.slice(0, STAND_IN_CHARS));
}

export function buildKnowledgeIndex(articles: readonly Article[], options: KnowledgeIndexOptions = {}): KnowledgeIndex {
  return new CombinedKnowledgeIndex(articles.filter((a) => !a.retired), options);
}

/** Signals of the last match, exposed for the evaluation script's calibration fit. */
export interface ScoredCandidate {
  articleIndex: number;
  evidence: Evidence;
}

export class CombinedKnowledgeIndex implements KnowledgeIndex {
  private readonly articles: readonly Article[];
  private readonly languages: SupportedLanguage[];
  private readonly articleLanguage: SupportedLanguage[];
  private readonly bm25: Bm25Index;
  private readonly space: VectorSpace;
  private readonly examples: ExampleIndex;
  private readonly classifier: LinearClassifier | undefined;
  private readonly softmax: LinearClassifier | undefined;
  private readonly weights: CalibrationWeights;
  readonly regime: CalibrationRegime;
  private readonly languageBonus: number;
  // Scratch buffers reused across queries: matching allocates almost nothing per call.
  private readonly bm25Scores: Float64Array;
  private readonly exampleScores: Float64Array;
  private readonly decisions: Float64Array;
  private readonly logProbabilities: Float64Array;
  private readonly marked: Uint8Array;
  private readonly bestExample: Int32Array;
  private readonly exampleTexts: string[];
  private readonly preparedBodies: Array<PreparedBody | undefined> = [];
  // Only damps words common across the knowledge base ("when", "get"); it must not let
  // the article's own topic words outvote the words that pick the paragraph.
  private readonly rarity = (stem: string): number => Math.min(1, this.bm25.idfOf(stem) / 1.5);
  private topDecision = -Infinity;
  private topExample = 0;
  private secondExample = 0;
  private secondDecision = -Infinity;

  constructor(articles: readonly Article[], options: KnowledgeIndexOptions) {
    this.articles = articles;
    this.articleLanguage = articles.map((a) => normaliseLanguage(a.language) ?? "en");
    this.languages = [...new Set(this.articleLanguage)];
    this.languageBonus = options.languageBonus ?? 0.15;
    this.bm25 = new Bm25Index(
      articles.map((a, i) => ({
        language: this.articleLanguage[i]!,
        fields: [
          { text: a.title, weight: TITLE_WEIGHT },
          { text: a.sampleQuestions.join("\n"), weight: QUESTION_WEIGHT },
          { text: a.tags.join(" "), weight: TAG_WEIGHT },
          { text: a.body, weight: 1 },
        ],
      })),
    );
    const exampleTexts: Array<{ text: string; language: SupportedLanguage }> = [];
    const exampleArticle: number[] = [];
    articles.forEach((a, i) => {
      const language = this.articleLanguage[i]!;
      for (const text of [a.title, ...a.sampleQuestions, ...standIns(a)]) {
        exampleTexts.push({ text, language });
        exampleArticle.push(i);
      }
    });
    this.space = new VectorSpace(
      options.ngramSizes ? { ngramSizes: options.ngramSizes } : DEFAULT_ANALYZER,
      options.groupWeights ?? DEFAULT_GROUP_WEIGHTS,
    );
    const vectors = this.space.fit(exampleTexts);
    const labels = Int32Array.from(exampleArticle);
    const budget = options.classifierBudget ?? DEFAULT_CLASSIFIER_BUDGET;
    const affordable = vectors.length * articles.length <= budget;
    const wanted = options.classifier ?? true;
    // A classifier needs something to tell apart, and more than titles to learn from.
    const useful = articles.length >= 2 && vectors.length > articles.length;
    this.classifier =
      wanted && affordable && useful
        ? LinearClassifier.train(vectors, labels, articles.length, this.space.size, options.classifierOptions ?? DEFAULT_CLASSIFIER)
        : undefined;
    this.softmax =
      this.classifier && (options.softmax ?? true)
        ? trainSoftmax(vectors, labels, articles.length, this.space.size, options.softmaxOptions ?? DEFAULT_SOFTMAX)
        : undefined;
    // With a classifier, the nearest question is a second opinion and kept cheap by
    // skipping features shared by many examples; without one it is the main signal, and
    // those features are worth their cost (measured: see docs/knowledge.md, ablation).
    this.examples = new ExampleIndex(vectors, labels, this.space.size, this.classifier ? 0.02 : (options.commonFeatureShare ?? WITHOUT_CLASSIFIER_SHARE));
    this.regime = !this.classifier ? "withoutClassifier" : vectors.length < SMALL_KNOWLEDGE_BASE ? "smallWithClassifier" : "withClassifier";
    this.weights = (options.calibration ?? DEFAULT_CALIBRATION)[this.regime];
    this.bm25Scores = new Float64Array(articles.length);
    this.exampleScores = new Float64Array(articles.length);
    this.decisions = new Float64Array(this.classifier ? articles.length : 0);
    this.logProbabilities = new Float64Array(this.softmax ? articles.length : 0);
    this.marked = new Uint8Array(articles.length);
    this.bestExample = new Int32Array(articles.length);
    this.exampleTexts = exampleTexts.map((e) => e.text);
  }

  get size(): number {
    return this.articles.length;
  }

  get hasClassifier(): boolean {
    return this.classifier !== undefined;
  }

  match(query: string, options: MatchOptions = {}): ArticleMatch[] {
    const limit = Math.max(0, options.limit ?? 3);
    const customerLanguage = normaliseLanguage(options.language);
    const touched = this.collect(query);
    const nearest = new Map<number, string>();
    // Keep only the best `limit` in a small sorted array: building and sorting an object
    // per touched article would cost more than the whole retrieval.
    const top: Array<{ index: number; score: number; rank: number }> = [];
    for (const i of touched) {
      const score = sigmoid(this.logitAt(i));
      const bonus = customerLanguage && this.articleLanguage[i] === customerLanguage ? this.languageBonus : 0;
      const rank = score + bonus;
      if (top.length === limit && (limit === 0 || rank <= top[limit - 1]!.rank)) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.rank < rank) at--;
      top.splice(at, 0, { index: i, score, rank });
      if (top.length > limit) top.pop();
    }
    for (const { index } of top) {
      if (this.exampleScores[index]! > 0) nearest.set(index, this.exampleTexts[this.bestExample[index]!]!);
    }
    this.reset(touched);
    return top.map(({ index, score }) => {
      const article = this.articles[index]!;
      // The sample question nearest to the query, spelled right, helps pick the passage
      // when the customer's own words are misspelt or differ from the body's.
      const passage = bestPassage(this.preparedBody(index), query, this.articleLanguage[index]!, nearest.get(index), this.rarity);
      return { article, score, passage };
    });
  }

  /** Every article with any evidence for the query, with that evidence (for calibration fits). */
  candidates(query: string): ScoredCandidate[] {
    const touched = this.collect(query);
    const out = touched.map((i) => ({ articleIndex: i, evidence: this.evidenceAt(i) }));
    this.reset(touched);
    return out;
  }

  /** Runs every channel for the query into the scratch buffers; returns the articles touched. */
  private collect(fullQuery: string): number[] {
    const n = this.articles.length;
    // A pasted e-mail thread must not cost a second: its opening says what it is about.
    const query = fullQuery.length > MAX_QUERY_CHARS ? fullQuery.slice(0, MAX_QUERY_CHARS) : fullQuery;
    // No word at all ("???", an emoji): nothing to match, not even the classifier's bias.
    if (n === 0 || !HAS_WORD.test(query)) return [];
    const vector: SparseVector = this.space.vectorize(query, this.languages);
    const touched = this.bm25.score(query, this.bm25Scores);
    for (const i of touched) this.marked[i] = 1;
    let topExample = 0;
    let secondExample = 0;
    for (const i of this.examples.score(vector, this.exampleScores, this.bestExample)) {
      const e = this.exampleScores[i]!;
      if (e > topExample) {
        secondExample = topExample;
        topExample = e;
      } else if (e > secondExample) secondExample = e;
      if (this.marked[i] === 0) {
        this.marked[i] = 1;
        touched.push(i);
      }
    }
    this.topExample = topExample;
    this.secondExample = secondExample;
    if (this.classifier) {
      this.classifier.decide(vector, this.decisions);
      let top = -Infinity;
      let second = -Infinity;
      let best = -1;
      for (let i = 0; i < n; i++) {
        const d = this.decisions[i]!;
        if (d > top) {
          second = top;
          top = d;
          best = i;
        } else if (d > second) second = d;
      }
      this.topDecision = top;
      this.secondDecision = second;
      // The classifier's best counts as a candidate even with no word in common.
      if (best >= 0 && this.marked[best] === 0) {
        this.marked[best] = 1;
        touched.push(best);
      }
    }
    if (this.softmax) {
      // Log-probabilities by log-sum-exp: the calibration reads them on a log scale.
      const logP = this.logProbabilities;
      this.softmax.decide(vector, logP);
      let max = -Infinity;
      let best = -1;
      for (let i = 0; i < n; i++) {
        if (logP[i]! > max) {
          max = logP[i]!;
          best = i;
        }
      }
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Math.exp(logP[i]! - max);
      const logSum = max + Math.log(sum);
      for (let i = 0; i < n; i++) logP[i]! -= logSum;
      if (best >= 0 && this.marked[best] === 0) {
        this.marked[best] = 1;
        touched.push(best);
      }
    }
    return touched;
  }

  /** The same as logit(evidenceAt(i)) without building an object: this runs per touched article. */
  private logitAt(i: number): number {
    const e = this.exampleScores[i]!;
    const exampleMargin = e === this.topExample ? e - this.secondExample : e - this.topExample;
    const bm25 = this.bm25Scores[i]!;
    const w = this.weights;
    if (!this.classifier) return w.bias + w.nearestExample * e + w.exampleMargin * exampleMargin + w.bm25 * bm25;
    return logit(this.evidenceAt(i), w);
  }

  private evidenceAt(i: number): Evidence {
    const decision = this.classifier ? this.decisions[i]! : undefined;
    let margin = 0;
    if (decision !== undefined) {
      // How far ahead of the best other article: positive for the leader only.
      margin = decision === this.topDecision ? decision - this.secondDecision : decision - this.topDecision;
      if (!Number.isFinite(margin)) margin = 0;
    }
    const e = this.exampleScores[i]!;
    const exampleMargin = e === this.topExample ? e - this.secondExample : e - this.topExample;
    const softmax = this.softmax ? 1 + Math.max(LOG_PROBABILITY_FLOOR, this.logProbabilities[i]!) / -LOG_PROBABILITY_FLOOR : 0;
    return { classifier: decision, classifierMargin: margin, softmax, nearestExample: e, exampleMargin, bm25: this.bm25Scores[i]! };
  }

  /** Bodies are cut into blocks on first use: most articles are never the answer. */
  private preparedBody(index: number): PreparedBody {
    let prepared = this.preparedBodies[index];
    if (!prepared) {
      prepared = prepareBody(this.articles[index]!.body, this.articleLanguage[index]!);
      this.preparedBodies[index] = prepared;
    }
    return prepared;
  }

  private reset(touched: readonly number[]): void {
    for (const i of touched) {
      this.bm25Scores[i] = 0;
      this.exampleScores[i] = 0;
      this.marked[i] = 0;
    }
  }

  articleAt(index: number): Article {
    const a = this.articles[index];
    if (!a) throw new RangeError(`no article at ${index}`);
    return a;
  }
}
