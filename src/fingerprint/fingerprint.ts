import { combine, fmix32, fnv1a } from './hash.ts';
import { fingerprintTag, type FingerprintOptions } from './FingerprintOptions.ts';
import { normalizeTokens, type NormTokens } from './normalizeTokens.ts';
import { STOPWORDS } from '../clean/boilerplate/patterns.ts';
import { foldAccents } from '../text/foldAccents.ts';

/** Stop words in the folded form the tokens have: shingles made only of them ("de la que") carry no evidence of reuse. */
const STOP: ReadonlySet<string> = new Set([...STOPWORDS].map(foldAccents));

/** The reuse fingerprint of one article. */
export interface Fingerprint {
  /** Parameters tag: fingerprints with different tags are never compared. */
  tag: string;
  /** Sorted, distinct 32-bit hashes of the word shingles (shingles made only of stop words left out). */
  shingles: Uint32Array;
  /** MinHash signature of the shingle set (Broder 1997). */
  minhash: Uint32Array;
  /** LSH keys: one per band of the article signature, then one per band of each sentence signature. */
  keys: Uint32Array;
  /** Number of words. */
  words: number;
}

const EMPTY = 0xffffffff;
const NO_SKIP = new Uint8Array(1 << 12);

/** Hash the word shingles of a token sequence: entry i is the shingle starting at word i. */
export function shingleHashes(words: readonly string[], k: number, seed: number): Uint32Array {
  const n = Math.max(0, words.length - k + 1);
  const wordHash = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHash[i] = fnv1a(words[i]!, seed);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = wordHash[i]!;
    for (let j = 1; j < k; j++) h = combine(h, wordHash[i + j]!);
    out[i] = h;
  }
  return out;
}

/**
 * MinHash of hashes[from, to): for each salt, the minimum of a cheap permutation of the (already avalanched)
 * shingle hashes: multiply by a golden-ratio odd constant after xoring the salt, then an xorshift.
 */
function minhashInto(hashes: Uint32Array, from: number, to: number, salts: Uint32Array, out: Uint32Array, skip: Uint8Array): void {
  for (let p = 0; p < salts.length; p++) {
    const salt = salts[p]!;
    let min = EMPTY;
    for (let i = from; i < to; i++) {
      if (skip[i]) continue;
      let v = Math.imul(hashes[i]! ^ salt, 0x9e3779b1);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < min) min = v;
    }
    out[p] = min;
  }
}

/** Sorted distinct values of a hash array. */
function sortedUnique(xs: Uint32Array): Uint32Array {
  const s = xs.slice().sort();
  let n = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[n - 1]) s[n++] = s[i]!;
  return s.slice(0, n);
}

function bandKeys(sig: Uint32Array, rows: number, salt: number, out: number[]): void {
  for (let b = 0; b * rows < sig.length; b++) {
    let h = combine(salt, b);
    for (let r = 0; r < rows; r++) h = combine(h, sig[b * rows + r]!);
    out.push(h);
  }
}

const saltCache = new Map<string, Uint32Array>();
function salts(seed: number, n: number, stream: number): Uint32Array {
  const key = `${seed}:${n}:${stream}`;
  let s = saltCache.get(key);
  if (!s) {
    s = new Uint32Array(n);
    for (let i = 0; i < n; i++) s[i] = fmix32(Math.imul(seed + 1, 0x9e3779b1) ^ fmix32(i * 2 + stream + 1));
    saltCache.set(key, s);
  }
  return s;
}

/**
 * Fingerprint an article for reuse detection: word shingles, a seeded MinHash signature (Broder 1997,
 * 32-bit hashing with Math.imul) and LSH band keys (Indyk & Motwani 1998) for the whole text, for each
 * sentence's shingles and for each sentence's content-word stems, so that candidates are found by containment,
 * sentence-level overlap and reworded sentences, not only by high Jaccard.
 * Pure and deterministic.
 * @param text the article's clean text (or its normalised tokens)
 * @param o resolved fingerprint options
 */
export function fingerprint(text: string | NormTokens, o: FingerprintOptions): Fingerprint {
  const t = typeof text === 'string' ? normalizeTokens(text) : text;
  const sh = shingleHashes(t.words, o.shingle, o.seed);
  // Skip shingles made only of stop words.
  const skip = new Uint8Array(sh.length);
  let kept = 0;
  for (let i = 0; i < sh.length; i++) {
    let all = true;
    for (let j = 0; j < o.shingle && all; j++) all = STOP.has(t.words[i + j]!);
    if (all) skip[i] = 1;
    else kept++;
  }
  const minhash = new Uint32Array(o.permutations);
  minhashInto(sh, 0, sh.length, salts(o.seed, o.permutations, 0), minhash, skip);
  const keys: number[] = [];
  if (kept) bandKeys(minhash, o.rows, 0xa5a5a5a5, keys);
  // Sentence signatures: shingles starting inside the sentence; short sentences merge with the next.
  const sSalts = salts(o.seed, o.sentencePermutations, 1);
  const sSig = new Uint32Array(o.sentencePermutations);
  const bounds = [...t.sentenceStarts, t.words.length];
  let from = 0;
  for (let s = 1; s < bounds.length; s++) {
    const to = Math.min(bounds[s]!, sh.length);
    if (to - from < o.minSentenceShingles && s < bounds.length - 1) continue;
    if (to - from >= Math.min(o.minSentenceShingles, 2)) {
      minhashInto(sh, from, to, sSalts, sSig, skip);
      if (sSig[0] !== EMPTY) bandKeys(sSig, o.sentenceRows, 0x5a5a5a5a, keys);
    }
    from = to;
  }
  // Stem signatures: the content-word stems of each lead sentence, so a reworded lead still meets its source.
  if (o.stemPermutations > 0) {
    const tSalts = salts(o.seed, o.stemPermutations, 2);
    const tSig = new Uint32Array(o.stemPermutations);
    for (let s = 1, made = 0; s < bounds.length && made < o.stemSentences; s++) {
      const stems: number[] = [];
      for (let i = bounds[s - 1]!; i < bounds[s]!; i++) {
        const w = t.words[i]!;
        if (w.length < 3 || STOP.has(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) continue;
        stems.push(fnv1a(w.slice(0, 5), o.seed));
      }
      if (stems.length < 4) continue;
      made++;
      minhashInto(Uint32Array.from(stems), 0, stems.length, tSalts, tSig, NO_SKIP);
      bandKeys(tSig, o.stemRows, 0x3c3c3c3c, keys);
    }
  }
  const content = new Uint32Array(kept);
  for (let i = 0, k = 0; i < sh.length; i++) if (!skip[i]) content[k++] = sh[i]!;
  return { tag: fingerprintTag(o), shingles: sortedUnique(content), minhash, keys: sortedUnique(Uint32Array.from(keys)), words: t.words.length };
}
