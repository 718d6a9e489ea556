import type { CalibrationWeights, Evidence } from "../src/core/knowledge/calibration.ts";

export interface CandidateRow {
  evidence: Evidence;
  correct: boolean;
  query: number;
}

/**
 * Logistic regression by Newton's method on a handful of features: each candidate
 * article of each development query, labelled by whether it is the right one. The
 * result is a confidence that means what it says, and a ranking in the same stroke.
 */
export function fitCalibration(rows: readonly CandidateRow[], names: ReadonlyArray<keyof CalibrationWeights>): CalibrationWeights {
  const features = (e: Evidence): number[] => names.map((n) => (n === "bias" ? 1 : n === "classifier" ? (e.classifier ?? 0) : e[n]));
  const k = names.length;
  const w = new Array<number>(k).fill(0);
  const lambda = 1e-3;
  for (let iter = 0; iter < 25; iter++) {
    const grad = new Array<number>(k).fill(0);
    const hess = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const r of rows) {
      const x = features(r.evidence);
      const z = x.reduce((s, xi, i) => s + xi * w[i]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const y = r.correct ? 1 : 0;
      for (let i = 0; i < k; i++) {
        grad[i]! += (p - y) * x[i]!;
        for (let j = 0; j < k; j++) hess[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 0; i < k; i++) {
      grad[i]! += lambda * w[i]!;
      hess[i]![i]! += lambda;
    }
    const step = solve(hess, grad);
    let moved = 0;
    for (let i = 0; i < k; i++) {
      w[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < 1e-6) break;
  }
  const out: CalibrationWeights = { bias: 0, classifier: 0, classifierMargin: 0, softmax: 0, nearestExample: 0, exampleMargin: 0, bm25: 0 };
  names.forEach((n, i) => (out[n] = Number(w[i]!.toFixed(3))));
  return out;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
