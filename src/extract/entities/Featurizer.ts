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
  /** Word form → hierarchical cluster path of `pathBits` bits (optional; adds path-prefix features). */
  paths?: ReadonlyMap<string, number>;
  /** Length of the cluster paths in bits. */
  pathBits?: number;
  /**
   * External name lists (countries, cities) baked in at training time; masks are list ids, not
   * entity types (optional; adds match-code features for the token and its neighbours).
   */
  externalGazetteer?: Gazetteer;
}

/** Features per token read from the external gazetteer (see `featurize`). */
const EXT_FEATURES = 6;

// Unit slots: per-word hashed attributes, computed once per distinct word.
const U_W = 0, U_L = 1, U_SH = 2, U_SS = 3, U_C1 = 4, U_C2 = 5, U_CB = 6, U_P1 = 7, U_S1 = 11, U_LEN = 15;
// With hierarchical cluster paths: prefixes of 4, 6 and 10 bits and the whole path.
const U_B4 = 16, U_B6 = 17, U_B10 = 18, U_BF = 19;
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

/** Which units are read at which offsets, and where each role's features start. */
interface Layout {
  nUnits: number;
  /** Neighbour offsets and the units read at each. */
  context: ReadonlyArray<readonly [number, readonly number[]]>;
  /** Word-only features per token: bias + the current word's units, then each context offset's units. */
  perWord: number;
  /** Features per token: the word-only ones, then pairs, 4 sentence-position, 3 gazetteer, 1 headline, external lists. */
  perToken: number;
  /** Roles of a word relative to the tagged token, in feature order: itself, then the context offsets. */
  roles: readonly number[];
  /** First feature index of each role, plus `perWord` at the end. */
  roleStarts: readonly number[];
  /** Version 2: cluster paths, and case restoration in headlines written in capitals. */
  v2: boolean;
  /** External-gazetteer features present. */
  ext: boolean;
}

/** The feature layout without (version 1) or with (version 2) cluster-path units. */
function layoutOf(paths: boolean, ext: boolean): Layout {
  const nUnits = paths ? 20 : 16;
  const context: Array<readonly [number, readonly number[]]> = paths
    ? [
        [-2, [U_L, U_SS, U_C1, U_C2, U_B6]],
        [-1, [U_L, U_SS, U_C1, U_C2, U_SH, U_CB, U_S1 + 2, U_B4, U_B6, U_B10]],
        [1, [U_L, U_SS, U_C1, U_C2, U_SH, U_CB, U_B4, U_B6, U_B10]],
        [2, [U_L, U_SS, U_C1, U_C2, U_B6]],
      ]
    : [
        [-2, [U_L, U_SS, U_C1, U_C2]],
        [-1, [U_L, U_SS, U_C1, U_C2, U_SH, U_CB, U_S1 + 2]],
        [1, [U_L, U_SS, U_C1, U_C2, U_SH, U_CB]],
        [2, [U_L, U_SS, U_C1, U_C2]],
      ];
  const perWord = 1 + nUnits + context.reduce((s, [, u]) => s + u.length, 0);
  const roleStarts = [0, 1 + nUnits];
  for (const [, list] of context) roleStarts.push(roleStarts[roleStarts.length - 1]! + list.length);
  return {
    nUnits,
    context,
    perWord,
    perToken: perWord + PAIRS.length + 4 + 3 + (paths ? 1 : 0) + (ext ? EXT_FEATURES : 0),
    roles: [0, ...context.map(([off]) => off)],
    roleStarts,
    v2: paths,
    ext,
  };
}

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
  readonly perToken: number;
  /** The first `perWord` features of a token depend only on the words at fixed offsets (see `wordBuckets`). */
  readonly perWord: number;
  /** Offsets of the words whose word-only features a token reads (0 = itself), in feature order. */
  readonly roles: readonly number[];
  /** First feature index of each role in `roles`, plus `perWord` at the end. */
  readonly roleStarts: readonly number[];
  /** Unit layout. */
  private readonly layout: Layout;
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
  /** Scratch for external-gazetteer codes. */
  private ext = new Int32Array(256);

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
    this.layout = layoutOf(data.paths !== undefined, data.externalGazetteer !== undefined);
    this.perToken = this.layout.perToken;
    this.perWord = this.layout.perWord;
    this.roles = this.layout.roles;
    this.roleStarts = this.layout.roleStarts;
    this.restScratch = new Int32Array(64 * this.perToken);
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
  featurize(original: readonly string[], out?: Int32Array, skipWord = 0): Int32Array {
    const n = original.length;
    const { perToken: F, perWord: PER_WORD, nUnits: N_UNITS, context: CONTEXT, v2 } = this.layout;
    const tokens = v2 ? this.forms(original) : original;
    const caps = tokens !== original ? 1 : 0;
    const res = out && out.length >= n * F ? out : new Int32Array(n * F);
    if (this.gaz.length < n) this.gaz = new Int32Array(n * 2);
    const gaz = this.gaz;
    this.data.gazetteer.annotate(tokens, gaz);
    const extGaz = this.data.externalGazetteer;
    if (extGaz) {
      if (this.ext.length < n) this.ext = new Int32Array(n * 2);
      extGaz.annotate(tokens, this.ext);
    }
    const ext = this.ext;
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
      if (skipWord) {
        slot = PER_WORD;
        o += PER_WORD;
      } else {
        res[o++] = mix(0x5bd1e995, slot++) & mask;
        for (let k = 0; k < N_UNITS; k++) res[o++] = mix(u0[k]!, slot++) & mask;
        for (const [off, list] of CONTEXT) {
          const u = units[i + 2 + off]!;
          for (const k of list) res[o++] = mix(u[k]!, slot++) & mask;
        }
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
      // Headline in capitals: the profile of the case-restored word tells names from common words.
      if (v2) res[o++] = mix(mix(caps, u0[U_CB]!), slot++) & mask;
      // External name lists: match code (list ids, begin/inside) alone, with the coarse shape and
      // with the training-gazetteer code and with the previous word ("en Quentaria" vs "Quentaria
      // firmó"), and the codes of the neighbouring tokens.
      if (extGaz) {
        const x = ext[i]!;
        res[o++] = mix(x, slot++) & mask;
        res[o++] = mix(mix(x, u0[U_SS]!), slot++) & mask;
        res[o++] = mix(mix(x, g), slot++) & mask;
        res[o++] = mix(mix(x, units[i + 1]![U_L]!), slot++) & mask;
        res[o++] = mix(i > 0 ? ext[i - 1]! : -1, slot++) & mask;
        res[o++] = mix(i + 1 < n ? ext[i + 1]! : -1, slot++) & mask;
      }
    }
    return res;
  }

  /**
   * The word-only feature buckets of `word` in every role (as the tagged token, then at each
   * context offset, in `roles` order); feature `k < perWord` of a token at position i is
   * `wordBuckets(word at i + roles[r])[k]` for the role r with `roleStarts[r] <= k < roleStarts[r+1]`.
   *
   * @param word - A normalised token, or `null` for the padding before (-1) / after (+1) the sentence.
   * @param side - For padding: -1 before, +1 after.
   */
  wordBuckets(word: string | null, side = 0): Int32Array {
    const u = word === null ? (side < 0 ? this.bos : this.eos) : this.units(word);
    const mix = hashing.mix;
    const mask = this.mask;
    const { nUnits, context, perWord } = this.layout;
    const res = new Int32Array(perWord);
    let slot = 0;
    let o = 0;
    res[o++] = mix(0x5bd1e995, slot++) & mask;
    for (let k = 0; k < nUnits; k++) res[o++] = mix(u[k]!, slot++) & mask;
    for (const [, list] of context) for (const k of list) res[o++] = mix(u[k]!, slot++) & mask;
    return res;
  }

  /**
   * The remaining (not word-only) features of every token: `perToken - perWord` per token.
   *
   * @param tokens - The sentence's normalised tokens.
   * @param out - Output of at least `tokens.length * (perToken - perWord)` entries.
   */
  restFeatures(tokens: readonly string[], out: Int32Array): Int32Array {
    const n = tokens.length;
    const { perToken: F, perWord: P } = this.layout;
    const R = F - P;
    const full = this.featurize(tokens, this.restScratch.length >= n * F ? this.restScratch : (this.restScratch = new Int32Array(n * F * 2)), 1);
    for (let i = 0; i < n; i++) out.set(full.subarray(i * F + P, (i + 1) * F), i * R);
    return out;
  }

  /** Scratch for `restFeatures`. */
  private restScratch: Int32Array;

  /**
   * The forms whose word-only features a sentence's tokens get: the tokens themselves, except that
   * in a headline written in capitals (version-2 layout) every all-capital word is title-cased
   * ("PLENO CASARES ELEGIRA" → "Pleno Casares Elegira") so that clusters, profile and gazetteer apply.
   *
   * @param tokens - A sentence's normalised tokens.
   * @returns `tokens` itself when nothing changes, else a new array.
   */
  forms(tokens: readonly string[]): readonly string[] {
    if (!this.layout.v2) return tokens;
    let up = 0;
    let low = 0;
    for (const t of tokens) {
      const c = t.charCodeAt(0);
      const lw = c >= 97 && c <= 122 ? t : t.toLowerCase();
      if (lw === t) {
        if (c >= 97 || t.toUpperCase() !== t) low++;
      } else if (t.toUpperCase() === t) up++;
    }
    if (up < 3 || up <= 2 * low) return tokens;
    return tokens.map((t) => (t.length > 1 && t.toUpperCase() === t && t.toLowerCase() !== t ? t[0]! + t.slice(1).toLowerCase() : t));
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
    const u = new Int32Array(this.layout.nUnits);
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
    const { paths, pathBits = 0 } = this.data;
    if (paths) {
      const p = paths.get(word) ?? paths.get(lower);
      if (p === undefined) {
        u[U_B4] = u[U_B6] = u[U_B10] = u[U_BF] = h('b?' + ss);
      } else {
        u[U_B4] = h('b4' + (p >>> (pathBits - 4)));
        u[U_B6] = h('b6' + (p >>> (pathBits - 6)));
        u[U_B10] = h('b10' + (p >>> Math.max(0, pathBits - 10)));
        u[U_BF] = h('bf' + p);
      }
    }
    return u;
  }
}

/** Tokens after which the next token is treated as sentence-initial. */
function isOpener(t: string): boolean {
  return t === '"' || t === '-' || t === "'" || t === '(' || t === '¿' || t === '¡';
}
