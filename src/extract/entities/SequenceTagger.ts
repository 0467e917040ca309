import { bioConstraints } from './bioConstraints.ts';
import { Featurizer } from './Featurizer.ts';
import { normalizeToken } from './normalizeToken.ts';
import { viterbi } from './viterbi.ts';

/** A sentence tagger: BIO labels for the tokens of one sentence. */
export interface Tagger {
  /**
   * Tag one sentence.
   *
   * @param tokens - The sentence's tokens, in order.
   * @returns One BIO label per token (`O`, `B-PER`, `I-PER`, …).
   */
  tag(tokens: readonly string[]): string[];
}

/** The parameters of a linear-chain model over hashed features. */
export interface SequenceModel {
  /** Label names; index = label id. */
  labels: readonly string[];
  /** Feature extractor (with its clusters and gazetteer). */
  featurizer: Featurizer;
  /** Weights, `buckets * L`, bucket-major (quantised or float). */
  weights: Int16Array | Float32Array | Float64Array;
  /** Label transition scores `[prev * L + cur]`, in weight units. */
  transitions: ArrayLike<number>;
  /** Start scores per label, in weight units. */
  start: ArrayLike<number>;
}

/**
 * A linear-chain tagger over hashed features, decoded with Viterbi under IOB2 constraints;
 * the model is an averaged structured perceptron (Collins 2002).
 */
export class SequenceTagger implements Tagger {
  /** Number of labels. */
  private readonly L: number;
  /** Constrained transitions. */
  private readonly trans: Float64Array;
  /** Constrained start scores. */
  private readonly start: Float64Array;
  /** Scratch buffers. */
  private feats = new Int32Array(64 * 64);
  private emis = new Float64Array(64 * 16);
  private path = new Int32Array(64);

  /**
   * Wrap a model.
   *
   * @param model - Labels, featurizer, weights, transitions and start scores.
   */
  constructor(readonly model: SequenceModel) {
    if (!model || !model.featurizer || !model.weights || !Array.isArray(model.labels)) {
      throw new TypeError('Expected a SequenceModel with labels, featurizer and weights');
    }
    this.L = model.labels.length;
    this.trans = Float64Array.from(model.transitions);
    this.start = Float64Array.from(model.start);
    if (this.trans.length !== this.L * this.L || this.start.length !== this.L) {
      throw new TypeError('Expected L * L transitions and L start scores');
    }
    bioConstraints(this.trans, this.start, model.labels);
  }

  /**
   * Tag one sentence with BIO labels.
   *
   * @param tokens - The sentence's tokens.
   * @returns One label per token.
   */
  tag(tokens: readonly string[]): string[] {
    if (!Array.isArray(tokens)) throw new TypeError('Expected an array of token strings');
    const ids = this.tagIds(tokens.map(normalizeToken));
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.model.labels[ids[i]!]!;
    return out;
  }

  /**
   * Label ids for already-normalised tokens (the returned buffer is reused by the next call).
   *
   * @param tokens - Normalised tokens.
   * @param extra - Optional further feature buckets, `extraPer` per token (0 = none), e.g. document features.
   * @param extraPer - Number of extra buckets per token.
   */
  tagIds(tokens: readonly string[], extra?: Int32Array, extraPer = 0): Int32Array {
    const n = tokens.length;
    if (n === 0) return new Int32Array(0);
    const fz = this.model.featurizer;
    if (this.feats.length < n * fz.perToken) this.feats = new Int32Array(n * fz.perToken * 2);
    return this.tagPrepared(fz.forms(tokens), fz.featurize(tokens, this.feats, 1), extra, extraPer);
  }

  /**
   * Label ids from a sentence's prepared features (the returned buffer is reused by the next call).
   *
   * @param forms - `featurizer.forms(tokens)`.
   * @param feats - `featurizer.featurize(tokens, buffer, 1)` (the word-only features are read from caches).
   * @param extra - Optional further feature buckets, `extraPer` per token (0 = none).
   * @param extraPer - Number of extra buckets per token.
   */
  tagPrepared(forms: readonly string[], feats: Int32Array, extra?: Int32Array, extraPer = 0): Int32Array {
    const n = forms.length;
    if (n === 0) return new Int32Array(0);
    const emis = this.emissions(forms, feats, extra, extraPer);
    if (this.path.length < n) this.path = new Int32Array(n * 2);
    return viterbi(emis, n, this.L, this.trans, this.start, this.path).subarray(0, n);
  }

  /**
   * Best label ids for given per-token scores under this model's transitions (reused buffer).
   *
   * @param scores - `n * L` label scores.
   * @param n - Number of tokens.
   */
  decode(scores: Float64Array, n: number): Int32Array {
    if (this.path.length < n) this.path = new Int32Array(n * 2);
    return viterbi(scores, n, this.L, this.trans, this.start, this.path).subarray(0, n);
  }

  /**
   * Per-token label scores of a sentence from its prepared features (`n * L`; the buffer is reused
   * by the next call).
   *
   * @param forms - `featurizer.forms(tokens)`.
   * @param feats - `featurizer.featurize(tokens, buffer, 1)`.
   */
  scores(forms: readonly string[], feats: Int32Array): Float64Array {
    return this.emissions(forms, feats, undefined, 0);
  }

  /**
   * Per-token label scores (`n * L`, reused buffer). The word-only features of each word are summed
   * once per word and role and cached, so a token costs five cached vectors plus its few
   * context-dependent features.
   */
  private emissions(forms: readonly string[], feats: Int32Array, extra: Int32Array | undefined, extraPer: number): Float64Array {
    const n = forms.length;
    const L = this.L;
    const fz = this.model.featurizer;
    const F = fz.perToken;
    const P = fz.perWord;
    const roles = fz.roles;
    const R = roles.length;
    if (this.emis.length < n * L) this.emis = new Float64Array(n * L * 2);
    if (this.rows.length < n + 4) this.rows = new Array(n * 2 + 4);
    const rows = this.rows;
    rows[0] = rows[1] = this.padBefore ??= this.wordScores(null, -1);
    rows[n + 2] = rows[n + 3] = this.padAfter ??= this.wordScores(null, 1);
    const cache = this.wordCache;
    for (let i = 0; i < n; i++) {
      const w = forms[i]!;
      let r = cache.get(w);
      if (r === undefined) {
        if (cache.size >= WORD_CACHE_MAX) cache.clear();
        r = this.wordScores(w, 0);
        cache.set(w, r);
      }
      rows[i + 2] = r;
    }
    const emis = this.emis;
    const w = this.model.weights;
    if (L === 9 && R === 5) {
      emissions9(n, rows, roles, feats, F, P, w, extra, extraPer, emis);
      return emis;
    }
    for (let i = 0; i < n; i++) {
      const eb = i * L;
      for (let y = 0; y < L; y++) emis[eb + y] = 0;
      for (let r = 0; r < R; r++) {
        const row = rows[i + 2 + roles[r]!]!;
        const rb = r * L;
        for (let y = 0; y < L; y++) emis[eb + y]! += row[rb + y]!;
      }
      const fb = i * F;
      for (let k = P; k < F; k++) {
        const wb = feats[fb + k]! * L;
        for (let y = 0; y < L; y++) emis[eb + y]! += w[wb + y]!;
      }
      if (extra) {
        const xb = i * extraPer;
        for (let k = 0; k < extraPer; k++) {
          const wb = extra[xb + k]! * L;
          if (wb === 0) continue;
          for (let y = 0; y < L; y++) emis[eb + y]! += w[wb + y]!;
        }
      }
    }
    return emis;
  }

  /** Summed weights of a word's word-only features, per role (`roles.length * L`). */
  private wordScores(word: string | null, side: number): Float64Array {
    const L = this.L;
    const fz = this.model.featurizer;
    const b = fz.wordBuckets(word, side);
    const w = this.model.weights;
    const starts = fz.roleStarts;
    const out = new Float64Array(fz.roles.length * L);
    for (let r = 0; r < fz.roles.length; r++) {
      for (let k = starts[r]!; k < starts[r + 1]!; k++) {
        const wb = b[k]! * L;
        for (let y = 0; y < L; y++) out[r * L + y]! += w[wb + y]!;
      }
    }
    return out;
  }

  /** Cached word scores. */
  private readonly wordCache = new Map<string, Float64Array>();
  private rows: Float64Array[] = new Array(128);
  private padBefore: Float64Array | undefined;
  private padAfter: Float64Array | undefined;
}

/** Cap of the per-word score cache before it is cleared. */
const WORD_CACHE_MAX = 200_000;

/**
 * `emissions` unrolled for the CoNLL label set (9 labels) and 5 word roles: the same sums, kept in
 * locals (about twice as fast as the generic loops).
 */
function emissions9(
  n: number,
  rows: Float64Array[],
  roles: readonly number[],
  feats: Int32Array,
  F: number,
  P: number,
  w: Int16Array | Float32Array | Float64Array,
  extra: Int32Array | undefined,
  extraPer: number,
  emis: Float64Array,
): void {
  const o0 = roles[0]! + 2, o1 = roles[1]! + 2, o2 = roles[2]! + 2, o3 = roles[3]! + 2, o4 = roles[4]! + 2;
  for (let i = 0; i < n; i++) {
    const r0 = rows[i + o0]!, r1 = rows[i + o1]!, r2 = rows[i + o2]!, r3 = rows[i + o3]!, r4 = rows[i + o4]!;
    let e0 = r0[0]! + r1[9]! + r2[18]! + r3[27]! + r4[36]!;
    let e1 = r0[1]! + r1[10]! + r2[19]! + r3[28]! + r4[37]!;
    let e2 = r0[2]! + r1[11]! + r2[20]! + r3[29]! + r4[38]!;
    let e3 = r0[3]! + r1[12]! + r2[21]! + r3[30]! + r4[39]!;
    let e4 = r0[4]! + r1[13]! + r2[22]! + r3[31]! + r4[40]!;
    let e5 = r0[5]! + r1[14]! + r2[23]! + r3[32]! + r4[41]!;
    let e6 = r0[6]! + r1[15]! + r2[24]! + r3[33]! + r4[42]!;
    let e7 = r0[7]! + r1[16]! + r2[25]! + r3[34]! + r4[43]!;
    let e8 = r0[8]! + r1[17]! + r2[26]! + r3[35]! + r4[44]!;
    const fb = i * F;
    for (let k = P; k < F; k++) {
      const b = feats[fb + k]! * 9;
      e0 += w[b]!;
      e1 += w[b + 1]!;
      e2 += w[b + 2]!;
      e3 += w[b + 3]!;
      e4 += w[b + 4]!;
      e5 += w[b + 5]!;
      e6 += w[b + 6]!;
      e7 += w[b + 7]!;
      e8 += w[b + 8]!;
    }
    if (extra) {
      const xb = i * extraPer;
      for (let k = 0; k < extraPer; k++) {
        const b = extra[xb + k]! * 9;
        if (b === 0) continue;
        e0 += w[b]!;
        e1 += w[b + 1]!;
        e2 += w[b + 2]!;
        e3 += w[b + 3]!;
        e4 += w[b + 4]!;
        e5 += w[b + 5]!;
        e6 += w[b + 6]!;
        e7 += w[b + 7]!;
        e8 += w[b + 8]!;
      }
    }
    const eb = i * 9;
    emis[eb] = e0;
    emis[eb + 1] = e1;
    emis[eb + 2] = e2;
    emis[eb + 3] = e3;
    emis[eb + 4] = e4;
    emis[eb + 5] = e5;
    emis[eb + 6] = e6;
    emis[eb + 7] = e7;
    emis[eb + 8] = e8;
  }
}
