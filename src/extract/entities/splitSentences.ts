import type { Token } from '../tokenize.ts';

/** Tokens that end a sentence. */
const ENDERS: ReadonlySet<string> = new Set(['.', '!', '?', '...', '…', '?!', '!?']);
/** Closing marks that stay with the sentence they follow. */
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '»', '”', '’', ')', ']']);
/** Longest sentence handed to the tagger; longer runs are cut (at a comma-like token if possible). */
const MAX_TOKENS = 150;

/**
 * Split a paragraph's tokens into sentences: after ".", "!", "?" or "..." (plus any closing quotes
 * or brackets) when the next token does not start in lower case. Abbreviations never split,
 * because the tokenizer keeps their period ("Sr.", "EE.UU."), which `Intl.Segmenter` cannot know.
 *
 * @param tokens - Tokens of one paragraph (from `tokenize`).
 * @returns Index ranges `[start, end)` into `tokens`, one per sentence.
 */
export function splitSentences(tokens: readonly Token[]): Array<[number, number]> {
  if (!Array.isArray(tokens)) throw new TypeError('Expected an array of tokens');
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    let end = -1;
    if (ENDERS.has(t)) {
      let j = i + 1;
      while (j < n && CLOSERS.has(tokens[j]!.text)) j++;
      const next = j < n ? tokens[j]!.text : '';
      if (j >= n || !/^\p{Ll}/u.test(next)) end = j;
    } else if (i - start + 1 >= MAX_TOKENS) {
      end = i + 1;
    }
    if (end > 0) {
      out.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < n) out.push([start, n]);
  return out;
}
