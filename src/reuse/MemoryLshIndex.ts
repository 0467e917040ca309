import type { CandidateIndex } from './CandidateIndex.ts';

/**
 * A compact in-memory LSH index: a chained hash table held in typed arrays (about 12 bytes per posting),
 * so that millions of documents fit in a few gigabytes. Insertion is amortised O(keys).
 */
export class MemoryLshIndex implements CandidateIndex {
  private heads: Int32Array;
  private keyOf: Uint32Array;
  private docOf: Uint32Array;
  private next: Int32Array;
  private n = 0;
  private docs = 0;

  /** @param expectedPostings initial capacity in postings (grows as needed) */
  constructor(expectedPostings = 1 << 16) {
    const cap = Math.max(16, expectedPostings);
    this.heads = new Int32Array(pow2(cap)).fill(-1);
    this.keyOf = new Uint32Array(cap);
    this.docOf = new Uint32Array(cap);
    this.next = new Int32Array(cap);
  }

  add(doc: number, keys: Uint32Array): void {
    if (this.n + keys.length > this.keyOf.length) this.grow(this.n + keys.length);
    const mask = this.heads.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const b = k & mask;
      this.keyOf[this.n] = k;
      this.docOf[this.n] = doc;
      this.next[this.n] = this.heads[b]!;
      this.heads[b] = this.n++;
    }
    this.docs++;
  }

  query(keys: Uint32Array, maxPostings = 5000): Map<number, number> {
    const hits = new Map<number, number>();
    const mask = this.heads.length - 1;
    const found: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      found.length = 0;
      let stop = false;
      for (let e = this.heads[k & mask]!; e >= 0; e = this.next[e]!) {
        if (this.keyOf[e] !== k) continue;
        if (found.length >= maxPostings) {
          stop = true;
          break;
        }
        found.push(this.docOf[e]!);
      }
      if (stop) continue;
      for (const d of found) hits.set(d, (hits.get(d) ?? 0) + 1);
    }
    return hits;
  }

  size(): number {
    return this.docs;
  }

  /** Bytes held by the typed arrays. */
  bytes(): number {
    return this.heads.byteLength + this.keyOf.byteLength + this.docOf.byteLength + this.next.byteLength;
  }

  private grow(min: number): void {
    const cap = Math.max(min, Math.floor(this.keyOf.length * 1.6));
    const k = new Uint32Array(cap);
    k.set(this.keyOf.subarray(0, this.n));
    const d = new Uint32Array(cap);
    d.set(this.docOf.subarray(0, this.n));
    this.keyOf = k;
    this.docOf = d;
    this.next = new Int32Array(cap);
    this.heads = new Int32Array(pow2(cap)).fill(-1);
    const mask = this.heads.length - 1;
    for (let e = 0; e < this.n; e++) {
      const b = this.keyOf[e]! & mask;
      this.next[e] = this.heads[b]!;
      this.heads[b] = e;
    }
  }
}

function pow2(n: number): number {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}
