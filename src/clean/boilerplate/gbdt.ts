/**
 * Runtime side of a small gradient-boosted tree ensemble (binary logistic loss).
 * The trainer lives in scripts/boilerplate/gbdtTrain.ts; the JSON layout is shared.
 */

/** One tree, node-indexed: feature (-1 for a leaf), threshold (leaf value for a leaf), left, right child. */
export interface TreeJson {
  f: number[];
  t: number[];
  l: number[];
  r: number[];
}

export interface EnsembleJson {
  /** Number of features each row has. */
  dim: number;
  base: number;
  trees: TreeJson[];
}

/** Ensemble flattened into typed arrays for fast scoring. */
export interface CompiledEnsemble {
  dim: number;
  base: number;
  roots: Int32Array;
  f: Int16Array;
  t: Float64Array;
  l: Int32Array;
  r: Int32Array;
}

export function compileEnsemble(e: EnsembleJson): CompiledEnsemble {
  let total = 0;
  for (const t of e.trees) total += t.f.length;
  const f = new Int16Array(total), t = new Float64Array(total), l = new Int32Array(total), r = new Int32Array(total);
  const roots = new Int32Array(e.trees.length);
  let off = 0;
  e.trees.forEach((tree, k) => {
    roots[k] = off;
    for (let i = 0; i < tree.f.length; i++) {
      f[off + i] = tree.f[i]!;
      t[off + i] = tree.t[i]!;
      l[off + i] = tree.l[i]! + off;
      r[off + i] = tree.r[i]! + off;
    }
    off += tree.f.length;
  });
  return { dim: e.dim, base: e.base, roots, f, t, l, r };
}

/** Margin (log-odds) of row `row` of the row-major matrix `x`. */
export function margin(m: CompiledEnsemble, x: ArrayLike<number>, row: number): number {
  const o = row * m.dim;
  let s = m.base;
  const { roots, f, t, l, r } = m;
  for (let k = 0; k < roots.length; k++) {
    let node = roots[k]!;
    let feat = f[node]!;
    while (feat >= 0) {
      node = x[o + feat]! < t[node]! ? l[node]! : r[node]!;
      feat = f[node]!;
    }
    s += t[node]!;
  }
  return s;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
