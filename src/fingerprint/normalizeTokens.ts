/** Word tokens of a text, normalised for comparison, with their UTF-16 offsets into the text. */
export interface NormTokens {
  /** Lower-cased, accent-folded word forms. */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** Token index at which each sentence starts (sentence boundaries from punctuation and paragraph breaks). */
  sentenceStarts: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/**
 * Split a text into normalised word tokens (lower case, diacritics removed) and sentences.
 * A sentence ends after `.`, `!`, `?` or `…` followed by a capital, an opening quote or a paragraph break.
 * @param text the article's clean text
 */
export function normalizeTokens(text: string): NormTokens {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not \`${typeof text}\``);
  const words: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  const sentenceStarts: number[] = [0];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (words.length > 0 && sentenceStarts[sentenceStarts.length - 1] !== words.length) {
      const gap = text.slice(last, start);
      if (/\n\s*\n/.test(gap) || (/[.!?…]/.test(gap) && /^\p{Lu}/u.test(m[0]) && !/^\.\p{Lu}/u.test(gap))) sentenceStarts.push(words.length);
    }
    let w = m[0].toLowerCase();
    if (NON_ASCII.test(w)) w = w.normalize('NFD').replace(MARKS, '');
    words.push(w);
    s.push(start);
    e.push(start + m[0].length);
    last = start + m[0].length;
  }
  if (words.length === 0) sentenceStarts.length = 0;
  return { words, starts: Int32Array.from(s), ends: Int32Array.from(e), sentenceStarts };
}
