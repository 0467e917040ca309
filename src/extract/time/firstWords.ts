/** Strings that end with CLOSED have reached the end of their first word. */
const CLOSED = '\u0000';
/** Cap on the number of first words before a pattern counts as able to start anywhere. */
const MAX_WORDS = 4096;
/** Key under which patterns that start with a digit are filed. */
export const DIGIT_KEY = '#';

class Unbounded extends Error {}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

function concat(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) {
    if (x.endsWith(CLOSED)) out.add(x);
    else for (const y of b) out.add(x + y);
    if (out.size > MAX_WORDS) throw new Unbounded();
  }
  return out;
}

/** What one character contributes to the first word: a letter continues it, a digit at the start files it under '#', anything else ends it. */
function charWords(c: string): string {
  if (LETTER.test(c)) return c.toLowerCase();
  if (DIGIT.test(c)) return DIGIT_KEY + CLOSED;
  return CLOSED;
}

/**
 * The words a match of a regular-expression source can begin with (lower case, as the letters
 * run up to the first non-letter; `#` for a leading digit), or null when it can begin with any
 * word: the FIRST set of the pattern over words (Aho, Sethi & Ullman 1986, §4.4), used to try
 * only the rules that can start at a given word. Handles the subset the time grammars use:
 * groups, lookarounds, alternation, quantifiers, classes and escapes.
 * @param source regex source, as given to `new RegExp` with the `u` flag
 */
export function firstWords(source: string): Set<string> | null {
  let i = 0;
  /** Above 0 while parsing what follows a finished first word: content no longer matters. */
  let dead = 0;
  const atEnd = () => i >= source.length;
  const unbounded = (): Set<string> => {
    if (dead) return new Set(['']);
    throw new Unbounded();
  };

  /** Characters of an escape, as a set of contributions, or 'zero' for an assertion. */
  function escape(): Set<string> | 'zero' {
    const c = source[i + 1] ?? '';
    i += 2;
    if (c === 'd') return new Set([DIGIT_KEY + CLOSED]);
    if (c === 's' || c === 'S' || c === 'W') return new Set([CLOSED]);
    if (c === 'b' || c === 'B') return 'zero';
    if (c === 'p' || c === 'P' || c === 'w' || c === 'D') {
      if (source[i] === '{') i = source.indexOf('}', i) + 1;
      return unbounded();
    }
    return new Set([charWords(c)]);
  }

  function charClass(): Set<string> {
    i++; // [
    if (source[i] === '^') {
      i--;
      skipClass();
      return unbounded();
    }
    const set = new Set<string>();
    let prev = '';
    while (!atEnd() && source[i] !== ']') {
      if (source[i] === '\\') {
        const e = escape();
        if (e !== 'zero') for (const x of e) set.add(x);
        prev = '';
        continue;
      }
      if (source[i] === '-' && prev && source[i + 1] !== ']') {
        const from = prev.charCodeAt(0);
        const to = source[i + 1]!.charCodeAt(0);
        i += 2;
        if (to - from > 64) {
          skipClass();
          return unbounded();
        }
        for (let k = from; k <= to; k++) set.add(charWords(String.fromCharCode(k)));
        prev = '';
        continue;
      }
      prev = source[i]!;
      set.add(charWords(prev));
      i++;
    }
    i++; // ]
    return set;
  }

  /** Skip a lookaround's body, up to and past its closing parenthesis. */
  function skipGroup(): void {
    let depth = 1;
    let inClass = false;
    while (!atEnd() && depth > 0) {
      const c = source[i]!;
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      i++;
    }
  }

  /** Skip a character class from its `[` (or from inside it) past its `]`. */
  function skipClass(): void {
    while (!atEnd() && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    i++;
  }

  function atom(): Set<string> {
    const c = source[i]!;
    let words: Set<string>;
    if (c === '(') {
      let look = false;
      if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) (i += 3), (look = true);
      else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) (i += 4), (look = true);
      else if (source.startsWith('(?<', i)) i = source.indexOf('>', i) + 1;
      else i++;
      if (look) {
        skipGroup();
        words = new Set(['']);
      } else {
        words = alternation();
        i++; // )
      }
    } else if (c === '[') words = charClass();
    else if (c === '\\') {
      const e = escape();
      words = e === 'zero' ? new Set(['']) : e;
    } else if (c === '.') (i++), (words = unbounded());
    else if (c === '^' || c === '$') (i++), (words = new Set(['']));
    else (i++), (words = new Set([charWords(c)]));
    const q = source[i];
    const open = [...words].some((w) => !w.endsWith(CLOSED) && w !== '');
    if (q === '?') (i++), (words = new Set([...words, '']));
    else if (q === '*' || q === '+' || q === '{') {
      if (q === '{') {
        const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
        if (!m) return unbounded();
        i += m[0].length;
        if (m[1] === '0') words = new Set([...words, '']);
        if (open && m[2] !== undefined) words = unbounded();
      } else {
        i++;
        if (open) words = unbounded();
        if (q === '*') words = new Set([...words, '']);
      }
    }
    if (source[i] === '?') i++; // lazy
    return words;
  }

  function sequence(): Set<string> {
    let words = new Set(['']);
    while (!atEnd() && source[i] !== '|' && source[i] !== ')') {
      const finished = [...words].every((w) => w.endsWith(CLOSED));
      if (finished) dead++;
      const next = atom();
      if (finished) dead--;
      else words = concat(words, next);
    }
    return words;
  }

  function alternation(): Set<string> {
    const words = sequence();
    while (source[i] === '|') {
      i++;
      for (const w of sequence()) words.add(w);
      if (words.size > MAX_WORDS) throw new Unbounded();
    }
    return words;
  }

  try {
    const out = new Set<string>();
    for (const w of alternation()) {
      const word = w.endsWith(CLOSED) ? w.slice(0, -1) : w;
      if (word === '') return null;
      out.add(word);
    }
    return out;
  } catch (e) {
    if (e instanceof Unbounded) return null;
    throw e;
  }
}
