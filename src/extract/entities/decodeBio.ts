/** A labelled chunk over token indices [start, end). */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/**
 * Decode IOB/BIO labels into chunks with the conlleval rules (CoNLL-2000 `conlleval`): a chunk
 * starts at `B-X`, at `I-X` after `O` or after a different type, and ends before `O`, `B-*` or
 * a type change.
 *
 * @param tags - One label per token (`O`, `B-X`, `I-X`; `S-`/`E-` are read as `B-`/`I-`).
 * @returns The chunks, in order.
 */
export function decodeBio(tags: readonly string[]): Chunk[] {
  if (!Array.isArray(tags)) throw new TypeError('Expected an array of BIO tags');
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const dash = t.indexOf('-');
    const prefix = dash < 0 ? t : t.slice(0, dash);
    const type = dash < 0 ? '' : t.slice(dash + 1);
    const begins = prefix === 'B' || prefix === 'S' || ((prefix === 'I' || prefix === 'E') && (!cur || cur.type !== type));
    if (cur && (prefix === 'O' || t === 'O' || begins)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (t !== 'O' && begins) cur = { type, start: i, end: i + 1 };
  }
  if (cur) {
    cur.end = tags.length;
    out.push(cur);
  }
  return out;
}
