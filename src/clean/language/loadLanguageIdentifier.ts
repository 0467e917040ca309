import { getLIDModel } from 'fasttext.wasm.js';
import type { LanguageGuess } from '../../types/index.ts';

/** A synchronous language identifier: text in, ISO 639-1 code and confidence out. */
export type LanguageIdentifier = (text: string) => LanguageGuess;

/** Below this many letters a text is too short to judge. */
const MIN_LETTERS = 20;
/** Below this confidence the answer is `und`. */
const MIN_CONFIDENCE = 0.4;
/** Only the first characters are read: enough for a confident answer, and bounded cost. */
const SAMPLE_CHARS = 2000;

let shared: Promise<LanguageIdentifier> | null = null;

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
      const letters = sample.match(/\p{L}/gu)?.length ?? 0;
      if (letters < MIN_LETTERS) return { code: 'und', confidence: 0 };
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
