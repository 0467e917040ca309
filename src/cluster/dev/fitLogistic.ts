/**
 * Fit an L2-regularised logistic regression by Newton's method (deterministic, no sampling): the
 * "join the best cluster vs open a new one" model of Miranda et al. 2018 ("Multilingual Clustering of
 * Streaming News"). The bias is the first weight and is not regularised.
 *
 * @param x - Feature rows (without the bias column).
 * @param y - Labels, 0 or 1.
 * @param lambda - L2 penalty on the non-bias weights (default 1).
 * @param rowWeight - Weight of each row (default all 1), e.g. to give each dev set the same say.
 * @returns Weights `[bias, ...features]`.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], lambda = 1, rowWeight?: readonly number[]): number[] {
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.length === 0) throw new TypeError('Expected non-empty rows and labels of the same length');
  const d = x[0]!.length + 1;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < x.length; i++) {
      const row = [1, ...x[i]!];
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const cw = rowWeight ? rowWeight[i]! : 1;
      for (let j = 0; j < d; j++) {
        g[j]! += cw * (p - y[i]!) * row[j]!;
        for (let k = 0; k < d; k++) h[j]![k]! += cw * p * (1 - p) * row[j]! * row[k]!;
      }
    }
    for (let j = 1; j < d; j++) {
      g[j]! += lambda * w[j]!;
      h[j]![j]! += lambda;
    }
    h[0]![0]! += 1e-9;
    const step = solve(h, g);
    let change = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-9) break;
  }
  return w;
}

/** Solve a small dense system by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const piv = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / piv;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((r, i) => r[n]! / (r[i]! || 1e-12));
}
