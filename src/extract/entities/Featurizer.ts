import { Gazetteer } from './Gazetteer.ts';
import { hashing } from './hashing.ts';
import { wordShape } from './wordShape.ts';

/** Distributional and gazetteer resources the features read. */
export interface FeaturizerData {
  /** log2 of the number of hash buckets. */
  hashBits: number;
  /** Word form → packed cluster ids: fine cluster in the low 16 bits, coarse in the high 16. */
  clusters: ReadonlyMap<string, number>;
  /** Lower-cased word → capitalisation-profile bucket from unlabelled text. */
  caseInfo: ReadonlyMap<string, number>;
  /** Entity gazetteer. */
  gazetteer: Gazetteer;
}

// Unit slots: per-word hashed attributes, computed once per distinct word.
const U_W = 0, U_L = 1, U_SH = 2, U_SS = 3, U_C1 = 4, U_C2 = 5, U_CB = 6, U_P1 = 7, U_S1 = 11, U_LEN = 15;
const N_UNITS = 16;
/** Neighbour offsets and the units read at each. */
const CONTEXT: ReadonlyArray<readonly [number, readonly number[]]> = [
  [-2, [U_L, U_SS, U_C1, U_C2]],
  [-1, [U_L, U_SS, U_C1, U_C2, U_SH, U_CB, U_S1 + 2]],
  [1, [U_L, U_SS, U_C1, U_C2, U_SH, U_CB]],
  [2, [U_L, U_SS, U_C1, U_C2]],
];
/** Bigram conjunctions: pairs of (offset, unit). */
const PAIRS: ReadonlyArray<readonly [number, number, number, number]> = [
  [-1, U_L, 0, U_L],
  [0, U_L, 1, U_L],
  [-1, U_SS, 0, U_SS],
  [0, U_SS, 1, U_SS],
  [-1, U_C2, 0, U_C2],
  [0, U_C2, 1, U_C2],
  [0, U_SS, 0, U_CB],
  [-1, U_L, 0, U_SS],
  [0, U_SS, 1, U_L],
];
/** Features per token: bias, the current word's units, context units, pairs, 4 sentence-position, 3 gazetteer. */
const PER_TOKEN = 1 + N_UNITS + CONTEXT.reduce((s, [, u]) => s + u.length, 0) + PAIRS.length + 4 + 3;
/** Cap of the per-word cache before it is cleared. */
const CACHE_MAX = 300_000;

/**
 * Hashed sparse features for sequence labelling (Ratinov & Roth 2009 feature set): word, lower case,
 * shape, prefixes/suffixes, word clusters (Brown et al. 1992-style class-based bigram clusters,
 * built by the exchange algorithm), a capitalisation profile from unlabelled text, a ±2 context
 * window, bigram conjunctions, sentence-initial capitalisation and gazetteer matches; each feature
 * is hashed into `2^hashBits` buckets (Weinberger et al. 2009).
 */
export class Featurizer {
  /** Number of features per token (fixed). */
  readonly perToken = PER_TOKEN;
  /** Bucket mask. */
  private readonly mask: number;
  /** Per-word unit cache. */
  private readonly cache = new Map<string, Int32Array>();
  /** Units of the padding before the sentence. */
  private readonly bos: Int32Array;
  /** Units of the padding after the sentence. */
  private readonly eos: Int32Array;
  /** Scratch for gazetteer codes. */
  private gaz = new Int32Array(256);

  /**
   * Create a featurizer.
   *
   * @param data - Hash size, clusters, capitalisation profile and gazetteer.
   */
  constructor(readonly data: FeaturizerData) {
    if (!data || !Number.isInteger(data.hashBits) || data.hashBits < 10 || data.hashBits > 26) {
      throw new TypeError('Expected FeaturizerData with hashBits in 10..26');
    }
    this.mask = (1 << data.hashBits) - 1;
    this.bos = this.computeUnits('\u0002<S>');
    this.eos = this.computeUnits('\u0002</S>');
  }

  /**
   * Feature buckets of every token of a sentence.
   *
   * @param tokens - The sentence's (normalised) tokens.
   * @param out - Optional output of at least `tokens.length * perToken` entries.
   * @returns Bucket ids, `perToken` per token, token-major.
   */
  featurize(tokens: readonly string[], out?: Int32Array): Int32Array {
    const n = tokens.length;
    const F = PER_TOKEN;
    const res = out && out.length >= n * F ? out : new Int32Array(n * F);
    if (this.gaz.length < n) this.gaz = new Int32Array(n * 2);
    const gaz = this.gaz;
    this.data.gazetteer.annotate(tokens, gaz);
    const units: Int32Array[] = new Array(n + 4);
    units[0] = this.bos;
    units[1] = this.bos;
    for (let i = 0; i < n; i++) units[i + 2] = this.units(tokens[i]!);
    units[n + 2] = this.eos;
    units[n + 3] = this.eos;
    const mix = hashing.mix;
    const mask = this.mask;
    let o = 0;
    for (let i = 0; i < n; i++) {
      const u0 = units[i + 2]!;
      let slot = 0;
      res[o++] = mix(0x5bd1e995, slot++) & mask;
      for (let k = 0; k < N_UNITS; k++) res[o++] = mix(u0[k]!, slot++) & mask;
      for (const [off, list] of CONTEXT) {
        const u = units[i + 2 + off]!;
        for (const k of list) res[o++] = mix(u[k]!, slot++) & mask;
      }
      for (const [oa, ka, ob, kb] of PAIRS) {
        res[o++] = mix(mix(units[i + 2 + oa]![ka]!, units[i + 2 + ob]![kb]!), slot++) & mask;
      }
      // Sentence position: initial token (and the one after an opening quote/dash) vs the rest.
      const first = i === 0 ? 1 : i === 1 && isOpener(tokens[0]!) ? 2 : 0;
      res[o++] = mix(mix(first, u0[U_SS]!), slot++) & mask;
      res[o++] = mix(mix(first, u0[U_CB]!), slot++) & mask;
      res[o++] = first ? mix(u0[U_L]!, slot++) & mask : mix(0x1234567, slot++) & mask;
      res[o++] = mix(mix(first, units[i + 3]![U_SS]!), slot++) & mask;
      // Gazetteer: match code alone, with the coarse shape, and with the capitalisation profile.
      const g = gaz[i]!;
      res[o++] = mix(g, slot++) & mask;
      res[o++] = mix(mix(g, u0[U_SS]!), slot++) & mask;
      res[o++] = mix(mix(g, u0[U_CB]!), slot++) & mask;
    }
    return res;
  }

  /** Cached per-word units. */
  private units(word: string): Int32Array {
    let u = this.cache.get(word);
    if (u === undefined) {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      u = this.computeUnits(word);
      this.cache.set(word, u);
    }
    return u;
  }

  /** Hash every per-word attribute of `word`. */
  private computeUnits(word: string): Int32Array {
    const h = hashing.str;
    const u = new Int32Array(N_UNITS);
    const lower = word.toLowerCase();
    const { clusters, caseInfo } = this.data;
    const c = clusters.get(word) ?? clusters.get(lower);
    const ss = wordShape(word, true);
    u[U_W] = h('w' + word);
    u[U_L] = h('l' + lower);
    u[U_SH] = h('h' + wordShape(word));
    u[U_SS] = h('s' + ss);
    u[U_C1] = c === undefined ? h('c1?' + ss) : h('c1' + (c & 0xffff));
    u[U_C2] = c === undefined ? h('c2?' + ss) : h('c2' + (c >>> 16));
    const cb = caseInfo.get(lower);
    u[U_CB] = h('cb' + (cb === undefined ? '?' : cb));
    for (let k = 0; k < 4; k++) {
      u[U_P1 + k] = lower.length > k + 1 ? h(`p${k}` + lower.slice(0, k + 1)) : h('p-');
      u[U_S1 + k] = lower.length > k + 1 ? h(`x${k}` + lower.slice(-(k + 1))) : h('x-');
    }
    u[U_LEN] = h('n' + Math.min(word.length, 8) + ss);
    return u;
  }
}

/** Tokens after which the next token is treated as sentence-initial. */
function isOpener(t: string): boolean {
  return t === '"' || t === '-' || t === "'" || t === '(' || t === '¿' || t === '¡';
}
