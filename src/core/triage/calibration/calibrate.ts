import { extractFeatures, learnedWordingOf, normaliseTopic } from "../features.ts";
import type { InquiryRecord } from "../io/inquiry-input.ts";
import { trainTextModel, type LabelledText } from "../learned/text-model.ts";
import type { TriageModel, WordingModel } from "../model.ts";
import { tokenize } from "../text/normalise.ts";
import { FEATURES, type FeatureVector } from "../signals.ts";
import { fitLogistic } from "./fit-logistic.ts";

export interface CalibrationOptions {
  /** Cost of a weighty inquiry sent to the assistant relative to a routine one sent to a person. */
  costRatio: number;
  folds: number;
  /** The starting point and prior: usually the default model. */
  prior: TriageModel;
  onProgress?: (done: number, total: number) => void;
  /**
   * Retrain the learned wording model on the firm's own inquiries (plus `extra`, usually
   * the labelled inquiries Tandem ships), inside every cross-validation fold, so the firm's
   * vocabulary counts and the reported figures stay honest. Without it the prior's
   * wording model is kept and only its weight is fitted.
   */
  learnWording?: { extra: readonly LabelledText[]; minPerLanguage: number };
}

export interface RouteFigures {
  weightyToPerson: number;
  routineToAssistant: number;
  weighty: number;
  routine: number;
}

export interface CalibrationResult {
  model: TriageModel;
  /** Out-of-fold figures at the threshold chosen inside each fold. */
  crossValidated: RouteFigures;
  /** The prior (default) model on the same file, for comparison; nothing was fitted for it. */
  before: RouteFigures;
  /** Prior strength picked by cross-validated log-loss. */
  strength: number;
  /** Labelled inquiries used. */
  used: number;
}

const STRENGTHS = [0.3, 1, 3, 10, 30];

interface Example {
  features: FeatureVector;
  topic: string | undefined;
  weighty: boolean;
  tokens: string[];
  language: string;
}

/** Fits weights, topic priors and threshold to a firm's labelled inquiries, and says how well they hold out. */
export function calibrate(records: readonly InquiryRecord[], options: CalibrationOptions): CalibrationResult {
  const examples: Example[] = [];
  for (const r of records) {
    if (r.weighty === undefined) continue;
    // Topic priors are fitted per fold, so features are read without them.
    const { features, language } = extractFeatures(r.input, {}, options.prior.wording);
    const tokens = tokenize(typeof r.input.text === "string" ? r.input.text : "");
    examples.push({ features, topic: normaliseTopic(r.input.topic), weighty: r.weighty, tokens, language });
  }
  const weighty = examples.filter((e) => e.weighty).length;
  if (weighty < 2 || examples.length - weighty < 2) {
    throw new Error(`calibration needs labelled examples of both kinds (got ${weighty} weighty, ${examples.length - weighty} routine)`);
  }
  const folds = Math.max(2, Math.min(options.folds, weighty, examples.length - weighty));
  const assignment = stratifiedFolds(examples, folds);
  const learn = options.learnWording;
  const wordingOf = (train: readonly Example[]) => (learn ? trainWording(train, learn, options.prior.wording) : options.prior.wording);
  // With a retrained wording model, fold k's learnedWording column comes from a model
  // that never saw fold k: trained once per fold, reused for every prior strength.
  const foldExamples: Example[][] = [];
  for (let k = 0; k < folds; k++) {
    const wording = learn ? wordingOf(examples.filter((_, i) => assignment[i] !== k)) : undefined;
    foldExamples.push(wording ? examples.map((e) => withWording(e, wording)) : examples);
  }

  // Pick the prior strength by out-of-fold log-loss, then report figures at that strength.
  let best = { strength: STRENGTHS[0] as number, loss: Number.POSITIVE_INFINITY, oof: [] as number[] };
  let step = 0;
  const total = STRENGTHS.length * folds + 1;
  for (const strength of STRENGTHS) {
    const oof = new Array<number>(examples.length).fill(0);
    for (let k = 0; k < folds; k++) {
      const inFold = foldExamples[k] as Example[];
      const train = inFold.filter((_, i) => assignment[i] !== k);
      const model = fitModel(train, options.prior, strength, options.costRatio);
      inFold.forEach((e, i) => {
        if (assignment[i] === k) oof[i] = probability(model, withTopic(e, model));
      });
      options.onProgress?.(++step, total);
    }
    const loss = logLoss(oof, examples);
    if (loss < best.loss) best = { strength, loss, oof };
  }

  // Thresholds are chosen inside each fold too, so the reported figures are honest.
  const routed = new Array<boolean>(examples.length).fill(false);
  for (let k = 0; k < folds; k++) {
    const trainIdx = examples.map((_, i) => i).filter((i) => assignment[i] !== k);
    const t = costThreshold(trainIdx.map((i) => best.oof[i] as number), trainIdx.map((i) => (examples[i] as Example).weighty), options.costRatio);
    examples.forEach((_, i) => {
      if (assignment[i] === k) routed[i] = (best.oof[i] as number) >= t || (examples[i] as Example).features.personRequest >= 0.5;
    });
  }
  const crossValidated = figures(routed, examples);

  const finalWording = wordingOf(examples);
  const finalExamples = learn && finalWording ? examples.map((e) => withWording(e, finalWording)) : examples;
  const model = fitModel(finalExamples, options.prior, best.strength, options.costRatio);
  if (finalWording) model.wording = finalWording;
  else delete model.wording;
  const allOof = best.oof;
  model.threshold = costThreshold(allOof, examples.map((e) => e.weighty), options.costRatio);
  model.source = {
    kind: "calibrated",
    fittedOn: examples.length,
    crossValidated: { folds, weightyToPerson: crossValidated.weightyToPerson, routineToAssistant: crossValidated.routineToAssistant },
  };
  options.onProgress?.(total, total);

  const before = figures(
    examples.map((e) => {
      const f = withTopic(e, options.prior);
      return probability(options.prior, f) >= options.prior.threshold || f.personRequest >= 0.5;
    }),
    examples,
  );
  return { model, crossValidated, before, strength: best.strength, used: examples.length };
}

/** A wording model trained on the firm's inquiries and `extra`, reading the languages with enough examples. */
function trainWording(train: readonly Example[], learn: NonNullable<CalibrationOptions["learnWording"]>, prior: WordingModel | undefined): WordingModel {
  const labelled: LabelledText[] = [...learn.extra, ...train.map((e) => ({ text: e.tokens.join(" "), weighty: e.weighty, group: e.language }))];
  const perLanguage = new Map<string, { weighty: number; routine: number }>();
  for (const l of labelled) {
    const c = perLanguage.get(l.group ?? "en") ?? { weighty: 0, routine: 0 };
    if (l.weighty) c.weighty++;
    else c.routine++;
    perLanguage.set(l.group ?? "en", c);
  }
  // Both kinds must be there in numbers: a language seen only in weighty examples
  // would learn that its everyday words are weighty.
  const languages = [...perLanguage]
    .filter(([, c]) => c.weighty + c.routine >= learn.minPerLanguage && Math.min(c.weighty, c.routine) >= learn.minPerLanguage / 5)
    .map(([language]) => language)
    .sort();
  const text = trainTextModel(labelled, { l2: 1e-5, epochs: 300, minCount: 2 });
  return { ...text, from: prior?.from ?? 0.65, to: prior?.to ?? 0.9, languages };
}

function withWording(e: Example, wording: WordingModel): Example {
  return { ...e, features: { ...e.features, learnedWording: learnedWordingOf(wording, e.tokens, e.language) } };
}

function fitModel(train: readonly Example[], prior: TriageModel, strength: number, costRatio: number): TriageModel {
  const topicPriors = fitTopicPriors(train, prior.topicPriors);
  const rows = train.map((e) => FEATURES.map((f) => (f === "topicPrior" ? topicValue(e.topic, topicPriors) : e.features[f])));
  const fit = fitLogistic(
    rows,
    train.map((e) => e.weighty),
    { bias: prior.bias, weights: FEATURES.map((f) => prior.weights[f]) },
    strength,
  );
  const weights = {} as TriageModel["weights"];
  FEATURES.forEach((f, i) => (weights[f] = round(fit.weights[i] as number)));
  // The explicit request is a hard rule; its weight is kept high so the score agrees with the route.
  weights.personRequest = Math.max(weights.personRequest, prior.weights.personRequest);
  const model: TriageModel = { version: 1, bias: round(fit.bias), weights, costRatio, threshold: prior.threshold, topicPriors };
  // Features were read with the prior's wording model (or its retrained successor, set by the caller).
  if (prior.wording) model.wording = prior.wording;
  return model;
}

/**
 * Topic priors from the firm's own labels: shrunk log-odds against the overall rate and
 * clamped, because topic is a weak signal and CRM labels are often wrong.
 */
function fitTopicPriors(train: readonly Example[], fallback: Record<string, number>): Record<string, number> {
  const all = train.filter((e) => e.weighty).length / train.length;
  const byTopic = new Map<string, { n: number; w: number }>();
  for (const e of train) {
    if (!e.topic) continue;
    const s = byTopic.get(e.topic) ?? { n: 0, w: 0 };
    s.n++;
    if (e.weighty) s.w++;
    byTopic.set(e.topic, s);
  }
  const priors: Record<string, number> = { ...fallback };
  for (const [topic, s] of byTopic) {
    if (s.n < 3) continue;
    const rate = (s.w + all * 2) / (s.n + 2);
    const shrink = s.n / (s.n + 20);
    priors[topic] = round(Math.max(-1, Math.min(1.5, shrink * (logit(rate) - logit(all)))));
  }
  return priors;
}

function topicValue(topic: string | undefined, priors: Record<string, number>): number {
  return topic ? priors[topic] ?? 0 : 0;
}

function withTopic(e: Example, model: TriageModel): FeatureVector {
  return { ...e.features, topicPrior: topicValue(e.topic, model.topicPriors) };
}

function probability(model: TriageModel, f: FeatureVector): number {
  let z = model.bias;
  for (const k of FEATURES) z += model.weights[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}

/**
 * The threshold with the lowest cost (ratio × weighty missed + routine sent to a
 * person), placed halfway between neighbouring scores so it does not sit on one example.
 */
export function costThreshold(scores: readonly number[], weighty: readonly boolean[], costRatio: number): number {
  const order = scores.map((s, i) => ({ s, w: weighty[i] === true })).sort((a, b) => a.s - b.s);
  // Everything at or above order[k] goes to a person.
  let missed = 0;
  let falseAlarms = order.filter((o) => !o.w).length;
  let bestCost = falseAlarms;
  let bestK = 0;
  for (let k = 1; k <= order.length; k++) {
    const prev = order[k - 1] as { s: number; w: boolean };
    if (prev.w) missed++;
    else falseAlarms--;
    const cost = costRatio * missed + falseAlarms;
    const next = order[k];
    if (cost < bestCost && (next === undefined || next.s > prev.s)) {
      bestCost = cost;
      bestK = k;
    }
  }
  if (bestK === 0) return Math.max(1e-6, (order[0]?.s ?? 0.5) / 2);
  if (bestK >= order.length) return Math.min(1 - 1e-6, ((order[order.length - 1]?.s ?? 0.5) + 1) / 2);
  return ((order[bestK - 1] as { s: number }).s + (order[bestK] as { s: number }).s) / 2;
}

function figures(routedToPerson: readonly boolean[], examples: readonly Example[]): RouteFigures {
  let w = 0, wp = 0, r = 0, ra = 0;
  examples.forEach((e, i) => {
    if (e.weighty) {
      w++;
      if (routedToPerson[i]) wp++;
    } else {
      r++;
      if (!routedToPerson[i]) ra++;
    }
  });
  return { weightyToPerson: w ? wp / w : 0, routineToAssistant: r ? ra / r : 0, weighty: w, routine: r };
}

/** Deterministic stratified folds: the same file always gives the same figures. */
function stratifiedFolds(examples: readonly Example[], folds: number): number[] {
  const assignment = new Array<number>(examples.length).fill(0);
  let seed = 0x2f6b;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (const kind of [true, false]) {
    const idx = examples.map((e, i) => (e.weighty === kind ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    idx.forEach((i, k) => (assignment[i] = k % folds));
  }
  return assignment;
}

function logLoss(p: readonly number[], examples: readonly Example[]): number {
  let loss = 0;
  examples.forEach((e, i) => {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p[i] as number));
    loss -= e.weighty ? Math.log(q) : Math.log(1 - q);
  });
  return loss / examples.length;
}

const logit = (p: number) => Math.log(Math.min(0.999, Math.max(0.001, p)) / (1 - Math.min(0.999, Math.max(0.001, p))));
const round = (x: number) => Math.round(x * 10000) / 10000;

