/**
 * A small logistic regression over named binary features: full-batch gradient descent with L2, a fixed number of
 * passes and features visited in sorted order, so the same samples always give the same weights (no randomness).
 */
export interface Sample {
  /** Names of the features present (value 1); a name may repeat only once. */
  x: string[];
  y: boolean;
}

export interface TrainOptions {
  /** Passes over the data. */
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per weight (not on "bias"). */
  l2?: number;
  /** Weight of a positive sample relative to a negative one (evidence lines are rare). */
  positiveWeight?: number;
}

export type Weights = Record<string, number>;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability that a sample with these features is positive. Unknown features weigh nothing. */
export function predict(weights: Weights, x: string[]): number {
  let z = 0;
  for (const name of x) z += weights[name] ?? 0;
  return sigmoid(z);
}

/** Trains the weights; throws when there is nothing to learn from (no samples, or one class only). */
export function train(samples: Sample[], options: TrainOptions = {}): Weights {
  const { epochs = 300, learningRate = 0.5, l2 = 0.001, positiveWeight = 1 } = options;
  const positives = samples.filter((s) => s.y).length;
  if (!samples.length || positives === 0 || positives === samples.length) {
    throw new Error(`line model: training needs positive and negative samples (got ${positives} of ${samples.length} positive)`);
  }
  const names = [...new Set(samples.flatMap((s) => s.x))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = samples.map((s) => ({ x: [...new Set(s.x)].map((n) => index.get(n)!), y: s.y ? 1 : 0, w: s.y ? positiveWeight : 1 }));
  const total = rows.reduce((sum, r) => sum + r.w, 0);
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const bias = index.get('bias');
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    for (const r of rows) {
      let z = 0;
      for (const j of r.x) z += w[j];
      const err = (sigmoid(z) - r.y) * r.w;
      for (const j of r.x) grad[j] += err;
    }
    for (let j = 0; j < w.length; j++) {
      const penalty = j === bias ? 0 : l2 * w[j];
      w[j] -= learningRate * (grad[j] / total + penalty);
    }
  }
  const out: Weights = {};
  names.forEach((n, j) => {
    if (Math.abs(w[j]) >= 1e-6) out[n] = Math.round(w[j] * 1e4) / 1e4;
  });
  return out;
}
