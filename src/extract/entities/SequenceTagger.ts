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
   */
  tagIds(tokens: readonly string[]): Int32Array {
    const n = tokens.length;
    const L = this.L;
    const fz = this.model.featurizer;
    const F = fz.perToken;
    if (n === 0) return new Int32Array(0);
    if (this.feats.length < n * F) this.feats = new Int32Array(n * F * 2);
    if (this.emis.length < n * L) this.emis = new Float64Array(n * L * 2);
    if (this.path.length < n) this.path = new Int32Array(n * 2);
    const feats = fz.featurize(tokens, this.feats);
    const emis = this.emis;
    const w = this.model.weights;
    emis.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const eb = i * L;
      const fb = i * F;
      for (let k = 0; k < F; k++) {
        const wb = feats[fb + k]! * L;
        for (let y = 0; y < L; y++) emis[eb + y]! += w[wb + y]!;
      }
    }
    return viterbi(emis, n, L, this.trans, this.start, this.path).subarray(0, n);
  }
}
