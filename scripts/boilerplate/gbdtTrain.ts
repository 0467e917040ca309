/**
 * Trainer for the gradient-boosted tree ensemble used by the boilerplate line classifier.
 * Histogram splits over quantile bins, level-wise growth to a fixed depth, L2-regularised leaves,
 * seeded row and column subsampling: the same inputs and seed always give the same model.
 */
import type { EnsembleJson, TreeJson } from '../../src/clean/boilerplate/gbdt.ts';
import { mulberry32 } from '../../bench/lib/rng.ts';

export interface GbdtOptions {
  trees: number;
  depth: number;
  learningRate: number;
  lambda: number;
  minChildHess: number;
  rowSample: number;
  colSample: number;
  maxBins: number;
  seed: number;
}

export const DEFAULT_GBDT: GbdtOptions = {
  trees: 120, depth: 4, learningRate: 0.1, lambda: 1, minChildHess: 1, rowSample: 0.8, colSample: 0.7, maxBins: 48, seed: 7,
};

/** Mulberry32: small seeded PRNG (shared with the benchmarks' generators). */
export const rng = mulberry32;

const round = (v: number): number => Number(v.toPrecision(6));

/** Train on a row-major matrix `x` (n rows of `dim`), labels `y` in {0,1}, weights `w`. */
export function trainGbdt(x: Float64Array, dim: number, y: Uint8Array, w: Float64Array, opt: GbdtOptions = DEFAULT_GBDT): EnsembleJson {
  const n = y.length;
  const rand = rng(opt.seed);
  // quantile bins per feature
  const thresholds: Float64Array[] = [];
  const bins = new Uint8Array(n * dim); // column-major
  const col = new Float64Array(n);
  for (let f = 0; f < dim; f++) {
    for (let i = 0; i < n; i++) col[i] = x[i * dim + f]!;
    const sorted = Float64Array.from(col).sort();
    const uniq: number[] = [];
    for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) uniq.push(sorted[i]!);
    const th: number[] = [];
    if (uniq.length <= opt.maxBins) {
      for (let k = 1; k < uniq.length; k++) th.push((uniq[k - 1]! + uniq[k]!) / 2);
    } else {
      for (let q = 1; q < opt.maxBins; q++) {
        const v = sorted[Math.floor((q * n) / opt.maxBins)]!;
        // split just above the largest value below v
        let lo = 0, hi = uniq.length - 1;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (uniq[mid]! < v) lo = mid + 1; else hi = mid; }
        if (lo > 0) {
          const t = (uniq[lo - 1]! + uniq[lo]!) / 2;
          if (th.length === 0 || t > th[th.length - 1]!) th.push(t);
        }
      }
    }
    const tf = Float64Array.from(th.map(round));
    thresholds.push(tf);
    for (let i = 0; i < n; i++) {
      const v = col[i]!;
      let lo = 0, hi = tf.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (tf[mid]! <= v) lo = mid + 1; else hi = mid; }
      bins[f * n + i] = lo; // bin b: value in [t[b-1], t[b]); split at b => left iff value < t[b]
    }
  }

  let sw = 0, swy = 0;
  for (let i = 0; i < n; i++) { sw += w[i]!; swy += w[i]! * y[i]!; }
  const prior = Math.min(Math.max(swy / sw, 1e-4), 1 - 1e-4);
  const base = Math.log(prior / (1 - prior));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n), h = new Float64Array(n);
  const trees: TreeJson[] = [];
  const nb = opt.maxBins + 1;
  const HG = new Float64Array(nb), HH = new Float64Array(nb);

  for (let k = 0; k < opt.trees; k++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]!));
      g[i] = w[i]! * (p - y[i]!);
      h[i] = Math.max(w[i]! * p * (1 - p), 1e-12);
    }
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (rand() < opt.rowSample) rows.push(i);
    const feats: number[] = [];
    for (let f = 0; f < dim; f++) if (rand() < opt.colSample) feats.push(f);
    if (feats.length === 0) feats.push(Math.floor(rand() * dim));

    const tree: TreeJson = { f: [], t: [], l: [], r: [] };
    const newNode = (): number => { tree.f.push(-1); tree.t.push(0); tree.l.push(0); tree.r.push(0); return tree.f.length - 1; };
    let frontier: { id: number; rows: number[] }[] = [{ id: newNode(), rows }];
    for (let depth = 0; depth <= opt.depth; depth++) {
      const next: { id: number; rows: number[] }[] = [];
      for (const node of frontier) {
        let G = 0, H = 0;
        for (const i of node.rows) { G += g[i]!; H += h[i]!; }
        const leafValue = (): void => { tree.f[node.id] = -1; tree.t[node.id] = round((-G / (H + opt.lambda)) * opt.learningRate); };
        if (depth === opt.depth || node.rows.length < 4 || H < 2 * opt.minChildHess) { leafValue(); continue; }
        const parentScore = (G * G) / (H + opt.lambda);
        let bestGain = 1e-6, bestF = -1, bestB = -1;
        for (const f of feats) {
          const tf = thresholds[f]!;
          if (tf.length === 0) continue;
          HG.fill(0, 0, tf.length + 1); HH.fill(0, 0, tf.length + 1);
          const off = f * n;
          for (const i of node.rows) { const b = bins[off + i]!; HG[b] = HG[b]! + g[i]!; HH[b] = HH[b]! + h[i]!; }
          let GL = 0, HL = 0;
          for (let b = 0; b < tf.length; b++) {
            GL += HG[b]!; HL += HH[b]!;
            const HR = H - HL;
            if (HL < opt.minChildHess || HR < opt.minChildHess) continue;
            const GR = G - GL;
            const gain = (GL * GL) / (HL + opt.lambda) + (GR * GR) / (HR + opt.lambda) - parentScore;
            if (gain > bestGain) { bestGain = gain; bestF = f; bestB = b; }
          }
        }
        if (bestF < 0) { leafValue(); continue; }
        const left: number[] = [], right: number[] = [];
        const off = bestF * n;
        for (const i of node.rows) (bins[off + i]! <= bestB ? left : right).push(i);
        const li = newNode(), ri = newNode();
        tree.f[node.id] = bestF; tree.t[node.id] = thresholds[bestF]![bestB]!; tree.l[node.id] = li; tree.r[node.id] = ri;
        next.push({ id: li, rows: left }, { id: ri, rows: right });
      }
      frontier = next;
    }
    trees.push(tree);
    // update margins of all rows
    for (let i = 0; i < n; i++) {
      let node = 0;
      while (tree.f[node]! >= 0) node = x[i * dim + tree.f[node]!]! < tree.t[node]! ? tree.l[node]! : tree.r[node]!;
      F[i] = F[i]! + tree.t[node]!;
    }
  }
  return { dim, base: round(base), trees };
}
