import { bioConstraints } from '../../src/extract/entities/bioConstraints.ts';
import { viterbi } from '../../src/extract/entities/viterbi.ts';

/** Training data: precomputed hashed features and gold label ids for every sentence. */
export interface PerceptronData {
  /** Features, `perToken` per token, all sentences concatenated. */
  feats: Int32Array;
  /** Gold label ids, all sentences concatenated. */
  gold: Int32Array;
  /** Token offset of each sentence, plus the total at the end. */
  offsets: Int32Array;
  perToken: number;
}

/** Averaged weights after an epoch. */
export interface PerceptronWeights {
  weights: Float32Array;
  transitions: number[];
  start: number[];
}

/**
 * Train a first-order structured perceptron with parameter averaging (Collins 2002) over
 * hashed features, decoding with Viterbi under IOB2 constraints; examples are shuffled each
 * epoch with a seeded generator (mulberry32) so runs are reproducible.
 *
 * @param data - Features and gold labels.
 * @param options - Label names, hash bits, epochs, seed, and a callback receiving the averaged
 *   weights after each epoch.
 * @returns The averaged weights after the last epoch.
 */
export function trainPerceptron(
  data: PerceptronData,
  options: {
    labels: readonly string[];
    hashBits: number;
    epochs: number;
    seed: number;
    onEpoch?: (epoch: number, w: PerceptronWeights, errors: number) => void;
  },
): PerceptronWeights {
  const L = options.labels.length;
  const H = 1 << options.hashBits;
  const F = data.perToken;
  const w = new Float64Array(H * L);
  const acc = new Float64Array(H * L);
  const tr = new Float64Array(L * L);
  const trAcc = new Float64Array(L * L);
  const st = new Float64Array(L);
  const stAcc = new Float64Array(L);
  const mask = new Float64Array(L * L);
  const smask = new Float64Array(L);
  bioConstraints(mask, smask, options.labels);
  const trC = new Float64Array(L * L);
  const stC = new Float64Array(L);
  const nSent = data.offsets.length - 1;
  const order = Int32Array.from({ length: nSent }, (_, i) => i);
  let rng = options.seed >>> 0;
  const rand = (): number => {
    rng = (rng + 0x6d2b79f5) | 0;
    let t = Math.imul(rng ^ (rng >>> 15), 1 | rng);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let emis = new Float64Array(256 * L);
  let pred = new Int32Array(256);
  let c = 1;
  let last: PerceptronWeights | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = nSent - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let errors = 0;
    for (let oi = 0; oi < nSent; oi++) {
      const s = order[oi]!;
      const t0 = data.offsets[s]!;
      const n = data.offsets[s + 1]! - t0;
      if (n === 0) continue;
      if (emis.length < n * L) emis = new Float64Array(n * L * 2);
      if (pred.length < n) pred = new Int32Array(n * 2);
      emis.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const fb = (t0 + i) * F;
        for (let k = 0; k < F; k++) {
          const wb = data.feats[fb + k]! * L;
          for (let y = 0; y < L; y++) emis[i * L + y]! += w[wb + y]!;
        }
      }
      for (let k = 0; k < L * L; k++) trC[k] = tr[k]! + mask[k]!;
      for (let k = 0; k < L; k++) stC[k] = st[k]! + smask[k]!;
      viterbi(emis, n, L, trC, stC, pred);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = data.gold[t0 + i]!;
        const p = pred[i]!;
        const gp = i > 0 ? data.gold[t0 + i - 1]! : -1;
        const pp = i > 0 ? pred[i - 1]! : -1;
        if (g !== p) {
          wrong = true;
          const fb = (t0 + i) * F;
          for (let k = 0; k < F; k++) {
            const wb = data.feats[fb + k]! * L;
            w[wb + g]! += 1;
            acc[wb + g]! += c;
            w[wb + p]! -= 1;
            acc[wb + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          if (i === 0) {
            st[g]! += 1;
            stAcc[g]! += c;
            st[p]! -= 1;
            stAcc[p]! -= c;
          } else {
            tr[gp * L + g]! += 1;
            trAcc[gp * L + g]! += c;
            tr[pp * L + p]! -= 1;
            trAcc[pp * L + p]! -= c;
          }
        }
      }
      if (wrong) errors++;
      c++;
    }
    const needAvg = epoch === options.epochs || options.onEpoch;
    if (needAvg) {
      const avg = new Float32Array(H * L);
      for (let k = 0; k < avg.length; k++) avg[k] = w[k]! - acc[k]! / c;
      last = {
        weights: avg,
        transitions: Array.from(tr, (x, k) => x - trAcc[k]! / c),
        start: Array.from(st, (x, k) => x - stAcc[k]! / c),
      };
      options.onEpoch?.(epoch, last, errors);
    }
  }
  return last!;
}
