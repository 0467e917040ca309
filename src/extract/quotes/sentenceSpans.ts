/**
 * Split a text into sentence spans for quote attribution: breaks at line breaks and at sentence
 * punctuation followed by a capital, a digit or an opening mark, but never inside a quotation
 * (a quoted passage of several sentences stays with its reporting clause) nor after an abbreviation.
 */
import type { QuoteMarkSpan } from './findQuoteMarks.ts';

/** Words that keep their period (no sentence break after them). */
const ABBREV: ReadonlySet<string> = new Set([
  'sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ing', 'prof', 'gral', 'gen', 'cnel', 'mons', 'mr', 'mrs', 'ms',
  'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'no', 'núm', 'etc', 'vs', 'inc', 'corp',
  'co', 'ltd', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'ee', 'uu', 'u.s', 'ee.uu', 'd.c', 'a.m', 'p.m',
]);
/** A break candidate: sentence punctuation, closing marks, whitespace, then a sentence opener. */
const BREAK_RE = /[.!?…]+[»”"’)\]]*(\s+)(?=[\p{Lu}\p{N}«“"‘¿¡(—–-])/gu;

/**
 * Sentence spans of a text.
 *
 * @param text - The text.
 * @param quotes - Quotations (from `findQuoteMarks`); no break falls inside one.
 * @returns `[start, end)` pairs in order, trimmed of surrounding whitespace, never empty.
 */
export function sentenceSpans(text: string, quotes: readonly QuoteMarkSpan[]): Array<[number, number]> {
  if (typeof text !== 'string') throw new TypeError(`Expected a string text, not \`${typeof text}\``);
  const cuts: number[] = [];
  for (const m of text.matchAll(/\n+/g)) cuts.push(m.index, m.index + m[0].length);
  let qi = 0;
  BREAK_RE.lastIndex = 0;
  for (const m of text.matchAll(BREAK_RE)) {
    const at = m.index;
    while (qi < quotes.length && quotes[qi]!.close < at) qi++;
    const q = quotes[qi];
    if (q && q.open < at && at < q.close) continue;
    const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
    const word = before.toLowerCase().replace(/^\.+/, '');
    if (m[0][0] === '.' && m[0].length - m[1]!.length === 1 && (ABBREV.has(word) || /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before))) continue;
    const end = at + m[0].length - m[1]!.length;
    cuts.push(end, end + m[1]!.length);
  }
  cuts.sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  let s = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push([a, b]);
  };
  for (let k = 0; k < cuts.length; k += 1) {
    const c = cuts[k]!;
    if (c < s) continue;
    push(s, c);
    s = c;
  }
  push(s, text.length);
  // Merge pieces separated only by whitespace cut pairs (the pairs above are [end, nextStart]).
  return out;
}
