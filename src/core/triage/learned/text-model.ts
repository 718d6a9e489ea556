import { tokenize } from "../text/normalise.ts";
import { COURTESY } from "./courtesy.ts";

/**
 * A learned reading of the wording, beside the lexicons: a logistic regression over
 * folded words, their first five letters (a crude stem that works alike in all twelve
 * languages: "zahlen", "zahlung", "bezahlt" share little, but "betalar", "betalat",
 * "betala" share "betal") and word pairs. The lexicons say *why* an inquiry is weighty;
 * this catches wording they have never listed, learned from labelled inquiries. Its
 * contribution is explained by the words that moved it most.
 */
export interface TextModel {
  version: 1;
  bias: number;
  /** Feature name → weight; features not listed weigh 0. */
  weights: Record<string, number>;
  /**
   * Features found in many training texts ("and", "the", "been"): they count in the score
   * but are never shown as the words that moved it, because they explain nothing.
   */
  common?: string[];
}

export function textFeatures(tokens: readonly string[]): string[] {
  const features: string[] = [];
  forEachFeature(tokens, (f) => features.push(f));
  return features;
}

export interface LabelledText {
  text: string;
  weighty: boolean;
  /**
   * Examples are balanced per group (their language): where the labelled examples of a
   * language are mostly weighty, its everyday words would otherwise learn to mean weighty.
   */
  group?: string;
}

export interface TrainOptions {
  /** L2 strength per example; larger keeps weights small and the model cautious. */
  l2?: number;
  epochs?: number;
  /** Features seen in fewer examples than this are dropped: one-off words do not generalise. */
  minCount?: number;
}

/** Full-batch gradient descent with Adagrad steps: deterministic, a few hundred ms for thousands of texts. */
export function trainTextModel(examples: readonly LabelledText[], options: TrainOptions = {}): TextModel {
  const l2 = options.l2 ?? 1e-3;
  const epochs = options.epochs ?? 60;
  const minCount = options.minCount ?? 2;
  const docFeatures = examples.map((e) => textFeatures(tokenize(e.text)));
  const counts = new Map<string, number>();
  for (const fs of docFeatures) for (const f of new Set(fs)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const common: string[] = [];
  for (const [f, c] of counts) {
    if (c < minCount) continue;
    index.set(f, index.size);
    if (c >= Math.max(COMMON_MIN, COMMON_SHARE * examples.length)) common.push(f);
  }
  const rows = docFeatures.map((fs) => Int32Array.from(fs.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  // Each row is scaled to unit length, so a long e-mail does not outvote a short chat.
  const scale = rows.map((r) => 1 / Math.sqrt(Math.max(1, r.length)));
  const exampleWeight = balancedWeights(examples);
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const rate = 0.5;
  const n = examples.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(index.size);
    let biasGrad = 0;
    for (let d = 0; d < n; d++) {
      const row = rows[d] as Int32Array;
      const s = scale[d] as number;
      let z = bias;
      for (let k = 0; k < row.length; k++) z += (w[row[k] as number] as number) * s;
      const y = (examples[d] as LabelledText).weighty ? 1 : 0;
      const err = (sigmoid(z) - y) * (exampleWeight[d] as number);
      biasGrad += err;
      for (let k = 0; k < row.length; k++) grad[row[k] as number] = (grad[row[k] as number] as number) + err * s;
    }
    for (let j = 0; j < w.length; j++) {
      const gj = (grad[j] as number) / n + l2 * (w[j] as number);
      g2[j] = (g2[j] as number) + gj * gj;
      w[j] = (w[j] as number) - (rate * gj) / Math.sqrt(g2[j] as number);
    }
    const bg = biasGrad / n;
    biasG2 += bg * bg;
    bias -= (rate * bg) / Math.sqrt(biasG2);
  }
  const weights: Record<string, number> = {};
  for (const [f, j] of index) {
    // Every feature is kept, even near zero: scoring normalises by how many known features a text has.
    weights[f] = Math.round((w[j] as number) * 1000) / 1000;
  }
  return { version: 1, bias: Math.round(bias * 1000) / 1000, weights, common: common.sort() };
}

/** Each group's weighty and routine examples weigh half of that group's share, whatever their counts. */
function balancedWeights(examples: readonly LabelledText[]): Float64Array {
  const counts = new Map<string, { pos: number; neg: number }>();
  for (const e of examples) {
    const c = counts.get(e.group ?? "") ?? { pos: 0, neg: 0 };
    if (e.weighty) c.pos++;
    else c.neg++;
    counts.set(e.group ?? "", c);
  }
  return Float64Array.from(examples, (e) => {
    const c = counts.get(e.group ?? "") as { pos: number; neg: number };
    const both = c.pos > 0 && c.neg > 0;
    return both ? (c.pos + c.neg) / (2 * (e.weighty ? c.pos : c.neg)) : 1;
  });
}

/** In at least this share of training texts, a feature is too common to explain anything. */
const COMMON_SHARE = 0.01;
/** …and in at least this many, so that in a small file the telling words are not all "common". */
const COMMON_MIN = 20;

/**
 * The model's log-odds that the wording is weighty. This runs on every triage decision,
 * so it looks tokens up in maps built once per model instead of building a feature string
 * per word. Words and stems count once per text, word pairs once per occurrence, exactly
 * as in training.
 */
export function scoreText(model: TextModel, tokens: readonly string[]): number {
  const c = compiled(model);
  // Most tokens are not in the vocabulary, so look up first and remember only the hits.
  // One lookup per token finds both its own weight and the pairs it starts.
  let seenWords: Set<string> | undefined;
  let seenStems: Set<string> | undefined;
  let sum = 0;
  let known = 0;
  let previous: TokenEntry | undefined = c.start;
  for (const token of tokens) {
    // Greetings and thanks are not read at all, exactly as in training.
    if (COURTESY.has(token)) continue;
    const pair = previous?.next?.get(token);
    if (pair !== undefined) {
      sum += pair;
      known++;
    }
    const entry = c.tokens.get(token);
    const w = entry?.word;
    if (w !== undefined && !seenWords?.has(token)) {
      (seenWords ??= new Set()).add(token);
      sum += w;
      known++;
    }
    if (token.length > 5) {
      const stem = token.slice(0, 5);
      const ws = c.stems.get(stem);
      if (ws !== undefined && !seenStems?.has(stem)) {
        (seenStems ??= new Set()).add(stem);
        sum += ws;
        known++;
      }
    }
    previous = entry;
  }
  // Same length normalisation as in training: rows are scaled to unit length.
  return model.bias + sum / Math.sqrt(Math.max(1, known));
}

/** The (uncommon) words that pushed the score up most: what an agent is shown. Only called when the wording counted. */
export function wordingCues(model: TextModel, tokens: readonly string[], count = 3): string[] {
  const c = compiled(model);
  const common = commonFeatures(model, c);
  const best: { word: string; w: number }[] = [];
  // Only features that push towards weighty and are not common are candidates.
  const consider = (word: string, w: number | undefined): void => {
    if (w === undefined || w <= 0 || best.some((b) => b.word === word)) return;
    best.push({ word, w });
    best.sort((a, b) => b.w - a.w);
    if (best.length > count) best.pop();
  };
  // A pair with the start of the text ("^ hi") explains nothing either, so `previous`
  // starts with no pairs to look up.
  let previous: string | undefined;
  for (const token of tokens) {
    if (COURTESY.has(token)) continue;
    if (!common.words.has(token)) consider(token, c.tokens.get(token)?.word);
    if (token.length > 5) {
      const stem = token.slice(0, 5);
      const ws = common.stems.has(stem) ? undefined : c.stems.get(stem);
      if (ws !== undefined) consider(`${stem}…`, ws);
    }
    if (previous !== undefined && !common.pairs.get(previous)?.has(token)) {
      const wb = c.tokens.get(previous)?.next?.get(token);
      if (wb !== undefined) consider(`${previous} ${token}`, wb);
    }
    previous = token;
  }
  return best.map((b) => b.word);
}

function forEachFeature(tokens: readonly string[], visit: (feature: string) => void): void {
  const seen = new Set<string>();
  let previous = "^";
  for (const token of tokens) {
    if (COURTESY.has(token)) continue;
    if (!seen.has(token)) {
      seen.add(token);
      visit(`w:${token}`);
      const stem = token.length > 5 ? token.slice(0, 5) : undefined;
      if (stem !== undefined && !seen.has(`${stem}…`)) {
        seen.add(`${stem}…`);
        visit(`s:${stem}`);
      }
    }
    visit(`b:${previous}_${token}`);
    previous = token;
  }
}

/** The model's common features (see `TextModel.common`), by kind. */
interface CommonFeatures {
  words: Set<string>;
  stems: Set<string>;
  /** First word → second words. */
  pairs: Map<string, Set<string>>;
}

/** A token's own weight and the weights of the pairs it starts. */
interface TokenEntry {
  word: number | undefined;
  next: Map<string, number> | undefined;
}

interface CompiledTextModel {
  tokens: Map<string, TokenEntry>;
  /** The pairs that open a text ("^ hi"). */
  start: TokenEntry;
  stems: Map<string, number>;
  /** Built on first use: only cues need them. */
  common: CommonFeatures | undefined;
}

const compiledModels = new WeakMap<TextModel, CompiledTextModel>();

function compiled(model: TextModel): CompiledTextModel {
  let c = compiledModels.get(model);
  if (!c) {
    const tokens = new Map<string, TokenEntry>();
    const stems = new Map<string, number>();
    const start: TokenEntry = { word: undefined, next: undefined };
    const entry = (t: string) => {
      let e = tokens.get(t);
      if (!e) tokens.set(t, (e = { word: undefined, next: undefined }));
      return e;
    };
    const reader: FeatureReader = {
      word: (t, w) => {
        entry(t).word = w;
      },
      stem: (st, w) => {
        stems.set(st, w);
      },
      pair: (first, second, w) => {
        const e = first === "^" ? start : entry(first);
        (e.next ??= new Map()).set(second, w);
      },
    };
    for (const f in model.weights) readFeature(f, model.weights[f] as number, reader);
    c = { tokens, start, stems, common: undefined };
    compiledModels.set(model, c);
  }
  return c;
}

/**
 * Cues are read from the scoring maps, leaving out the common features: a few hundred
 * names to sort by kind, where a second set of maps for cues took a pass over every
 * feature of the model on the first decision that showed one.
 */
function commonFeatures(model: TextModel, c: CompiledTextModel): CommonFeatures {
  if (!c.common) {
    const common: CommonFeatures = { words: new Set(), stems: new Set(), pairs: new Map() };
    const reader: FeatureReader = {
      word: (t) => {
        common.words.add(t);
      },
      stem: (st) => {
        common.stems.add(st);
      },
      pair: (first, second) => {
        let inner = common.pairs.get(first);
        if (!inner) common.pairs.set(first, (inner = new Set()));
        inner.add(second);
      },
    };
    for (const f of model.common ?? []) readFeature(f, 0, reader);
    c.common = common;
  }
  return c.common;
}

/**
 * What to do with each kind of feature, given its weight. A pass over the model makes one
 * reader, not three closures per feature: under tsx (how the CLI and server run) every
 * closure created also has its name set with `defineProperty`, and with 14,000 features
 * that was over half the time taken to compile the model.
 */
interface FeatureReader {
  word(token: string, weight: number): void;
  stem(stem: string, weight: number): void;
  pair(first: string, second: string, weight: number): void;
}

/** Feature names as `textFeatures` writes them: "w:word", "s:stem", "b:first_second". */
function readFeature(feature: string, weight: number, on: FeatureReader): void {
  const body = feature.slice(2);
  if (feature.startsWith("w:")) on.word(body, weight);
  else if (feature.startsWith("s:")) on.stem(body, weight);
  else if (feature.startsWith("b:")) {
    const cut = body.indexOf("_");
    on.pair(body.slice(0, cut), body.slice(cut + 1), weight);
  }
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
