import type { Grammar, TimeRule } from './Grammar.ts';
import { firstWords } from './firstWords.ts';
import { fold } from './fold.ts';

/** A rule with its pattern compiled to a sticky regular expression. */
export interface CompiledRule {
  rule: TimeRule;
  /** Sticky, case-insensitive, Unicode; run with `lastIndex` set to a word start. */
  re: RegExp;
}

/** A grammar ready to scan: compiled rules, trigger scanner and folded lexicon. */
export interface CompiledGrammar {
  grammar: Grammar;
  rules: CompiledRule[];
  /** Rules that can start with a (lower-case) word, `#` for a digit, in grammar order. */
  byFirst: Map<string, CompiledRule[]>;
  /** Rules for words not in `byFirst` (those that can start anywhere). */
  anyFirst: CompiledRule[];
  /** Global scanner for the words and digits that can sit inside an expression. */
  trigger: RegExp;
  /** Lexicon tables keyed by folded words (lower case, no accents, single spaces). */
  lexicon: Map<string, Map<string, number | string>>;
  /** Future-tense verbs (global, for the nearest-marker search). */
  future: RegExp;
  /** Past-tense verbs (global). */
  past: RegExp;
  /** Forward-pointing words just before an expression. */
  futureBefore: RegExp;
  /** Lower-cased words that only count in the case written in the grammar. */
  caseSensitive: Map<string, string>;
}

const ACCENTS: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u', Á: 'A', É: 'E', Í: 'I', Ó: 'O', Ú: 'U' };
const MACRO = /(?<!\\[pP])\{([A-Za-z]\w*)\}/g;
const WORD_END = '(?![\\p{L}\\p{N}])';

/** Make accented vowels optional in a regex source (`á` → `[áa]`), minding character classes. */
function accentInsensitive(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const plain = ACCENTS[c];
    out += plain ? (inClass ? c + plain : `[${c}${plain}]`) : c;
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex alternation of a lexicon table's keys, longest first, spaces as `\s+`. */
function alternation(keys: string[]): string {
  const sorted = [...keys].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map((k) => escapeRe(k).replace(/ /g, '\\s+')).join('|')})`;
}

/**
 * Compile a time grammar once: expand `{macros}` and lexicon tables in every rule, make accents
 * optional, and build the trigger scanner (HeidelTime's pattern compilation, Strötgen & Gertz 2013).
 * @param grammar the language's tables and rules
 */
export function compileGrammar(grammar: Grammar): CompiledGrammar {
  if (!grammar || !Array.isArray(grammar.rules)) throw new TypeError('Expected a time grammar with rules');
  const tables = new Map<string, string>();
  for (const [name, table] of Object.entries(grammar.lexicon)) tables.set(name, alternation(Object.keys(table)));
  const expand = (src: string, depth = 0): string => {
    if (depth > 8) throw new TypeError(`Expected macros without cycles, near \`${src.slice(0, 40)}\``);
    return src.replace(MACRO, (_, name: string) => {
      const macro = grammar.macros[name];
      if (macro !== undefined) return `(?:${expand(macro, depth + 1)})`;
      const table = tables.get(name);
      if (table !== undefined) return table;
      throw new TypeError(`Expected a macro or lexicon table named \`${name}\``);
    });
  };
  const rules = grammar.rules.map((rule) => {
    const source = accentInsensitive(expand(rule.pattern)) + WORD_END;
    return { rule, re: new RegExp(source, 'iuy') };
  });
  const firsts = rules.map((r) => firstWords(r.re.source));
  const anyFirst = rules.filter((_, k) => firsts[k] === null);
  const byFirst = new Map<string, CompiledRule[]>();
  for (const c of new Set(firsts.flatMap((f) => (f ? [...f] : [])))) {
    byFirst.set(c, rules.filter((_, k) => firsts[k] === null || firsts[k]!.has(c)));
  }

  const triggerWords = new Set(grammar.triggers.map((w) => w.toLowerCase()));
  for (const name of grammar.triggerTables) {
    const table = grammar.lexicon[name];
    if (!table) throw new TypeError(`Expected a lexicon table named \`${name}\``);
    for (const key of Object.keys(table)) triggerWords.add(key.split(' ')[0]!.toLowerCase());
  }
  const trigger = new RegExp(`\\d+|${accentInsensitive(alternation([...triggerWords]))}`, 'giu');

  const lexicon = new Map<string, Map<string, number | string>>();
  for (const [name, table] of Object.entries(grammar.lexicon)) {
    lexicon.set(name, new Map(Object.entries(table).map(([k, v]) => [fold(k), v])));
  }
  return {
    grammar,
    rules,
    byFirst,
    anyFirst,
    trigger,
    lexicon,
    future: new RegExp(grammar.future, 'giu'),
    past: new RegExp(grammar.past, 'giu'),
    futureBefore: new RegExp(accentInsensitive(grammar.futureBefore), 'iu'),
    caseSensitive: new Map(grammar.caseSensitive.map((w) => [w.toLowerCase(), w])),
  };
}
