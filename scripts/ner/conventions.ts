import { decodeBio } from '../../src/extract/entities/decodeBio.ts';
import type { LabelledSentence } from '../../src/extract/entities/readConll.ts';

/**
 * Annotation conventions of the Spanish training data. The annotation of CoNLL-2002 `esp.train`
 * drifted between its first and second halves, and AnCora follows its own guidelines; `esp.testa`
 * follows the later CoNLL convention. Each function here rewrites one sentence's labels to that
 * convention and returns the sentence itself when nothing changes. The counts in the comments are
 * of the data in `../shared/data` (chunks after normalisation of the tokens).
 */

/**
 * Quoted names include their quotes (`" La vida es silbar "` is one MISC chunk), as in the second
 * half of esp.train and in esp.testa; the first half and AnCora leave them out, so a chunk with a
 * quote right before and right after it is extended over both. (findEntities trims the quotes from
 * the mentions it returns.)
 *
 * @param s - A labelled sentence (IOB2).
 */
export function includeQuotes(s: LabelledSentence): LabelledSentence {
  let tags: string[] | null = null;
  for (const c of decodeBio(s.tags)) {
    if (c.start < 1 || c.end >= s.tokens.length) continue;
    const t = tags ?? s.tags;
    if (s.tokens[c.start - 1] !== '"' || s.tokens[c.end] !== '"' || t[c.start - 1] !== 'O' || t[c.end] !== 'O') continue;
    if (c.end - c.start > 1 && s.tokens[c.start] === '"') continue;
    tags ??= s.tags.slice();
    tags[c.start - 1] = 'B-' + c.type;
    tags[c.start] = 'I-' + c.type;
    tags[c.end] = 'I-' + c.type;
  }
  return tags ? { tokens: s.tokens, tags } : s;
}

/**
 * A country or club code in brackets after a player ("Ramón Delgado ( PAR )") is ORG, as in the
 * second half of esp.train (87 ORG, 17 LOC) and in esp.testa (67 ORG, 2 LOC); the first half marks
 * it LOC (42 LOC, 3 ORG). A one-token LOC of 2–4 capitals between brackets right after a person's
 * name becomes ORG.
 *
 * @param s - A labelled sentence (IOB2).
 */
export function codesAfterNames(s: LabelledSentence): LabelledSentence {
  let tags: string[] | null = null;
  for (const c of decodeBio(s.tags)) {
    if (c.type !== 'LOC' || c.end - c.start !== 1 || c.start < 2 || !/^[A-Z]{2,4}$/.test(s.tokens[c.start]!)) continue;
    if (s.tokens[c.start - 1] !== '(' || s.tokens[c.end] !== ')' || !s.tags[c.start - 2]!.endsWith('-PER')) continue;
    tags ??= s.tags.slice();
    tags[c.start] = 'B-ORG';
  }
  return tags ? { tokens: s.tokens, tags } : s;
}

/** A minister's, councillor's or commissioner's title. */
const PORTFOLIO_HOLDER = /^(vice)?(ministr[oa]s?|consejer[oa]s?|conseller(a|s)?|comisari[oa]s?)$/i;

/**
 * A portfolio after a minister's title ("el ministro de Defensa", "la ministra española de Asuntos
 * Exteriores", "el titular de Hacienda") is MISC in CoNLL-2002 (esp.train: 129 MISC, 16 ORG right
 * after ministro, consejero, conseller, comisario and their forms; 40 MISC, 10 ORG with one
 * lower-case word between; 12 MISC, 2 other after "titular de"; esp.testa: 24 MISC, 3 other) and
 * ORG in AnCora (146 times). An ORG chunk after such a title and "de"/"del" becomes MISC.
 *
 * @param s - A labelled sentence (IOB2).
 */
export function portfolios(s: LabelledSentence): LabelledSentence {
  let tags: string[] | null = null;
  for (const c of decodeBio(s.tags)) {
    if (c.type !== 'ORG' || c.start < 2 || !/^(de|del)$/.test(s.tokens[c.start - 1]!) || s.tags[c.start - 2] !== 'O') continue;
    const a = s.tokens[c.start - 2]!;
    const holder =
      PORTFOLIO_HOLDER.test(a) ||
      (/^titular(es)?$/i.test(a) && s.tokens[c.start - 1] === 'de') ||
      (c.start >= 3 && /^\p{Ll}+$/u.test(a) && s.tags[c.start - 3] === 'O' && PORTFOLIO_HOLDER.test(s.tokens[c.start - 3]!));
    if (!holder) continue;
    tags ??= s.tags.slice();
    for (let k = c.start; k < c.end; k++) tags[k] = (k === c.start ? 'B-' : 'I-') + 'MISC';
  }
  return tags ? { tokens: s.tokens, tags } : s;
}

/**
 * The agency's story codes ("( ME2125 )", "referencia SV2093") are MISC, as in the second half of
 * esp.train (37 MISC) and in esp.testa (39 MISC); the first half leaves them out (31 O, 2 MISC).
 * A token of two capitals and four digits tagged O becomes MISC.
 *
 * @param s - A labelled sentence (IOB2).
 */
export function storyCodes(s: LabelledSentence): LabelledSentence {
  let tags: string[] | null = null;
  s.tokens.forEach((w, i) => {
    if (s.tags[i] !== 'O' || !/^[A-Z]{2}\d{4}$/.test(w)) return;
    tags ??= s.tags.slice();
    tags[i] = 'B-MISC';
  });
  return tags ? { tokens: s.tokens, tags } : s;
}
