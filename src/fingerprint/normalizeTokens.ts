import { foldAccents } from '../text/foldAccents.ts';
/** Word tokens of a text, normalised for comparison, with their UTF-16 offsets into the text. */
export interface NormTokens {
  /** Lower-cased, accent-folded word forms. */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** Token index at which each sentence starts (sentence boundaries from punctuation and paragraph breaks). */
  sentenceStarts: number[];
}

/** 1 for code units that are letters or digits (Unicode \p{L} or \p{N}), 2 for upper-case letters; built once. */
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}]/u, upper = /\p{Lu}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (word.test(ch)) t[c] = upper.test(ch) ? 2 : 1;
  }
  return t;
})();

/** Whether the gap text[from, to) before a word closes a sentence: a paragraph break, or final punctuation before a capital. */
function endsSentence(text: string, from: number, to: number, nextIsUpper: boolean): boolean {
  let stop = false, newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c === 46 || c === 33 || c === 63 || c === 0x2026) stop = true;
  }
  if (newlines >= 2) return true;
  // "EE.UU." style abbreviations: a period directly followed by a capital is not a sentence end.
  return stop && nextIsUpper && !(to - from === 1 && text.charCodeAt(from) === 46);
}

/**
 * Split a text into normalised word tokens (lower case, diacritics removed) and sentences.
 * Words are maximal runs of letters and digits. A sentence ends after `.`, `!`, `?` or `…` followed by a
 * capital, or at a paragraph break.
 * @param text the article's clean text
 */
export function normalizeTokens(text: string): NormTokens {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not \`${typeof text}\``);
  const words: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  const sentenceStarts: number[] = [];
  let last = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (CLASS[c] === 0) break;
      if (c > 127) ascii = false;
      i++;
    }
    if (words.length === 0) sentenceStarts.push(0);
    else if (endsSentence(text, last, start, cls === 2)) sentenceStarts.push(words.length);
    const w = ascii ? text.slice(start, i).toLowerCase() : foldAccents(text.slice(start, i));
    words.push(w);
    s.push(start);
    e.push(i);
    last = i;
  }
  return { words, starts: Int32Array.from(s), ends: Int32Array.from(e), sentenceStarts };
}
