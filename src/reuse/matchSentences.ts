import type { NormTokens } from '../fingerprint/normalizeTokens.ts';
import { STOPWORDS } from '../clean/boilerplate/patterns.ts';

/** A sentence of one text matched to its closest sentence in the other. */
export interface SentenceMatch {
  /** Sentence indexes in A and B. */
  a: number;
  b: number;
  /** Dice coefficient of their content-word stems. */
  score: number;
}

/** Content-word stems: accent-folded words that are not stop words, cut to 5 letters (a light stemmer that suits Spanish and English). */
export function contentStems(t: NormTokens, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    const w = t.words[i]!;
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(w.slice(0, 5));
  }
  return out;
}

/** Sentence ranges [from, to) in words. */
export function sentenceRanges(t: NormTokens): [number, number][] {
  const b = [...t.sentenceStarts, t.words.length];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < b.length; i++) if (b[i + 1]! > b[i]!) out.push([b[i]!, b[i + 1]!]);
  return out;
}

/**
 * Match each sentence of A to the most similar sentence of B by the Dice coefficient of their content-word
 * stems, keeping one-to-one matches above `threshold` (greedy, best first). Rewordings that keep the facts
 * keep most content words, so this finds rewrites that share few exact n-grams.
 * @param a tokens of the first text
 * @param b tokens of the second text
 * @param threshold lowest Dice score that counts as the same sentence
 */
export function matchSentences(a: NormTokens, b: NormTokens, threshold = 0.3): SentenceMatch[] {
  const sa = sentenceRanges(a).map(([f, t]) => contentStems(a, f, t));
  const sb = sentenceRanges(b).map(([f, t]) => contentStems(b, f, t));
  const cands: SentenceMatch[] = [];
  for (let i = 0; i < sa.length; i++) {
    const x = sa[i]!;
    if (x.size < 3) continue;
    for (let j = 0; j < sb.length; j++) {
      const y = sb[j]!;
      if (y.size < 3) continue;
      let common = 0;
      for (const w of x) if (y.has(w)) common++;
      const score = (2 * common) / (x.size + y.size);
      if (score >= threshold && common >= 3) cands.push({ a: i, b: j, score });
    }
  }
  cands.sort((p, q) => q.score - p.score);
  const usedA = new Set<number>(), usedB = new Set<number>();
  const out: SentenceMatch[] = [];
  for (const c of cands) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    out.push({ ...c, score: Math.round(c.score * 1000) / 1000 });
  }
  return out.sort((p, q) => p.a - q.a);
}
