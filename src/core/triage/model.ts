import { FEATURES, type Feature } from "./signals.ts";
import type { TextModel } from "./learned/text-model.ts";
import BUILT_IN_WORDING from "./learned/wording-model.json" with { type: "json" };

/** The learned wording model and where its probability starts to count (`from`) and counts fully (`to`). */
export interface WordingModel extends TextModel {
  from: number;
  to: number;
  /**
   * The languages it reads. It is trusted only where it was trained on enough text: on
   * fresh inquiries in the other languages (a few hundred training examples each) it
   * sent many routine ones to people and found few weighty ones the lexicons missed.
   */
  languages: string[];
}

/**
 * The triage model: a logistic score over explainable features. `weight` is
 * sigmoid(bias + Σ weights[f] · feature[f]); `route` is human at or above `threshold`.
 * Written by `tandem calibrate`, loaded by the server; plain JSON so a firm can read it.
 */
export interface TriageModel {
  version: 1;
  bias: number;
  weights: Record<Feature, number>;
  /** Cost of sending a weighty inquiry to the assistant, relative to a routine one sent to a person. */
  costRatio: number;
  threshold: number;
  /** Weak prior per CRM topic (snake_case), added as the `topicPrior` feature. */
  topicPriors: Record<string, number>;
  /** The learned reading of the wording (the `learnedWording` feature); absent means none. */
  wording?: WordingModel;
  /** Where the weights came from, for people reading the file. */
  source?: { kind: "default" | "calibrated"; fittedOn?: number; crossValidated?: CrossValidatedFigures; note?: string };
}

export interface CrossValidatedFigures {
  folds: number;
  weightyToPerson: number;
  routineToAssistant: number;
}

/**
 * Hand-set weights. Strong signals (bereavement, a missed callback, a formal complaint)
 * cross the threshold on their own; weak ones (negative wording, shouting, the topic)
 * only together with something else. See docs/triage.md.
 */
const DEFAULT_WEIGHTS: Record<Feature, number> = {
  personRequest: 7,
  bereavement: 4.5,
  illness: 2.8,
  hardship: 3.2,
  debtCollection: 3.5,
  fraud: 3.2,
  dispute: 2.8,
  complaint: 3.4,
  legalThreat: 3.6,
  closingUnhappy: 3.2,
  dissatisfaction: 2.0,
  anger: 2.6,
  distress: 2.8,
  intensity: 0.9,
  vulnerability: 2.8,
  vulnerableFlag: 3.2,
  failure: 2.2,
  longProblem: 1.5,
  learnedWording: 1.5,
  weakNegative: 0.5,
  calm: -1.0,
  infoQuestion: -0.5,
  repeatUnresolved: 1.9,
  callbackMissed: 3.2,
  deliveryDelayed: 3.0,
  refundPending: 3.0,
  complaintOpen: 3.2,
  lowRating: 3.2,
  recentEscalation: 1.2,
  paymentTrouble: 2.0,
  topicPrior: 1,
  assistantFailed: 2.8,
  rephrased: 1.2,
  frustrationGrowing: 1.6,
};

/** The Bayes-optimal cut for a calibrated probability when a miss costs `ratio` times a false alarm. */
export function thresholdForCostRatio(ratio: number): number {
  return 1 / (1 + ratio);
}

export const DEFAULT_COST_RATIO = 10;

/**
 * The built-in weights are set by hand, not fitted, so their output is not a calibrated
 * probability and 1 / (1 + ratio) is not the right cut on it. On inquiries the lexicons
 * had never seen (540 written in English, 616 in eleven other languages, measured before
 * any phrase was added for them), inquiries with only a weak signal (weight 0.03–0.09)
 * were weighty about three times in four, far above the 1-in-11 that a 10:1 cost makes
 * worth a person's time; inquiries with no signal at all sit near 0.016. The cut is
 * therefore just above that floor: any real signal reaches a person, while every
 * development set keeps routine → assistant at 0.86 or more (BANKING77 train 0.864).
 * A model fitted by `tandem calibrate` picks its own cut from its out-of-fold predictions
 * at the same cost ratio.
 */
export const DEFAULT_THRESHOLD = 0.05;

export const DEFAULT_TRIAGE_MODEL: TriageModel = Object.freeze({
  version: 1,
  bias: -4.1,
  weights: Object.freeze({ ...DEFAULT_WEIGHTS }),
  costRatio: DEFAULT_COST_RATIO,
  threshold: DEFAULT_THRESHOLD,
  topicPriors: Object.freeze({
    complaint: 0.6,
    complaints: 0.6,
    dispute: 1,
    chargeback: 1,
    bereavement: 1.5,
    debt: 0.8,
    collections: 0.8,
    arrears: 0.8,
    fraud: 0.8,
    refund: 0.3,
    cancellation: 0.2,
  }),
  wording: BUILT_IN_WORDING as WordingModel,
  source: { kind: "default", note: "hand-set weights; run `tandem calibrate` on your own labelled inquiries to fit them" },
}) as TriageModel;

/** Validates a model file's JSON, listing every problem, so a bad file fails at start-up and not mid-conversation. */
export function parseTriageModel(json: unknown): TriageModel {
  const problems: string[] = [];
  if (!isRecord(json)) throw new Error("triage model: expected a JSON object");
  if (json.version !== 1) problems.push(`version must be 1 (got ${JSON.stringify(json.version)})`);
  const num = (key: string, value: unknown): number => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      problems.push(`${key} must be a finite number`);
      return 0;
    }
    return value;
  };
  const bias = num("bias", json.bias);
  const costRatio = num("costRatio", json.costRatio);
  if (costRatio <= 0) problems.push("costRatio must be positive");
  const threshold = num("threshold", json.threshold);
  if (threshold <= 0 || threshold >= 1) problems.push("threshold must be between 0 and 1");
  const weights = {} as Record<Feature, number>;
  if (!isRecord(json.weights)) problems.push("weights must be an object");
  else {
    for (const f of FEATURES) {
      // A feature added after the file was written falls back to its default weight.
      weights[f] = f in json.weights ? num(`weights.${f}`, json.weights[f]) : DEFAULT_WEIGHTS[f];
    }
    for (const key of Object.keys(json.weights)) {
      if (!(FEATURES as readonly string[]).includes(key)) problems.push(`weights.${key} is not a known feature`);
    }
  }
  const topicPriors: Record<string, number> = {};
  if (json.topicPriors !== undefined) {
    if (!isRecord(json.topicPriors)) problems.push("topicPriors must be an object");
    else for (const [k, v] of Object.entries(json.topicPriors)) topicPriors[k] = num(`topicPriors.${k}`, v);
  }
  // Absent: a file written before the wording model existed keeps the built-in one. `null`: none.
  let wording: WordingModel | undefined = BUILT_IN_WORDING as WordingModel;
  if (json.wording === null) wording = undefined;
  else if (json.wording !== undefined) {
    const w = json.wording;
    if (!isRecord(w) || !isRecord(w.weights)) problems.push("wording must be an object with bias, weights, from and to");
    else {
      const from = num("wording.from", w.from);
      const to = num("wording.to", w.to);
      if (!(from >= 0 && from < to && to <= 1)) problems.push("wording needs 0 ≤ from < to ≤ 1");
      const ws: Record<string, number> = {};
      // Thousands of weights, read at start-up: by indexed keys rather than entries (a pair
      // per weight), and a problem's name is spelled out only for a bad one.
      const keys = Object.keys(w.weights);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        const v = w.weights[k];
        ws[k] = typeof v === "number" && Number.isFinite(v) ? v : num(`wording.weights.${k}`, v);
      }
      const languages = Array.isArray(w.languages) ? w.languages.filter((l): l is string => typeof l === "string") : [];
      if (languages.length === 0) problems.push("wording.languages must list at least one language");
      wording = { version: 1, bias: num("wording.bias", w.bias), weights: ws, from, to, languages };
      if (Array.isArray(w.common)) wording.common = w.common.filter((c): c is string => typeof c === "string");
    }
  }
  if (problems.length > 0) throw new Error(`triage model is invalid:\n  - ${problems.join("\n  - ")}`);
  const model: TriageModel = { version: 1, bias, weights, costRatio, threshold, topicPriors };
  if (wording) model.wording = wording;
  if (isRecord(json.source)) model.source = json.source as TriageModel["source"];
  return model;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
