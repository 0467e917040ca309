import { ENTITY_TYPES } from './labels.ts';

/**
 * A token-sequence gazetteer (a trie over tokens) that marks the longest match at each position,
 * for gazetteer features in the manner of Ratinov & Roth 2009. Entries carry a bit mask of the
 * entity types they were seen with (bit k = `ENTITY_TYPES[k]`).
 */
export class Gazetteer {
  /** Children of each node by token (index = node id; undefined for a leaf); node 0 is the root. */
  private readonly kids: Array<Map<string, number> | undefined> = [new Map()];
  /** Type mask of the entry ending at each node (0 = not an entry end). */
  private readonly masks: number[] = [0];
  /** Longest entry, in tokens. */
  private maxLen = 0;
  /** Number of entries. */
  size = 0;

  /**
   * Build a gazetteer from entries.
   *
   * @param entries - Pairs of (token sequence, entity-type mask); a repeated sequence ORs its masks.
   */
  constructor(entries: Iterable<readonly [readonly string[], number]> = []) {
    for (const [toks, mask] of entries) this.add(toks, mask);
  }

  /**
   * Add one entry.
   *
   * @param tokens - The entry's tokens (non-empty).
   * @param mask - Entity-type bit mask (non-zero).
   */
  add(tokens: readonly string[], mask: number): void {
    if (!Array.isArray(tokens) || tokens.length === 0) throw new TypeError('Expected a non-empty token array');
    if (!Number.isInteger(mask) || mask <= 0) throw new TypeError('Expected a positive type mask');
    let node = 0;
    for (const t of tokens) {
      let map = this.kids[node];
      if (!map) this.kids[node] = map = new Map();
      let next = map.get(t);
      if (next === undefined) {
        next = this.masks.length;
        this.masks.push(0);
        this.kids.push(undefined);
        map.set(t, next);
      }
      node = next;
    }
    if (this.masks[node] === 0) this.size++;
    this.masks[node]! |= mask;
    if (tokens.length > this.maxLen) this.maxLen = tokens.length;
  }

  /**
   * Mark greedy left-to-right longest matches in a sentence.
   *
   * @param tokens - The sentence's tokens.
   * @param out - Receives one code per token: 0 = no match, else `mask * 2 + (begin ? 0 : 1)`.
   */
  annotate(tokens: readonly string[], out: Int32Array): void {
    const n = tokens.length;
    out.fill(0, 0, n);
    let i = 0;
    while (i < n) {
      let node = 0;
      let bestEnd = -1;
      let bestMask = 0;
      const lim = Math.min(n, i + this.maxLen);
      for (let j = i; j < lim; j++) {
        const map = this.kids[node];
        const next = map === undefined ? undefined : map.get(tokens[j]!);
        if (next === undefined) break;
        node = next;
        const m = this.masks[node]!;
        if (m !== 0) {
          bestEnd = j + 1;
          bestMask = m;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      out[i] = bestMask * 2;
      for (let j = i + 1; j < bestEnd; j++) out[j] = bestMask * 2 + 1;
      i = bestEnd;
    }
  }

  /** Serialise as text: one entry per line, `mask<TAB>token token …` (tokens joined by U+0001-free spaces). */
  serialize(): string {
    const lines: string[] = [];
    const walk = (node: number, path: string[]): void => {
      const m = this.masks[node]!;
      if (m !== 0) lines.push(m + '\t' + path.join('\u0002'));
      for (const [key, child] of this.childrenOf(node)) walk(child, [...path, key]);
    };
    walk(0, []);
    return lines.join('\n');
  }

  /**
   * Rebuild a gazetteer from `serialize()` output.
   *
   * @param text - The serialised gazetteer.
   */
  static parse(text: string): Gazetteer {
    if (typeof text !== 'string') throw new TypeError('Expected a serialised gazetteer string');
    const g = new Gazetteer();
    if (text === '') return g;
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      g.add(line.slice(tab + 1).split('\u0002'), Number(line.slice(0, tab)));
    }
    return g;
  }

  /** Child edges of a node, sorted by token (serialisation). */
  private childrenOf(node: number): Array<[string, number]> {
    return [...(this.kids[node] ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Names of the types in a mask, joined by "|" (for debugging). */
  static typesOf(mask: number): string {
    return ENTITY_TYPES.filter((_, k) => mask & (1 << k)).join('|');
  }
}
