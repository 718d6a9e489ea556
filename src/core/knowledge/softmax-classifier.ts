import { LinearClassifier } from "./linear-classifier.ts";
import { mulberry32 } from "./seeded-random.ts";
import type { SparseVector } from "./text/sparse-vector.ts";

export interface SoftmaxOptions {
  /** L2 penalty per example seen. */
  lambda: number;
  epochs: number;
  /** Initial step; decays as lr / (1 + lr·lambda·t) (Bottou's SGD schedule). */
  learningRate: number;
  seed: number;
}

export const DEFAULT_SOFTMAX: SoftmaxOptions = { lambda: 1e-6, epochs: 8, learningRate: 1, seed: 11 };

/** Below this a class's share of an example's gradient is skipped: most classes are far off after an epoch. */
const NEGLIGIBLE = 1e-5;
/** The bias moves slower than the weights: it is shared by every example of a class. */
const BIAS_RATE = 0.1;

/**
 * Multinomial logistic regression (one softmax over all articles) trained by plain SGD
 * with L2. Beside the one-vs-rest SVM it is a second opinion that is strongest where the
 * SVM is weakest: with ten questions per article the SVM sees each article's handful of
 * positives against hundreds of negatives, while the softmax makes the articles compete
 * for each question directly (BANKING77 10-shot development split: 74.3% alone, SVM
 * 72.0%). Its decision values are log-probabilities up to a constant.
 */
export function trainSoftmax(
  examples: readonly SparseVector[],
  labels: Int32Array,
  classCount: number,
  featureCount: number,
  options: SoftmaxOptions = DEFAULT_SOFTMAX,
): LinearClassifier {
  const k = classCount;
  const w = new Float64Array(featureCount * k);
  const b = new Float64Array(k);
  const z = new Float64Array(k);
  const activeClass = new Int32Array(k);
  const activeStep = new Float64Array(k);
  const n = examples.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(options.seed);
  // The L2 shrink of every weight at every step is folded into one scale factor.
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    for (let o = 0; o < n; o++) {
      const i = order[o]!;
      const x = examples[i]!;
      const y = labels[i]!;
      const rate = options.learningRate / (1 + options.learningRate * options.lambda * t++);
      z.set(b);
      for (let j = 0; j < x.ids.length; j++) {
        const base = x.ids[j]! * k;
        const v = x.values[j]! * scale;
        for (let c = 0; c < k; c++) z[c]! += w[base + c]! * v;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp(z[c]! - max);
        sum += z[c]!;
      }
      scale *= 1 - rate * options.lambda;
      if (scale < 1e-6) {
        for (let q = 0; q < w.length; q++) w[q]! *= scale;
        scale = 1;
      }
      // Feature-major update over the classes that still get a gradient: the weights of one
      // feature sit together, so this walks memory in order.
      let active = 0;
      for (let c = 0; c < k; c++) {
        const g = z[c]! / sum - (c === y ? 1 : 0);
        if (g > -NEGLIGIBLE && g < NEGLIGIBLE) continue;
        b[c]! -= rate * g * BIAS_RATE;
        activeClass[active] = c;
        activeStep[active++] = (rate * g) / scale;
      }
      for (let j = 0; j < x.ids.length; j++) {
        const base = x.ids[j]! * k;
        const v = x.values[j]!;
        for (let a = 0; a < active; a++) w[base + activeClass[a]!]! -= activeStep[a]! * v;
      }
    }
  }
  const weights = new Float32Array(w.length);
  for (let q = 0; q < w.length; q++) weights[q] = w[q]! * scale;
  return LinearClassifier.fromWeights(weights, Float32Array.from(b), k);
}
