import { getLIDModel } from 'fasttext.wasm.js';
import type { LanguageGuess } from '../../types/index.ts';

/** A synchronous language identifier: text in, ISO 639-1 code and confidence out. */
export type LanguageIdentifier = (text: string) => LanguageGuess;

/** Below this many letters a text is too short to judge. */
const MIN_LETTERS = 20;
/** Below this confidence the answer is `und`. */
const MIN_CONFIDENCE = 0.4;
/** Only the first characters are read: a few sentences give a confident answer at a bounded cost. */
const SAMPLE_CHARS = 400;

let shared: Promise<LanguageIdentifier> | null = null;

const LETTER = /\p{L}/u;

/** Letters in a string, counting ASCII letters by code and testing only other characters with the regex. */
function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
    else if (s.charCodeAt(i) > 127 && LETTER.test(s[i]!)) n++;
  }
  return n;
}

/**
 * Load fastText's lid.176 language-identification model (shipped inside the fasttext.wasm.js package;
 * Joulin et al. 2016, "Bag of Tricks for Efficient Text Classification") once per process.
 * The returned function is synchronous and pure.
 */
export function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  shared ??= (async () => {
    const lid = await getLIDModel();
    const model = await lid.load();
    return (text: string): LanguageGuess => {
      const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
      if (countLetters(sample) < MIN_LETTERS) return { code: 'und', confidence: 0 };
      const top = model.predict(sample, 1, 0);
      if (top.size() === 0) return { code: 'und', confidence: 0 };
      const [p, label] = top.get(0);
      const code = String(label).replace('__label__', '');
      if (p < MIN_CONFIDENCE || !/^[a-z]{2}$/.test(code)) return { code: 'und', confidence: Math.round(p * 1000) / 1000 };
      return { code, confidence: Math.round(p * 1000) / 1000 };
    };
  })();
  return shared;
}
