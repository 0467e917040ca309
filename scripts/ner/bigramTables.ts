/** Class-bigram statistics shared by the word-clustering algorithms. */
export interface BigramTables {
  /** Clustered words by descending frequency (ties by form); word id = index. */
  vocab: [string, number][];
  id: Map<string, number>;
  /** Vocabulary size including the UNK and sentence-boundary ids (`vocab.length`, `vocab.length + 1`). */
  V: number;
  /** Right and left neighbours of each id, in CSR form: `off`, neighbour ids `nb`, counts `cnt`. */
  R: { off: Int32Array; nb: Int32Array; cnt: Float64Array };
  Lf: { off: Int32Array; nb: Int32Array; cnt: Float64Array };
  /** Total count of bigrams leaving and entering each id. */
  outTot: Float64Array;
  inTot: Float64Array;
}

/**
 * Count the word bigrams of unlabelled sentences over the words seen at least `minCount` times (rarer ones
 * share one UNK id; sentences are framed by a boundary id), as CSR neighbour tables for the exchange algorithm.
 * @param sentences tokenised sentences
 * @param minCount rarer words are not clustered
 */
export function bigramTables(sentences: readonly (readonly string[])[], minCount: number): BigramTables {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
  const vocab = [...freq].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const id = new Map<string, number>();
  vocab.forEach(([w], i) => id.set(w, i));
  const UNK = vocab.length;
  const BOS = vocab.length + 1;
  const V = vocab.length + 2;
  // Bigram counts as per-word maps, then CSR arrays for right and left neighbours.
  const right: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  for (const s of sentences) {
    let prev = BOS;
    for (const t of s) {
      const w = id.get(t) ?? UNK;
      right[prev]!.set(w, (right[prev]!.get(w) ?? 0) + 1);
      prev = w;
    }
    right[prev]!.set(BOS, (right[prev]!.get(BOS) ?? 0) + 1);
  }
  const left: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  for (let a = 0; a < V; a++) for (const [b, c] of right[a]!) left[b]!.set(a, c);
  const toCsr = (maps: Map<number, number>[]) => {
    const off = new Int32Array(V + 1);
    for (let w = 0; w < V; w++) off[w + 1] = off[w]! + maps[w]!.size;
    const nb = new Int32Array(off[V]!);
    const cnt = new Float64Array(off[V]!);
    for (let w = 0; w < V; w++) {
      let k = off[w]!;
      for (const [v, c] of maps[w]!) {
        nb[k] = v;
        cnt[k++] = c;
      }
    }
    return { off, nb, cnt };
  };
  const R = toCsr(right);
  const Lf = toCsr(left);
  const outTot = new Float64Array(V);
  const inTot = new Float64Array(V);
  for (let w = 0; w < V; w++) {
    for (let k = R.off[w]!; k < R.off[w + 1]!; k++) outTot[w]! += R.cnt[k]!;
    for (let k = Lf.off[w]!; k < Lf.off[w + 1]!; k++) inTot[w]! += Lf.cnt[k]!;
  }
  return { vocab, id, V, R, Lf, outTot, inTot };
}
