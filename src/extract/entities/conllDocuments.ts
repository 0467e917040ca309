/**
 * Recover article boundaries in CoNLL-2002 Spanish files, which have no `-DOCSTART-` lines: each
 * EFE article opens with a dateline sentence such as "Ciudad ( País ) , 25 may ( EFE ) ." (also
 * "( EFECOM )"), so a sentence with "( EFE )" among its last four tokens starts a new document.
 *
 * @param sentences - The corpus sentences in file order (tokens only).
 * @returns `[start, end)` sentence ranges, one per document, covering every sentence in order.
 */
export function conllDocuments(sentences: readonly (readonly string[])[]): Array<[number, number]> {
  if (!Array.isArray(sentences)) throw new TypeError('Expected an array of token arrays');
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let s = 0; s < sentences.length; s++) {
    if (s > start && isDateline(sentences[s]!)) {
      out.push([start, s]);
      start = s;
    }
  }
  if (sentences.length > start) out.push([start, sentences.length]);
  return out;
}

/** Whether a sentence is an agency dateline ("… , 25 may ( EFE ) ."). */
function isDateline(toks: readonly string[]): boolean {
  if (toks.length > 30) return false;
  for (let j = Math.max(1, toks.length - 4); j < toks.length - 1; j++) {
    const t = toks[j]!;
    if ((t === 'EFE' || t === 'EFECOM') && toks[j - 1] === '(' && toks[j + 1] === ')') return true;
  }
  return false;
}
