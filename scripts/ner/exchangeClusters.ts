import { bigramTables } from './bigramTables.ts';

/**
 * Word clustering by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
 * maximise the likelihood of a class-based bigram model (the objective of Brown et al. 1992) by
 * moving one word at a time to the class that most improves it. Deterministic: words are visited
 * in frequency order and initialised round-robin by frequency rank.
 *
 * @param sentences - Unlabelled tokenised sentences.
 * @param options - `classes`: number of clusters; `minCount`: words rarer than this are not clustered
 *   (they share one `<unk>` entry for the statistics); `iterations`: passes over the vocabulary.
 * @returns Map from word form to cluster id (0..classes-1), clustered words only.
 */
export function exchangeClusters(
  sentences: readonly (readonly string[])[],
  options: { classes: number; minCount: number; iterations: number; log?: (msg: string) => void },
): Map<string, number> {
  const { classes: K, minCount, iterations } = options;
  if (!Number.isInteger(K) || K < 2) throw new TypeError('Expected at least 2 classes');
  const { vocab, id, V, R, Lf, outTot, inTot } = bigramTables(sentences, minCount);
  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % K;
  const M = new Float64Array(K * K);
  const N1 = new Float64Array(K);
  const N2 = new Float64Array(K);
  for (let a = 0; a < V; a++) {
    for (let k = R.off[a]!; k < R.off[a + 1]!; k++) M[cls[a]! * K + cls[R.nb[k]!]!]! += R.cnt[k]!;
    N1[cls[a]!]! += outTot[a]!;
    N2[cls[a]!]! += inTot[a]!;
  }
  const f = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
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
      // Take w out of class a.
      for (const c of rt) M[a * K + c]! -= rv[c]!;
      for (const c of lt) M[c * K + a]! -= lv[c]!;
      M[a * K + a]! -= self;
      N1[a]! -= outTot[w]!;
      N2[a]! -= inTot[w]!;
      let best = a;
      let bestGain = -Infinity;
      for (let b0 = 0; b0 < K; b0++) {
        const b = b0 === 0 ? a : b0 === a ? 0 : b0; // evaluate the current class first
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
      // The bigrams between w and words already in `best` were added above through rv/lv[best].
      N1[best]! += outTot[w]!;
      N2[best]! += inTot[w]!;
      if (best !== a) moved++;
      cls[w] = best;
      for (const c of rt) rv[c] = 0;
      for (const c of lt) lv[c] = 0;
      rt.length = 0;
      lt.length = 0;
    }
    options.log?.(`exchange K=${K} iteration ${it + 1}: ${moved} words moved`);
  }
  const out = new Map<string, number>();
  vocab.forEach(([w], i) => out.set(w, cls[i]!));
  return out;
}
