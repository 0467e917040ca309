import { bioConstraints } from '../../src/extract/entities/bioConstraints.ts';
import { viterbi } from '../../src/extract/entities/viterbi.ts';

/** Training data: precomputed hashed features and gold label ids for every sentence. */
export interface PerceptronData {
  /** Features, `perToken` per token, all sentences concatenated; bucket 0 means "no feature". */
  feats: Int32Array;
  /** Gold label ids, all sentences concatenated. */
  gold: Int32Array;
  /** Token offset of each sentence, plus the total at the end. */
  offsets: Int32Array;
  perToken: number;
  /** Optional domain of each sentence (0 = the domain the exported model serves). */
  domain?: Uint8Array;
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
 * epoch with a seeded generator (mulberry32) so runs are reproducible. With several domains,
 * every weight has a shared copy and a per-domain copy (Daumé III 2007, "frustratingly easy"
 * domain adaptation); the exported weights are shared + domain 0, so tagging costs nothing extra.
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
    /**
     * Passive-aggressive step (PA-I, Crammer et al. 2006) with this aggressiveness C instead of the
     * perceptron's unit step: τ = min(C, (score(pred) − score(gold) + wrong tokens) / ‖Δφ‖²).
     */
    pa?: number;
    onEpoch?: (epoch: number, w: PerceptronWeights, errors: number) => void;
  },
): PerceptronWeights {
  const L = options.labels.length;
  const H = 1 << options.hashBits;
  const F = data.perToken;
  const D = data.domain ? Math.max(...data.domain) + 2 : 1; // shared + one copy per domain
  const HL = H * L;
  const w = new Float64Array(HL * D);
  const acc = new Float64Array(HL * D);
  const tr = new Float64Array(L * L * D);
  const trAcc = new Float64Array(L * L * D);
  const st = new Float64Array(L * D);
  const stAcc = new Float64Array(L * D);
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
      const dOff = D > 1 ? (data.domain![s]! + 1) : 0; // which domain copy (0 = none)
      const wd = dOff * HL;
      const td = dOff * L * L;
      const sd = dOff * L;
      if (emis.length < n * L) emis = new Float64Array(n * L * 2);
      if (pred.length < n) pred = new Int32Array(n * 2);
      emis.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const fb = (t0 + i) * F;
        for (let k = 0; k < F; k++) {
          const wb = data.feats[fb + k]! * L;
          if (wb === 0) continue; // bucket 0 = a dropped feature
          for (let y = 0; y < L; y++) emis[i * L + y]! += w[wb + y]!;
          if (dOff) for (let y = 0; y < L; y++) emis[i * L + y]! += w[wd + wb + y]!;
        }
      }
      for (let k = 0; k < L * L; k++) trC[k] = tr[k]! + (dOff ? tr[td + k]! : 0) + mask[k]!;
      for (let k = 0; k < L; k++) stC[k] = st[k]! + (dOff ? st[sd + k]! : 0) + smask[k]!;
      viterbi(emis, n, L, trC, stC, pred);
      // Step size: 1 (perceptron) or the passive-aggressive τ.
      let step = 1;
      if (options.pa) {
        let diff = 0;
        let nWrong = 0;
        let norm = 0;
        for (let i = 0; i < n; i++) {
          const g = data.gold[t0 + i]!;
          const p = pred[i]!;
          diff += emis[i * L + p]! - emis[i * L + g]!;
          if (i === 0) diff += stC[p]! - stC[g]!;
          else diff += trC[pred[i - 1]! * L + p]! - trC[data.gold[t0 + i - 1]! * L + g]!;
          if (g !== p) {
            nWrong++;
            norm += 2 * F * (dOff ? 2 : 1);
          }
          if (g !== p || (i > 0 && data.gold[t0 + i - 1]! !== pred[i - 1]!)) norm += 2 * (dOff ? 2 : 1);
        }
        if (nWrong > 0) step = Math.min(options.pa, (diff + nWrong) / norm);
      }
      const cs = c * step;
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
            if (wb === 0) continue;
            w[wb + g]! += step;
            acc[wb + g]! += cs;
            w[wb + p]! -= step;
            acc[wb + p]! -= cs;
            if (dOff) {
              w[wd + wb + g]! += step;
              acc[wd + wb + g]! += cs;
              w[wd + wb + p]! -= step;
              acc[wd + wb + p]! -= cs;
            }
          }
        }
        if (g !== p || gp !== pp) {
          for (const off of dOff ? [0, dOff] : [0]) {
            if (i === 0) {
              st[off * L + g]! += step;
              stAcc[off * L + g]! += cs;
              st[off * L + p]! -= step;
              stAcc[off * L + p]! -= cs;
            } else {
              tr[off * L * L + gp * L + g]! += step;
              trAcc[off * L * L + gp * L + g]! += cs;
              tr[off * L * L + pp * L + p]! -= step;
              trAcc[off * L * L + pp * L + p]! -= cs;
            }
          }
        }
      }
      if (wrong) errors++;
      c++;
    }
    const needAvg = epoch === options.epochs || options.onEpoch;
    if (needAvg) {
      // Export shared + domain-0 copy (the first domain copy sits right after the shared one).
      const e = D > 1 ? 1 : 0;
      const avg = new Float32Array(HL);
      for (let k = 0; k < HL; k++) avg[k] = w[k]! - acc[k]! / c + (e ? w[HL + k]! - acc[HL + k]! / c : 0);
      const LL = L * L;
      last = {
        weights: avg,
        transitions: Array.from({ length: LL }, (_, k) => tr[k]! - trAcc[k]! / c + (e ? tr[LL + k]! - trAcc[LL + k]! / c : 0)),
        start: Array.from({ length: L }, (_, k) => st[k]! - stAcc[k]! / c + (e ? st[L + k]! - stAcc[L + k]! / c : 0)),
      };
      options.onEpoch?.(epoch, last, errors);
    }
  }
  return last!;
}
