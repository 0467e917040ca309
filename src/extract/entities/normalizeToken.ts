/** Typographic quotes and dashes mapped to the ASCII forms the CoNLL and AnCora corpora use. */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['«', '"'], ['»', '"'], ['“', '"'], ['”', '"'], ['„', '"'], ['‟', '"'], ["''", '"'], ['``', '"'],
  ['‘', "'"], ['’', "'"], ['‚', "'"], ['–', '-'], ['—', '-'], ['―', '-'], ['…', '...'],
]);

/** Dotted abbreviations such as "EE.UU." or "U.S.", written without periods in CoNLL-2002 ("EEUU"). */
const DOTTED_RE = /^(?:\p{L}{1,4}\.){2,}$/u;

/**
 * Normalise a token before feature extraction so that text from the tokenizer matches the
 * training corpora: typographic quotes and dashes become ASCII, "EE.UU." becomes "EEUU",
 * curly apostrophes become straight ones.
 *
 * @param token - A token as produced by `tokenize` or read from a corpus.
 * @returns The normalised form (the token itself when nothing applies).
 */
export function normalizeToken(token: string): string {
  const q = QUOTES.get(token);
  if (q !== undefined) return q;
  if (token.length > 3 && token.charCodeAt(token.length - 1) === 46 && DOTTED_RE.test(token) && token.length > 4) {
    // Multi-letter dotted groups ("EE.UU.") lose their dots; single-letter ones ("U.S.") keep them.
    if (/\p{L}{2}\./u.test(token)) return token.replace(/\./g, '');
  }
  return token.includes('’') ? token.replace(/’/g, "'") : token;
}
