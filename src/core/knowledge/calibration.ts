/**
 * Turns the evidence for one candidate article into a confidence in [0, 1]: a logistic
 * model over the signals. The weights were fitted (scripts/eval-knowledge.ts --fit) on
 * rows held out of the public benchmarks' training splits only — never a test or an
 * out-of-scope row — so that a confidence of 0.7 means "right about 70% of the time".
 * See docs/knowledge.md for the data behind each regime.
 */
export interface Evidence {
  /** SVM decision value for the article, or undefined when no classifier was trained. */
  classifier: number | undefined;
  /** Classifier decision minus the best other article's: positive for the leader only. */
  classifierMargin: number;
  /**
   * The softmax classifier's probability for the article on a log scale, mapped to 0..1:
   * 1 + max(ln p, −10) / 10. Log, because what tells right from wrong is whether the
   * runner-up has 1% or 0.01%; 0 when no classifier was trained.
   */
  softmax: number;
  /** Best cosine to the article's title or a sample question, 0..1. */
  nearestExample: number;
  /** Nearest-example similarity minus the best other article's: positive for the leader only. */
  exampleMargin: number;
  /** BM25 normalised by the query's best possible score, 0..1. */
  bm25: number;
}

export interface CalibrationWeights {
  bias: number;
  classifier: number;
  classifierMargin: number;
  softmax: number;
  nearestExample: number;
  exampleMargin: number;
  bm25: number;
}

/**
 * One set of weights per regime, because the signals mean different things in each: a
 * classifier trained on 10,000 questions is far more trustworthy than one trained on 60.
 */
export interface CalibrationModel {
  /** A classifier over many examples (≥ SMALL_KNOWLEDGE_BASE): intent-style data. */
  withClassifier: CalibrationWeights;
  /** A classifier over few examples: a firm's own handful of articles and questions. */
  smallWithClassifier: CalibrationWeights;
  /** No classifier (too many articles for one-vs-rest): BM25 and nearest question. */
  withoutClassifier: CalibrationWeights;
}

export type CalibrationRegime = keyof CalibrationModel;

export const DEFAULT_CALIBRATION: CalibrationModel = {
  withClassifier: { bias: -9.096, classifier: 0, classifierMargin: 2.158, softmax: 9.214, nearestExample: 0.759, exampleMargin: 0, bm25: 1.134 },
  smallWithClassifier: { bias: -12.192, classifier: 0.925, classifierMargin: 0.876, softmax: 10.871, nearestExample: 1.005, exampleMargin: 0.269, bm25: 3.139 },
  withoutClassifier: { bias: -3.925, classifier: 0, classifierMargin: 0, softmax: 0, nearestExample: 3.576, exampleMargin: 10.027, bm25: 5.304 },
};

export function logit(e: Evidence, w: CalibrationWeights): number {
  return (
    w.bias +
    w.classifier * (e.classifier ?? 0) +
    w.classifierMargin * e.classifierMargin +
    w.softmax * e.softmax +
    w.nearestExample * e.nearestExample +
    w.exampleMargin * e.exampleMargin +
    w.bm25 * e.bm25
  );
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
