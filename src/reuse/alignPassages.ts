import { shingleHashes } from '../fingerprint/fingerprint.ts';
import type { NormTokens } from '../fingerprint/normalizeTokens.ts';

/** A passage shared by two texts: UTF-16 offsets into each text, word ranges, and a similarity in 0..1. */
export interface AlignedPassage {
  a: [number, number];
  b: [number, number];
  /** Word index ranges [from, to) in each text. */
  wordsA: [number, number];
  wordsB: [number, number];
  /** Dice coefficient of aligned words: 2 · matches / (words in A's span + words in B's span). */
  similarity: number;
  /** Number of aligned identical words. */
  matches: number;
}

/** Options for {@link alignPassages}. */
export interface AlignOptions {
  /** Anchor n-gram length in words (default 3). */
  anchor: number;
  /** Largest gap, in words, bridged between two anchors of one passage (default 6). */
  maxGap: number;
  /** Largest drift of the diagonal within one passage (default 4). */
  maxDrift: number;
  /** Words of context added on each side before local alignment (default 4). */
  pad: number;
  /** Shortest passage kept, in aligned words (default 6). */
  minMatches: number;
  /** Lowest similarity kept (default 0.5). */
  minSimilarity: number;
}

const DEFAULTS: AlignOptions = { anchor: 3, maxGap: 6, maxDrift: 4, pad: 4, minMatches: 6, minSimilarity: 0.5 };

interface Chain {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
  n: number;
}

/**
 * Local alignment of two word ranges (Smith & Waterman 1981): match +2, mismatch −1, gap −1.
 * Returns the best-scoring aligned sub-ranges and their number of identical words.
 */
function smithWaterman(a: readonly string[], ai: number, aj: number, b: readonly string[], bi: number, bj: number): [number, number][] {
  const n = aj - ai, m = bj - bi;
  const H = new Int32Array((n + 1) * (m + 1));
  const W = m + 1;
  let best = 0, bestI = 0, bestJ = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = a[ai + i - 1] === b[bi + j - 1] ? 2 : -1;
      const v = Math.max(0, H[(i - 1) * W + j - 1]! + s, H[(i - 1) * W + j]! - 1, H[i * W + j - 1]! - 1);
      H[i * W + j] = v;
      if (v > best) (best = v), (bestI = i), (bestJ = j);
    }
  }
  // Trace back to the start of the local alignment, collecting the pairs of identical words.
  let i = bestI, j = bestJ;
  const pairs: [number, number][] = [];
  while (i > 0 && j > 0 && H[i * W + j]! > 0) {
    const v = H[i * W + j]!;
    const s = a[ai + i - 1] === b[bi + j - 1] ? 2 : -1;
    if (v === H[(i - 1) * W + j - 1]! + s) {
      if (s > 0) pairs.push([ai + i - 1, bi + j - 1]);
      i--, j--;
    } else if (v === H[(i - 1) * W + j]! - 1) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Sentence number of every word. */
function sentenceOfWords(t: NormTokens): Int32Array {
  const out = new Int32Array(t.words.length);
  let s = 0;
  for (let i = 0, k = 1; i < t.words.length; i++) {
    while (k < t.sentenceStarts.length && t.sentenceStarts[k]! <= i) k++, s++;
    out[i] = s;
  }
  return out;
}

interface Piece {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  matches: number;
}

/** Cut an alignment into pieces wherever it crosses a sentence boundary in either text. */
function pieces(pairs: [number, number][], sa: Int32Array, sb: Int32Array): Piece[] {
  const out: Piece[] = [];
  let cur: Piece | null = null;
  for (const [i, j] of pairs) {
    if (cur && sa[i] === sa[cur.a1 - 1] && sb[j] === sb[cur.b1 - 1]) {
      cur.a1 = i + 1;
      cur.b1 = j + 1;
      cur.matches++;
    } else {
      cur = { a0: i, a1: i + 1, b0: j, b1: j + 1, matches: 1 };
      out.push(cur);
    }
  }
  return out;
}

/**
 * Find the passages two texts share, in the spirit of passim (Smith et al. 2014): anchor on shared word
 * n-grams, chain anchors that lie near one diagonal, then refine each chain by local alignment
 * (Smith-Waterman), so near-verbatim passages with moved or changed words are found too.
 * @param a normalised tokens of the first text
 * @param b normalised tokens of the second text
 * @param options thresholds (see {@link AlignOptions})
 */
export function alignPassages(a: NormTokens, b: NormTokens, options: Partial<AlignOptions> = {}): AlignedPassage[] {
  const o = { ...DEFAULTS, ...options };
  const ha = shingleHashes(a.words, o.anchor, 0);
  const hb = shingleHashes(b.words, o.anchor, 0);
  const inB = new Map<number, number[]>();
  hb.forEach((h, j) => {
    const l = inB.get(h);
    if (l) l.push(j);
    else inB.set(h, [j]);
  });
  const chains: Chain[] = [];
  let open: Chain[] = [];
  for (let i = 0; i < ha.length; i++) {
    const js = inB.get(ha[i]!);
    if (!js || js.length > 20) continue;
    open = open.filter((c) => i - c.i1 <= o.maxGap + 1);
    for (const j of js) {
      let best: Chain | null = null;
      for (const c of open) {
        const di = i - c.i1, dj = j - c.j1;
        if (di <= 0 || dj <= 0 || dj > o.maxGap + 1) continue;
        if (Math.abs(j - i - (c.j1 - c.i1)) > o.maxDrift) continue;
        if (!best || c.n > best.n) best = c;
      }
      if (best) (best.i1 = i), (best.j1 = j), best.n++;
      else {
        const c = { i0: i, j0: j, i1: i, j1: j, n: 1 };
        chains.push(c);
        open.push(c);
      }
    }
  }
  // Align every chain, cut the alignments at sentence boundaries, then keep the strongest pieces that do
  // not overlap: a chain that ran on into a neighbouring sentence loses that part to the better alignment.
  const sa = sentenceOfWords(a), sb = sentenceOfWords(b);
  const all: Piece[] = [];
  for (const c of chains) {
    if (c.n + o.anchor - 1 < Math.min(o.minMatches, 4)) continue;
    const ai = Math.max(0, c.i0 - o.pad), aj = Math.min(a.words.length, c.i1 + o.anchor + o.pad);
    const bi = Math.max(0, c.j0 - o.pad), bj = Math.min(b.words.length, c.j1 + o.anchor + o.pad);
    all.push(...pieces(smithWaterman(a.words, ai, aj, b.words, bi, bj), sa, sb));
  }
  all.sort((x, y) => y.matches - x.matches || x.a0 - y.a0);
  const usedA = new Uint8Array(a.words.length);
  const usedB = new Uint8Array(b.words.length);
  const chosen: Piece[] = [];
  for (const p of all) {
    if (p.matches < Math.min(o.minMatches, 4)) continue;
    if (usedA.subarray(p.a0, p.a1).some((u) => u) || usedB.subarray(p.b0, p.b1).some((u) => u)) continue;
    usedA.fill(1, p.a0, p.a1);
    usedB.fill(1, p.b0, p.b1);
    chosen.push(p);
  }
  // Join pieces that continue each other in both texts (consecutive sentences copied together).
  chosen.sort((x, y) => x.a0 - y.a0);
  const merged: Piece[] = [];
  for (const p of chosen) {
    const last = merged[merged.length - 1];
    if (last && p.a0 - last.a1 <= 2 && p.b0 - last.b1 <= 2 && p.b0 >= last.b1) {
      last.a1 = p.a1;
      last.b1 = p.b1;
      last.matches += p.matches;
    } else merged.push({ ...p });
  }
  const kept: AlignedPassage[] = [];
  for (const p of merged) {
    if (p.matches < o.minMatches) continue;
    const similarity = (2 * p.matches) / (p.a1 - p.a0 + (p.b1 - p.b0));
    if (similarity < o.minSimilarity) continue;
    kept.push({
      a: [a.starts[p.a0]!, a.ends[p.a1 - 1]!],
      b: [b.starts[p.b0]!, b.ends[p.b1 - 1]!],
      wordsA: [p.a0, p.a1],
      wordsB: [p.b0, p.b1],
      similarity: Math.round(similarity * 1000) / 1000,
      matches: p.matches,
    });
  }
  return kept.sort((x, y) => x.wordsA[0] - y.wordsA[0]);
}
