/** Seeded PRNG (mulberry32): deterministic corpora for benchmarks. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pick one element of a non-empty list. */
export function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

/**
 * A PRNG with 128 bits of state (sfc32, Chris Doty-Humphrey's Small Fast Counting generator) seeded from a key,
 * for generating millions of independent streams: with 32-bit-state generators such as mulberry32, streams of
 * nearby seeds overlap (one is the other shifted), which would plant false duplicates in a large corpus.
 * @param key the stream's key (e.g. the article number)
 * @param salt distinguishes families of streams
 */
export function streamRng(key: number, salt: number): () => number {
  const mix = (x: number): number => {
    let h = x >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  let a = mix(key ^ mix(salt)), b = mix(a ^ 0x9e3779b9), c = mix(b ^ salt), d = mix(key + 0x632be5ab) ^ mix(salt + 1);
  const next = (): number => {
    a >>>= 0, b >>>= 0, c >>>= 0, d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}
