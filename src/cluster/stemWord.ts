import { stemSuffixes } from './stemSuffixes.ts';

/** Shortest stem left after stripping. */
const MIN_STEM = 3;

/**
 * Light stem of a normalised word (lower case, accent-folded): strips the longest listed suffix of its
 * language that leaves at least three letters; digits and unknown languages only lose a plural `s`.
 * Used for the body and title sub-vectors of Miranda et al. 2018 ("Multilingual Clustering of Streaming News").
 *
 * @param word - A word from `normalizeTokens`.
 * @param lang - ISO 639-1 code (a region suffix is ignored).
 * @returns The stem.
 */
export function stemWord(word: string, lang: string): string {
  if (typeof word !== 'string' || typeof lang !== 'string') throw new TypeError('Expected a word and a language code');
  const c0 = word.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return word;
  const list = stemSuffixes[lang.slice(0, 2).toLowerCase()];
  if (!list) return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  for (const suf of list) {
    if (word.length - suf.length >= MIN_STEM && word.endsWith(suf)) return word.slice(0, -suf.length);
  }
  return word;
}
