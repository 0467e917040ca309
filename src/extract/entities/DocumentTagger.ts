import { DOC_FEATURES, docFeatures } from './docFeatures.ts';
import { normalizeToken } from './normalizeToken.ts';
import { SequenceTagger, type Tagger } from './SequenceTagger.ts';

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
export class DocumentTagger implements DocumentLevelTagger {

  /**
   * Wrap the two stages.
   *
   * @param stage1 - Sentence-level tagger.
   * @param stage2 - Tagger over the same features (same featurizer) plus `DOC_FEATURES` document features per token.
   */
  constructor(
    readonly stage1: SequenceTagger,
    readonly stage2?: SequenceTagger,
  ) {
    if (!(stage1 instanceof SequenceTagger)) throw new TypeError('Expected a SequenceTagger as the first stage');
    if (stage2 !== undefined && !(stage2 instanceof SequenceTagger)) throw new TypeError('Expected a SequenceTagger as the second stage');
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
    // Both stages read the same sentence features: compute them once.
    const fz = this.stage1.model.featurizer;
    const forms = sentences.map((s) => fz.forms(s));
    const feats = sentences.map((s) => fz.featurize(s, undefined, 1));
    const first = sentences.map((_, k) => this.stage1.tagPrepared(forms[k]!, feats[k]!).slice());
    const extra = docFeatures(sentences, first, fz.data.hashBits);
    return sentences.map((_, k) => this.stage2!.tagPrepared(forms[k]!, feats[k]!, extra[k], DOC_FEATURES).slice());
  }
}
