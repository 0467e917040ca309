import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentTaggerOf, readNerModel } from './readNerModel.ts';
import type { DocumentLevelTagger } from './DocumentTagger.ts';

export type { Tagger } from './SequenceTagger.ts';
export type { DocumentLevelTagger } from './DocumentTagger.ts';

/** Languages with a trained model, and their files under models/. */
const MODEL_FILES: Readonly<Record<'es' | 'en', string>> = { es: 'ner-es.bin.gz', en: 'ner-en.bin.gz' };
/** models/ at the repository root. */
const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models');
/** Taggers already loaded, one per language. */
const cache = new Map<string, DocumentLevelTagger>();

/**
 * Load (once, synchronously; cached per language) the named-entity tagger for a language: an
 * averaged structured perceptron (Collins 2002) over hashed Ratinov & Roth 2009 features with
 * word clusters, decoded by Viterbi into BIO tags.
 *
 * @param lang - `'es'` (CoNLL-2002 + AnCora) or `'en'` (ECB+ silver names).
 * @returns A tagger; `tag(tokens)` labels one sentence, `tagDocument(sentences)` a whole article
 *   (with document-level features when the model has a second stage).
 */
export function loadTagger(lang: 'es' | 'en'): DocumentLevelTagger {
  if (lang !== 'es' && lang !== 'en') throw new TypeError(`Expected 'es' or 'en', not \`${String(lang)}\``);
  let t = cache.get(lang);
  if (!t) {
    t = documentTaggerOf(readNerModel(readFileSync(join(MODELS_DIR, MODEL_FILES[lang]))));
    cache.set(lang, t);
  }
  return t;
}
