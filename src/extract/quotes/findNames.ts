/**
 * Fallback name finder for quote attribution when no NER mentions are handed in: runs of
 * capitalised words (joined by "de", "del", "of"…) that do not merely open a sentence.
 */
import { compileLexicon } from './lexicon/compileLexicon.ts';
import type { NameMention } from './Quote.ts';

/** Capitalised word runs, with lowercase particles inside. */
const RUN_RE = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|del|de la|van|von|da|of|bin)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
/** Honorifics and abbreviated titles before a name. */
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'sr', 'sra', 'dra', 'don', 'doña', 'sir', 'lady', 'prof', 'rev', 'president', 'senator', 'governor', 'secretary', 'judge', 'mayor']);
/** Words that mark an organisation. */
const ORG_RE = /\b(?:Ministerio|Gobierno|Asamblea|Partido|Consejo|Comisión|Unión|Banco|Fondo|Organización|Agencia|Universidad|Department|Ministry|Party|Council|Committee|Agency|University|House|Senate|Congress|Times|Post|Journal|News|Kremlin|Presidencia)\b/u;

/**
 * Find capitalised name runs and guess a type: two or more words → PER, an organisation word →
 * ORG, otherwise MISC.
 *
 * @param text - The text.
 * @param lang - ISO 639-1 code (picks the sentence-opener stop list).
 * @returns Mentions in text order.
 */
export function findNames(text: string, lang: string): NameMention[] {
  if (typeof text !== 'string') throw new TypeError(`Expected a string text, not \`${typeof text}\``);
  const lx = compileLexicon(lang);
  const out: NameMention[] = [];
  for (const m of text.matchAll(RUN_RE)) {
    let start = m.index;
    let s = m[0].replace(/[.'’-]+$/u, '');
    const first = s.split(/\s+/)[0]!;
    if (lx.notNames.has(first)) {
      const rest = s.slice(first.length).trimStart();
      if (!/^\p{Lu}/u.test(rest)) continue;
      start += s.length - rest.length;
      s = rest;
    }
    // Leading titles ("Senator", "Dr.", "Presidente") are not part of the name.
    for (;;) {
      const w = /^(\S+)\s+(?=\p{Lu})/u.exec(s);
      if (!w || !(TITLES.has(w[1]!.toLowerCase().replace(/\.$/, '')) || lx.lex.designations.includes(w[1]!.toLowerCase()))) break;
      start += w[0].length;
      s = s.slice(w[0].length);
    }
    if (s.length < 2) continue;
    const words = s.split(/\s+/).length;
    const type = ORG_RE.test(s) ? 'ORG' : words >= 2 ? 'PER' : 'MISC';
    out.push({ text: s, start, end: start + s.length, type });
  }
  return out;
}
