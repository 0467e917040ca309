/**
 * Deterministic 32-bit hashing for the feature-hashing trick (Weinberger et al. 2009):
 * FNV-1a over UTF-16 code units for strings, and the MurmurHash3 finaliser to combine.
 */
export const hashing = {
  /**
   * FNV-1a 32-bit hash of a string, seeded.
   *
   * @param s - The string.
   * @param seed - A 32-bit seed (default the FNV offset basis).
   */
  str(s: string, seed = 0x811c9dc5): number {
    let h = seed | 0;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h | 0;
  },
  /**
   * Combine two 32-bit values into one well-mixed 32-bit value (MurmurHash3 fmix32).
   *
   * @param a - First value.
   * @param b - Second value.
   */
  mix(a: number, b: number): number {
    let h = (a ^ Math.imul(b + 0x7f4a7c15, 0x9e3779b1)) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h | 0;
  },
};
