import { bigramTables } from './bigramTables.ts';

/**
 * Hierarchical word clusters by top-down bisection with the exchange algorithm: at depth d every
 * class of depth d-1 is split in two, and words move only between the two halves of their parent,
 * each move chosen to maximise the likelihood of the class-based bigram model with 2^d classes
 * (the objective of Brown et al. 1992; exchange moves as in Martin, Liermann & Ney 1998). The result
 * is a binary path per word, whose prefixes give clusterings at every granularity (as Brown-cluster
 * prefix features do in Ratinov & Roth 2009). Deterministic.
 *
 * @param sentences - Unlabelled tokenised sentences.
 * @param options - `depth`: path length in bits (≤ 14); `minCount`: rarer words are not clustered;
 *   `iterations`: exchange passes per level.
 * @returns Map from word form to its `depth`-bit path (most significant bit = first split).
 */
export function bisectClusters(
  sentences: readonly (readonly string[])[],
  options: { depth: number; minCount: number; iterations: number; log?: (msg: string) => void },
): Map<string, number> {
  const { depth: D, minCount, iterations } = options;
  if (!Number.isInteger(D) || D < 1 || D > 14) throw new TypeError('Expected a depth of 1..14 bits');
  const { vocab, id, V, R, Lf, outTot, inTot } = bigramTables(sentences, minCount);
  const f = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
  let cls = new Int32Array(V);
  for (let d = 1; d <= D; d++) {
    const K = 1 << d;
    // Split: alternate the words of each parent class between its two halves, by frequency rank.
    const parity = new Uint8Array(K >> 1);
    const next = new Int32Array(V);
    for (let w = 0; w < V; w++) {
      const p = cls[w]!;
      next[w] = 2 * p + parity[p]!;
      parity[p] = parity[p]! ^ 1;
    }
    cls = next;
    const M = new Float64Array(K * K);
    const N1 = new Float64Array(K);
    const N2 = new Float64Array(K);
    for (let a = 0; a < V; a++) {
      for (let k = R.off[a]!; k < R.off[a + 1]!; k++) M[cls[a]! * K + cls[R.nb[k]!]!]! += R.cnt[k]!;
      N1[cls[a]!]! += outTot[a]!;
      N2[cls[a]!]! += inTot[a]!;
    }
    const rv = new Float64Array(K);
    const lv = new Float64Array(K);
    const rt: number[] = [];
    const lt: number[] = [];
    for (let it = 0; it < iterations; it++) {
      let moved = 0;
      for (let w = 0; w < V; w++) {
        const a = cls[w]!;
        let self = 0;
        for (let k = R.off[w]!; k < R.off[w + 1]!; k++) {
          const v = R.nb[k]!;
          if (v === w) {
            self += R.cnt[k]!;
            continue;
          }
          const c = cls[v]!;
          if (rv[c] === 0) rt.push(c);
          rv[c]! += R.cnt[k]!;
        }
        for (let k = Lf.off[w]!; k < Lf.off[w + 1]!; k++) {
          const u = Lf.nb[k]!;
          if (u === w) continue;
          const c = cls[u]!;
          if (lv[c] === 0) lt.push(c);
          lv[c]! += Lf.cnt[k]!;
        }
        for (const c of rt) M[a * K + c]! -= rv[c]!;
        for (const c of lt) M[c * K + a]! -= lv[c]!;
        M[a * K + a]! -= self;
        N1[a]! -= outTot[w]!;
        N2[a]! -= inTot[w]!;
        let best = a;
        let bestGain = -Infinity;
        for (const b of [a, a ^ 1]) {
          let g = 0;
          for (const c of rt) {
            if (c === b) continue;
            const m = M[b * K + c]!;
            g += f(m + rv[c]!) - f(m);
          }
          for (const c of lt) {
            if (c === b) continue;
            const m = M[c * K + b]!;
            g += f(m + lv[c]!) - f(m);
          }
          const mbb = M[b * K + b]!;
          g += f(mbb + rv[b]! + lv[b]! + self) - f(mbb);
          g -= f(N1[b]! + outTot[w]!) - f(N1[b]!);
          g -= f(N2[b]! + inTot[w]!) - f(N2[b]!);
          if (g > bestGain + 1e-9) {
            bestGain = g;
            best = b;
          }
        }
        for (const c of rt) M[best * K + c]! += rv[c]!;
        for (const c of lt) M[c * K + best]! += lv[c]!;
        M[best * K + best]! += self;
        N1[best]! += outTot[w]!;
        N2[best]! += inTot[w]!;
        if (best !== a) moved++;
        cls[w] = best;
        for (const c of rt) rv[c] = 0;
        for (const c of lt) lv[c] = 0;
        rt.length = 0;
        lt.length = 0;
      }
      if (it === iterations - 1) options.log?.(`bisect depth ${d}: ${moved} words moved in the last pass`);
    }
  }
  const out = new Map<string, number>();
  vocab.forEach(([w], i) => out.set(w, cls[i]!));
  return out;
}
