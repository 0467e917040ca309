import { exchangeClusters } from './exchangeClusters.ts';

/** Tokens after which the next token counts as sentence-initial for the capitalisation profile. */
const OPENERS: ReadonlySet<string> = new Set(['"', "'", '-', '(', '¿', '¡', ':', '.', '...']);

/**
 * Distributional word features from unlabelled text: two exchange-algorithm clusterings (fine and
 * coarse; Martin et al. 1998, the class-bigram objective of Brown et al. 1992) packed per word,
 * and a capitalisation profile per lower-cased word (how often it is capitalised away from the
 * start of a sentence, bucketed, with a frequency band), as in Ratinov & Roth 2009's
 * non-local/distributional features.
 *
 * @param sentences - Unlabelled tokenised (normalised) sentences.
 * @param options - Cluster counts, minimum count and iterations.
 * @returns `clusters` (form → fine | coarse << 16) and `caseInfo` (lower-cased form → bucket).
 */
export function buildLexicon(
  sentences: readonly (readonly string[])[],
  options: { fine: number; coarse: number; minCount: number; iterations: number; log?: (m: string) => void },
): { clusters: Map<string, number>; caseInfo: Map<string, number> } {
  const fine = exchangeClusters(sentences, { classes: options.fine, minCount: options.minCount, iterations: options.iterations, log: options.log });
  const coarse = exchangeClusters(sentences, { classes: options.coarse, minCount: options.minCount, iterations: options.iterations, log: options.log });
  const clusters = new Map<string, number>();
  for (const [w, c] of fine) clusters.set(w, c | (coarse.get(w)! << 16));
  const stats = new Map<string, [number, number, number]>(); // lower, capitalised non-initial, initial
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const t = s[i]!;
      const lower = t.toLowerCase();
      const upper = t.toUpperCase();
      if (lower === upper) continue; // no letters
      let e = stats.get(lower);
      if (!e) stats.set(lower, (e = [0, 0, 0]));
      const initial = i === 0 || OPENERS.has(s[i - 1]!);
      if (t === lower) e[0]++;
      else if (initial) e[2]++;
      else if (t[0] !== t[0]!.toLowerCase()) e[1]++;
    }
  }
  const caseInfo = new Map<string, number>();
  for (const [w, [low, cap, init]] of stats) {
    // Singletons get no profile, so that training sees the "unknown" value that unseen words get.
    if (low + cap + init < 2) continue;
    const tot = low + cap;
    if (tot === 0) {
      caseInfo.set(w, init >= 3 ? 19 : 18);
      continue;
    }
    const r = cap / tot;
    const rb = r === 0 ? 0 : r < 0.1 ? 1 : r < 0.5 ? 2 : r < 0.9 ? 3 : r < 1 ? 4 : 5;
    const fb = tot < 3 ? 0 : tot < 20 ? 1 : 2;
    caseInfo.set(w, rb * 3 + fb);
  }
  return { clusters, caseInfo };
}
