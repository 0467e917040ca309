/**
 * Turn any string a user types into a safe FTS5 query: each whitespace-separated chunk becomes a quoted
 * phrase of its letter/digit runs (so "EE.UU." searches the phrase "EE UU"), chunks combine with AND.
 * Returns null when the string has nothing to search for.
 * @param input the raw query
 */
export function ftsQuery(input: string): string | null {
  if (typeof input !== 'string') throw new TypeError(`Expected a string, not \`${typeof input}\``);
  const phrases = input
    .split(/\s+/u)
    .map((chunk) => chunk.match(/[\p{L}\p{N}]+/gu)?.join(' '))
    .filter((p): p is string => !!p)
    .map((p) => `"${p}"`);
  return phrases.length ? phrases.join(' ') : null;
}
