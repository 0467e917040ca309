/** Parameters of a fingerprint. Signatures made with different parameters are never compared. */
export interface FingerprintOptions {
  /** Seed of the hash family (default 1). */
  seed: number;
  /** Words per shingle (default 3). */
  shingle: number;
  /** MinHash permutations of the whole article (default 64). */
  permutations: number;
  /** Rows per LSH band of the article signature (default 2: 32 bands of 2 rows). */
  rows: number;
  /** MinHash values per sentence (default 4). */
  sentencePermutations: number;
  /** Rows per band of the sentence signatures (default 2). */
  sentenceRows: number;
  /** Sentences with fewer shingles than this are joined to the next one (default 6). */
  minSentenceShingles: number;
  /** MinHash values per sentence over its content-word stems, which survive rewording (default 18; 0 turns them off). */
  stemPermutations: number;
  /** Rows per band of the stem signatures (default 3). */
  stemRows: number;
  /** Stem signatures are made for the first sentences only: rewrites keep the lead (default 6). */
  stemSentences: number;
}

/** The defaults, tuned for containment and sentence-level overlap (see bench/reuse.ts). */
export const DEFAULT_FINGERPRINT: Readonly<FingerprintOptions> = Object.freeze({
  seed: 1,
  shingle: 3,
  permutations: 64,
  rows: 2,
  sentencePermutations: 4,
  sentenceRows: 2,
  minSentenceShingles: 6,
  stemPermutations: 18,
  stemRows: 3,
  stemSentences: 6,
});

/**
 * Resolve and validate fingerprint options once, at the edge.
 * @param options partial options; missing fields take the defaults
 */
export function resolveFingerprintOptions(options: Partial<FingerprintOptions> = {}): FingerprintOptions {
  const o = { ...DEFAULT_FINGERPRINT, ...options };
  for (const [k, v] of Object.entries(o)) if (!Number.isInteger(v) || v < 0) throw new TypeError(`Expected a non-negative integer for \`${k}\`, not \`${String(v)}\``);
  if (o.permutations % o.rows !== 0) throw new TypeError('Expected `permutations` to be a multiple of `rows`');
  if (o.sentencePermutations % o.sentenceRows !== 0) throw new TypeError('Expected `sentencePermutations` to be a multiple of `sentenceRows`');
  if (o.stemRows === 0 || o.stemPermutations % o.stemRows !== 0) throw new TypeError('Expected `stemPermutations` to be a multiple of a non-zero `stemRows`');
  return o;
}

/** A short tag that identifies the parameters, stored with every signature. */
export function fingerprintTag(o: FingerprintOptions): string {
  return `s${o.seed}k${o.shingle}p${o.permutations}r${o.rows}sp${o.sentencePermutations}sr${o.sentenceRows}m${o.minSentenceShingles}st${o.stemPermutations}x${o.stemRows}l${o.stemSentences}`;
}
