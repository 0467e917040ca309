import { readFileSync } from 'node:fs';

/** A labelled sentence: tokens and their BIO tags. */
export interface LabelledSentence {
  tokens: string[];
  tags: string[];
}

/** Options for `readConll`. */
export interface ReadConllOptions {
  /** Entity types to keep; tags of other types become `O` (e.g. AnCora's DATE and NUM). */
  keepTypes?: readonly string[];
  /** Column separator: a space (CoNLL-2002) or a tab (AnCora); default any whitespace. */
  separator?: RegExp;
}

/**
 * Read a CoNLL-format file: one token per line with its tag in the last column, blank lines
 * between sentences; `-DOCSTART-` lines are skipped.
 *
 * @param path - File path.
 * @param options - Types to keep and column separator.
 * @returns The sentences.
 */
export function readConll(path: string, options: ReadConllOptions = {}): LabelledSentence[] {
  if (typeof path !== 'string') throw new TypeError('Expected a file path string');
  const keep = options.keepTypes ? new Set(options.keepTypes) : null;
  const sep = options.separator ?? /\s+/;
  const out: LabelledSentence[] = [];
  let cur: LabelledSentence = { tokens: [], tags: [] };
  let prevKept = false;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      prevKept = false;
      continue;
    }
    const cols = line.split(sep);
    const token = cols[0]!;
    if (token === '-DOCSTART-') continue;
    let tag = cols[cols.length - 1]!;
    if (keep && tag !== 'O' && !keep.has(tag.slice(2))) tag = 'O';
    // An I- tag whose B- was dropped or is missing starts a chunk: make that explicit.
    if (tag.startsWith('I-') && (!prevKept || cur.tags[cur.tags.length - 1]!.slice(2) !== tag.slice(2))) tag = 'B-' + tag.slice(2);
    prevKept = tag !== 'O';
    cur.tokens.push(token);
    cur.tags.push(tag);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}
