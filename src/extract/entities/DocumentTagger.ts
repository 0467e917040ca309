import { DOC_FEATURES, docFeatures } from './docFeatures.ts';
import { normalizeToken } from './normalizeToken.ts';
import { bioConstraints } from './bioConstraints.ts';
import { SequenceTagger, type Tagger } from './SequenceTagger.ts';
import { viterbi } from './viterbi.ts';

/** A tagger that can use the whole document: BIO labels for every sentence of an article. */
export interface DocumentLevelTagger extends Tagger {
  /**
   * Tag the sentences of one document together (document-level features see every sentence).
   *
   * @param sentences - The document's sentences, each an array of tokens.
   * @returns One BIO label array per sentence.
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
}

/**
 * Two-stage tagger (prediction aggregation, Krishnan & Manning 2006; Ratinov & Roth 2009): a
 * first-stage sentence tagger labels every sentence of the document, then a second-stage tagger
 * relabels each sentence with extra features saying what the first stage predicted for the same
 * words and names elsewhere in the document (`docFeatures`). Without a second stage it is the
 * first-stage tagger alone.
 */
/**
 * A second stage over a frozen first stage: its label scores are the first stage's plus weights of
 * the document features (a small table of `2^docBits` buckets), with its own transitions.
 */
export interface FrozenStage {
  /** Document-feature weights, `2^docBits * L`, in the first stage's weight units. */
  weights: Int16Array | Float32Array;
  docBits: number;
  transitions: ArrayLike<number>;
  start: ArrayLike<number>;
}

export class DocumentTagger implements DocumentLevelTagger {
  /** Constrained transitions and start scores of a frozen second stage. */
  private readonly frozen?: { w: Int16Array | Float32Array; docBits: number; trans: Float64Array; start: Float64Array };

  /**
   * Wrap the two stages.
   *
   * @param stage1 - Sentence-level tagger.
   * @param stage2 - Tagger over the same features (same featurizer) plus `DOC_FEATURES` document features per token.
   */
  constructor(
    readonly stage1: SequenceTagger,
    readonly stage2?: SequenceTagger | FrozenStage,
  ) {
    if (!(stage1 instanceof SequenceTagger)) throw new TypeError('Expected a SequenceTagger as the first stage');
    if (stage2 && !(stage2 instanceof SequenceTagger)) {
      const labels = stage1.model.labels;
      const trans = Float64Array.from(stage2.transitions);
      const start = Float64Array.from(stage2.start);
      bioConstraints(trans, start, labels);
      this.frozen = { w: stage2.weights, docBits: stage2.docBits, trans, start };
    }
  }

  /**
   * Tag one sentence as a document of its own.
   *
   * @param tokens - The sentence's tokens.
   */
  tag(tokens: readonly string[]): string[] {
    if (!Array.isArray(tokens)) throw new TypeError('Expected an array of token strings');
    return this.tagDocument([tokens])[0]!;
  }

  /**
   * Tag the sentences of one document.
   *
   * @param sentences - Token arrays, one per sentence.
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    if (!Array.isArray(sentences)) throw new TypeError('Expected an array of sentences');
    const labels = this.stage1.model.labels;
    const ids = this.tagDocumentIds(sentences.map((s) => {
      if (!Array.isArray(s)) throw new TypeError('Expected each sentence to be an array of token strings');
      return s.map(normalizeToken);
    }));
    return ids.map((y) => Array.from(y, (k) => labels[k]!));
  }

  /**
   * Label ids for the already-normalised sentences of one document (fresh arrays).
   *
   * @param sentences - Normalised token arrays.
   */
  tagDocumentIds(sentences: readonly (readonly string[])[]): Int32Array[] {
    if (!this.stage2) return sentences.map((s) => this.stage1.tagIds(s).slice());
    if (this.frozen) return this.tagFrozen(sentences);
    // Both stages read the same sentence features: compute them once.
    const fz = this.stage1.model.featurizer;
    const forms = sentences.map((s) => fz.forms(s));
    const feats = sentences.map((s) => fz.featurize(s, undefined, 1));
    const first = sentences.map((_, k) => this.stage1.tagPrepared(forms[k]!, feats[k]!).slice());
    const extra = docFeatures(sentences, first, fz.data.hashBits);
    const stage2 = this.stage2 as SequenceTagger;
    return sentences.map((_, k) => stage2.tagPrepared(forms[k]!, feats[k]!, extra[k], DOC_FEATURES).slice());
  }

  /** Two stages where the second adds document-feature weights to the first stage's scores. */
  private tagFrozen(sentences: readonly (readonly string[])[]): Int32Array[] {
    const fz = this.stage1.model.featurizer;
    const { w, docBits, trans, start } = this.frozen!;
    const L = this.stage1.model.labels.length;
    const scores: Float64Array[] = [];
    const first: Int32Array[] = [];
    for (const s of sentences) {
      const n = s.length;
      if (n === 0) {
        scores.push(new Float64Array(0));
        first.push(new Int32Array(0));
        continue;
      }
      const e = this.stage1.scores(fz.forms(s), fz.featurize(s, this.scratch.length >= n * fz.perToken ? this.scratch : (this.scratch = new Int32Array(n * fz.perToken * 2)), 1)).slice(0, n * L);
      scores.push(e);
      first.push(this.stage1.decode(e, n).slice());
    }
    const extra = docFeatures(sentences, first, docBits);
    const D = DOC_FEATURES;
    return sentences.map((s, k) => {
      const n = s.length;
      if (n === 0) return new Int32Array(0);
      const e = scores[k]!;
      const x = extra[k]!;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < D; j++) {
          const wb = x[i * D + j]! * L;
          if (wb === 0) continue;
          for (let y = 0; y < L; y++) e[i * L + y]! += w[wb + y]!;
        }
      }
      return viterbi(e, n, L, trans, start, new Int32Array(n));
    });
  }

  /** Feature scratch. */
  private scratch = new Int32Array(64 * 64);
}
