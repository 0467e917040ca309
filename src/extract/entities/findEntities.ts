import { tokenize } from '../tokenize.ts';
import { decodeBio } from './decodeBio.ts';
import type { EntityType } from './labels.ts';
import { loadTagger } from './loadTagger.ts';
import { splitSentences } from './splitSentences.ts';

/** A named-entity mention with UTF-16 offsets into the source text. */
export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
}

/** Paragraph separator: one or more line breaks. */
const PARAGRAPH_RE = /\r?\n+/g;
/** Quotation-mark tokens. */
const QUOTE_RE = /^["'«»“”„‟‘’‚`]+$/u;
/** Languages with a tagger. */
const SUPPORTED: ReadonlySet<string> = new Set(['es', 'en']);

/**
 * Find person, organisation, place and other names in a text: paragraph by paragraph, tokenize,
 * split into sentences, tag all sentences together with the language's two-stage perceptron
 * tagger (Collins 2002; document-level second stage)
 * and decode BIO spans (conlleval rules) back to offsets in the original text.
 *
 * @param text - The text (e.g. an article's clean body).
 * @param lang - ISO 639-1 language code (a region suffix such as `es-AR` is ignored); languages
 *   without a model give `[]`.
 * @returns Mentions in text order.
 */
export function findEntities(text: string, lang: string): EntityMention[] {
  if (typeof text !== 'string') throw new TypeError(`Expected a string text, not \`${typeof text}\``);
  if (typeof lang !== 'string') throw new TypeError(`Expected a string language code, not \`${typeof lang}\``);
  const code = lang.toLowerCase().slice(0, 2);
  if (!SUPPORTED.has(code)) return [];
  const tagger = loadTagger(code as 'es' | 'en');
  const out: EntityMention[] = [];
  let pos = 0;
  const paragraphs: Array<[number, number]> = [];
  for (const m of text.matchAll(PARAGRAPH_RE)) {
    paragraphs.push([pos, m.index]);
    pos = m.index + m[0].length;
  }
  paragraphs.push([pos, text.length]);
  // Sentences of the whole text, tagged together so that document-level features see them all.
  const sents: Array<{ ps: number; toks: ReturnType<typeof tokenize> }> = [];
  for (const [ps, pe] of paragraphs) {
    if (pe <= ps) continue;
    const toks = tokenize(text.slice(ps, pe));
    for (const [s, e] of splitSentences(toks)) sents.push({ ps, toks: toks.slice(s, e) });
  }
  const tagged = tagger.tagDocument(sents.map((s) => s.toks.map((t) => t.text)));
  sents.forEach(({ ps, toks: sent }, k) => {
    for (const c of decodeBio(tagged[k]!)) {
      // The tagger follows the CoNLL-2002 convention that quotes around a name belong to it; mentions do not.
      let a = c.start;
      let b = c.end;
      while (a < b && QUOTE_RE.test(sent[a]!.text)) a++;
      while (b > a && QUOTE_RE.test(sent[b - 1]!.text)) b--;
      if (a === b) continue;
      const start = ps + sent[a]!.start;
      const end = ps + sent[b - 1]!.end;
      out.push({ text: text.slice(start, end), start, end, type: c.type as EntityType });
    }
  });
  return out;
}
