/**
 * Word shape features: the collapsed character-class pattern (Collins 2002 "word type";
 * Ratinov & Roth 2009), e.g. "Pérez" → "Xx", "EE.UU." → "X.X.", "2,1" → "d,d", "AK-103" → "X-d",
 * and a coarse capitalisation class.
 *
 * @param word - A token.
 * @param coarse - When true, return the coarse class instead: `Cap`, `CAPS`, `low`, `mix`, `num`,
 *   `numx` (digits with other characters), `punct`, `other`; a one-letter word gets `1` appended.
 * @returns The shape string.
 */
export function wordShape(word: string, coarse = false): string {
  if (typeof word !== 'string') throw new TypeError('Expected a string word');
  if (coarse) return coarseShape(word);
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    let c: string;
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Coarse capitalisation / character class of a word. */
function coarseShape(word: string): string {
  let up = 0;
  let low = 0;
  let dig = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) dig++;
    else if (ch !== ch.toLowerCase()) up++;
    else if (ch !== ch.toUpperCase()) low++;
    else other++;
  }
  const suffix = word.length === 1 ? '1' : '';
  if (up + low === 0) {
    if (dig > 0) return other > 0 ? 'numx' : 'num' + suffix;
    return 'punct' + suffix;
  }
  if (dig > 0) return 'alnum';
  const first = word[0]!;
  const firstUp = first !== first.toLowerCase();
  if (low === 0) return (other > 0 ? 'CAPS.' : 'CAPS') + suffix;
  if (up === 0) return 'low' + (other > 0 ? '-' : '') + suffix;
  if (firstUp && up === 1) return 'Cap' + (other > 0 ? '-' : '');
  return firstUp ? 'CapMix' : 'mix';
}
