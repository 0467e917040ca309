import { CalendarDate } from './CalendarDate.ts';
import { compileGrammar, type CompiledGrammar } from './compileGrammar.ts';
import { DIGIT_KEY } from './firstWords.ts';
import type { TimexType } from './Grammar.ts';
import { en } from './grammar/en.ts';
import { es } from './grammar/es.ts';
import { resolveValue, type ResolveContext } from './resolveValue.ts';

/** A time expression found in a text, with its TIMEX3 type and normalised value (TimeML). */
export interface TimeExpr {
  /** The expression as written. */
  text: string;
  /** UTF-16 offset of its first character in the text. */
  start: number;
  /** UTF-16 offset just past its last character. */
  end: number;
  type: TimexType;
  /** TIMEX3 value (`2025-11-03`, `2025-W45`, `P2W`, `PAST_REF`…), or null when it cannot be resolved. */
  value: string | null;
}

/** Options of {@link findTimes}. */
export interface FindTimesOptions {
  /** Document creation time `YYYY-MM-DD` (publication date, else dateline date), or null when unknown. */
  dct: string | null;
  /** Language code (`es`, `en`); another code tries both grammars. */
  lang: string;
  /**
   * Span convention: `news` (default) keeps a leading `en`/`in` before years and months
   * ("En 2024"); `timeml` leaves it out, as TimeBank annotations do.
   */
  spans?: 'news' | 'timeml';
}

const GRAMMARS = { es, en };
const compiled = new Map<string, CompiledGrammar>();
/** Words a match may start on, looking back from a trigger word. */
const LOOK_BACK_WORDS = 4;
/** Characters around an expression searched for tense markers. */
const CLAUSE_REACH = 160;

function grammarFor(lang: keyof typeof GRAMMARS): CompiledGrammar {
  let g = compiled.get(lang);
  if (!g) compiled.set(lang, (g = compileGrammar(GRAMMARS[lang])));
  return g;
}

function isWordChar(c: number): boolean {
  // ASCII letters/digits fast path, then any letter, mark or digit
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));
}

const LETTERS = /\p{L}+/uy;
/** Space, tab and no-break space: what may separate the words of one expression. */
const SPACE = new Set([32, 9, 160]);

/** The word at `s`, lower-cased, or `#` when it starts with a digit (the key of {@link CompiledGrammar.byFirst}). */
function firstWord(text: string, s: number): string {
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) return DIGIT_KEY;
  LETTERS.lastIndex = s;
  return LETTERS.exec(text)?.[0].toLowerCase() ?? '';
}

/** Word starts before `p` (nearest last), not crossing punctuation, not before `floor`. */
function startsBefore(text: string, p: number, floor: number): number[] {
  const starts: number[] = [];
  let i = p;
  while (starts.length < LOOK_BACK_WORDS) {
    let j = i;
    while (j > floor && SPACE.has(text.charCodeAt(j - 1))) j--;
    if (j === i && j - 1 > floor && text.charCodeAt(j - 1) === 45) j--; // a hyphen joins words: "third-quarter"
    if (j === i || j <= floor || !isWordChar(text.charCodeAt(j - 1))) break;
    while (j > floor && isWordChar(text.charCodeAt(j - 1))) j--;
    if (j > 0 && isWordChar(text.charCodeAt(j - 1))) break;
    starts.push(j);
    i = j;
  }
  return starts.reverse();
}

const SENTENCE_MARK = /[.!?\n;]/;

/**
 * Tense of the verb nearest to [start, end) in its clause; with no tense marker, future when a
 * forward word ("hasta", "until") comes just before, else null (HeidelTime's tense heuristic).
 */
function tenseAround(text: string, start: number, end: number, g: CompiledGrammar): 'future' | 'past' | null {
  let a = start;
  const lo = Math.max(0, start - CLAUSE_REACH);
  while (a > lo && !SENTENCE_MARK.test(text[a - 1]!)) a--;
  let b = end;
  const hi = Math.min(text.length, end + CLAUSE_REACH);
  while (b < hi && !SENTENCE_MARK.test(text[b]!)) b++;
  const left = text.slice(a, start);
  const right = text.slice(end, b);
  let best = Infinity;
  let future = false;
  for (const [re, isFuture] of [[g.future, true], [g.past, false]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(left); m; m = re.exec(left)) {
      const d = left.length - m.index - m[0].length;
      if (d < best) [best, future] = [d, isFuture];
    }
    re.lastIndex = 0;
    const m = re.exec(right);
    if (m && m.index < best) [best, future] = [m.index, isFuture];
  }
  if (best !== Infinity) return future ? 'future' : 'past';
  return g.futureBefore.test(text.slice(Math.max(0, start - 24), start)) ? 'future' : null;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The day of the last expression when it is in the same sentence (a clock time then refers to it). */
function sentenceAnchor(text: string, last: TimeExpr | undefined, start: number): CalendarDate | null {
  if (!last?.value || !FULL_DATE.test(last.value) || SENTENCE_MARK.test(text.slice(last.end, start))) return null;
  return CalendarDate.parse(last.value);
}

/** Value of the last DATE with a calendar value (an antecedent for "ese mismo día"). */
function previousDate(out: TimeExpr[]): string | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i]!.value;
    if (out[i]!.type === 'DATE' && v && /^\d{4}/.test(v)) return v;
  }
  return null;
}

function scan(text: string, g: CompiledGrammar, dct: CalendarDate | null, timeml: boolean): TimeExpr[] {
  const out: TimeExpr[] = [];
  const trigger = new RegExp(g.trigger.source, g.trigger.flags);
  let lastEnd = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const p = m.index;
    if (p < lastEnd || (p > 0 && isWordChar(text.charCodeAt(p - 1)))) continue;
    if (p > 1 && /[:.,/]/.test(text[p - 1]!) && /\d/.test(text[p - 2]!)) continue; // inside "3:07:35", "1.000"
    const pEnd = p + m[0].length;
    if (pEnd < text.length && !/\d/.test(m[0]) && isWordChar(text.charCodeAt(pEnd))) continue;
    const starts = startsBefore(text, p, lastEnd);
    starts.push(p);
    for (const s of starts) {
      const rules = g.byFirst.get(firstWord(text, s)) ?? g.anyFirst;
      let best: RegExpExecArray | null = null;
      let bestRule = g.rules[0]!;
      for (const r of rules) {
        r.re.lastIndex = s;
        const hit = r.re.exec(text);
        if (hit && s + hit[0].length > p && (!best || hit[0].length > best[0].length) && caseOk(g, hit[0])) {
          best = hit;
          bestRule = r;
        }
      }
      if (!best) continue;
      const groups: Record<string, string | undefined> = { ...best.groups };
      for (const [k, v] of Object.entries(groups)) {
        const base = k.replace(/\d+$/, '');
        if (v !== undefined && base !== k) groups[base] ??= v;
      }
      let start = s;
      if (timeml && groups.pre) start += groups.pre.length;
      const end = s + best[0].length;
      const kind = bestRule.rule.value.kind;
      const ctx: ResolveContext = {
        dct,
        lexicon: g.lexicon,
        tense: () => tenseAround(text, start, end, g),
        anchor: kind === 'time' || kind === 'part' ? sentenceAnchor(text, out[out.length - 1], start) : null,
        previous: kind === 'anaphoric' ? previousDate(out) : null,
      };
      out.push({ text: text.slice(start, end), start, end, type: bestRule.rule.type, value: resolveValue(bestRule.rule.value, groups, ctx) });
      lastEnd = end;
      if (trigger.lastIndex < end) trigger.lastIndex = end;
      break;
    }
  }
  return out;
}

/** Reject a match whose case-sensitive word (English `May`) is written in another case. */
function caseOk(g: CompiledGrammar, matched: string): boolean {
  if (g.caseSensitive.size === 0) return true;
  for (const w of matched.split(/[^\p{L}]+/u)) {
    const want = g.caseSensitive.get(w.toLowerCase());
    if (want !== undefined && w !== want) return false;
  }
  return true;
}

/** Keep the longest of overlapping expressions found by different grammars, in text order. */
function merge(lists: TimeExpr[][]): TimeExpr[] {
  const all = lists.flat().sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TimeExpr[] = [];
  for (const t of all) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) {
      if (t.end - t.start > last.end - last.start) out[out.length - 1] = t;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Find the time expressions of a text (DATE, TIME, DURATION, SET) and resolve their TIMEX3
 * values against the document creation time, TimeML style (Pustejovsky et al. 2003), with
 * rule grammars in the manner of HeidelTime (Strötgen & Gertz 2013). News past bias: a bare
 * weekday or month is the most recent one unless a marker or the future tense points forward.
 * @param text the article body
 * @param options `dct`: the date to resolve against, or null (relative expressions then get a null value);
 *   `lang`: `es` or `en` (another code tries both); `spans`: `news` or `timeml`
 * @returns non-overlapping expressions in text order, with UTF-16 offsets
 */
export function findTimes(text: string, options: FindTimesOptions): TimeExpr[] {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not \`${typeof text}\``);
  if (!options || typeof options !== 'object') throw new TypeError('Expected an options object with `dct` and `lang`');
  if (typeof options.lang !== 'string') throw new TypeError(`Expected options.lang to be a string, not \`${typeof options.lang}\``);
  let dct: CalendarDate | null = null;
  if (options.dct !== null) {
    if (typeof options.dct !== 'string' || !(dct = CalendarDate.parse(options.dct)))
      throw new TypeError(`Expected options.dct to be an ISO date (YYYY-MM-DD) or null, not \`${String(options.dct)}\``);
  }
  const timeml = options.spans === 'timeml';
  const lang = options.lang.toLowerCase().slice(0, 2);
  if (lang === 'es' || lang === 'en') return scan(text, grammarFor(lang), dct, timeml);
  return merge([scan(text, grammarFor('es'), dct, timeml), scan(text, grammarFor('en'), dct, timeml)]);
}
