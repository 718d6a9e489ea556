/**
 * Logistic regression by Newton's method, with a Gaussian prior centred on given
 * weights rather than on zero: a firm's few hundred labelled inquiries adjust the
 * hand-set weights instead of replacing them, so a signal that never occurs in the
 * firm's file (bereavement, say) keeps its weight.
 */
export interface LogisticFit {
  bias: number;
  weights: number[];
}

export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  prior: LogisticFit,
  strength: number,
  iterations = 25,
): LogisticFit {
  const d = prior.weights.length;
  const n = d + 1; // index 0 is the bias
  let theta = [prior.bias, ...prior.weights];
  const centre = [prior.bias, ...prior.weights];
  // The bias is only loosely tied to its prior: base rates differ between firms.
  const penalty = [strength * 0.05, ...new Array<number>(d).fill(strength)];
  for (let iter = 0; iter < iterations; iter++) {
    const grad = new Array<number>(n).fill(0);
    const hess: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i] as readonly number[];
      let z = theta[0] as number;
      for (let j = 0; j < d; j++) z += (theta[j + 1] as number) * (x[j] as number);
      const p = 1 / (1 + Math.exp(-z));
      const err = p - (labels[i] ? 1 : 0);
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < n; a++) {
        const xa = a === 0 ? 1 : (x[a - 1] as number);
        if (xa === 0) continue;
        (grad as number[])[a] = (grad[a] as number) + err * xa;
        const row = hess[a] as number[];
        for (let b = 0; b < n; b++) {
          const xb = b === 0 ? 1 : (x[b - 1] as number);
          if (xb !== 0) row[b] = (row[b] as number) + w * xa * xb;
        }
      }
    }
    for (let a = 0; a < n; a++) {
      grad[a] = (grad[a] as number) + (penalty[a] as number) * ((theta[a] as number) - (centre[a] as number));
      (hess[a] as number[])[a] = ((hess[a] as number[])[a] as number) + (penalty[a] as number);
    }
    const step = solve(hess, grad);
    // Backtracking: a full Newton step can overshoot far when a feature separates the
    // labels (the curvature vanishes there), so the step is halved until the penalised
    // loss falls. The prior keeps the optimum finite; this makes sure it is reached.
    const before = objective(theta, rows, labels, centre, penalty);
    let scale = 1;
    let next = theta;
    for (let halvings = 0; halvings < 40; halvings++) {
      next = theta.map((t, a) => t - scale * (step[a] as number));
      if (objective(next, rows, labels, centre, penalty) <= before) break;
      scale /= 2;
    }
    let largest = 0;
    next.forEach((t, a) => (largest = Math.max(largest, Math.abs(t - (theta[a] as number)))));
    theta = next;
    if (largest < 1e-6) break;
  }
  return { bias: theta[0] as number, weights: theta.slice(1) };
}

/** Negative log-likelihood plus the Gaussian prior's penalty: what the fit minimises. */
function objective(
  theta: readonly number[],
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  centre: readonly number[],
  penalty: readonly number[],
): number {
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i] as readonly number[];
    let z = theta[0] as number;
    for (let j = 0; j < x.length; j++) z += (theta[j + 1] as number) * (x[j] as number);
    // log(1 + e^{-z}) for a weighty row, log(1 + e^{z}) for a routine one, computed stably.
    const m = labels[i] ? -z : z;
    loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  }
  for (let a = 0; a < theta.length; a++) {
    const d = (theta[a] as number) - (centre[a] as number);
    loss += 0.5 * (penalty[a] as number) * d * d;
  }
  return loss;
}

/** Gaussian elimination with partial pivoting; the penalty keeps the matrix well conditioned. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs((a[r] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = (a[col] as number[])[col] as number;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = ((a[r] as number[])[col] as number) / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) (a[r] as number[])[c] = ((a[r] as number[])[c] as number) - f * ((a[col] as number[])[c] as number);
    }
  }
  return a.map((row, i) => {
    const p = row[i] as number;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] as number) / p;
  });
}
