import type { CleanContext } from '../clean/CleanContext.ts';
import { clean } from '../clean/clean.ts';
import { extract } from '../extract/extract.ts';
import { fingerprint, type Fingerprint } from '../fingerprint/fingerprint.ts';
import type { FingerprintOptions } from '../fingerprint/FingerprintOptions.ts';
import type { OnlineClusterer } from '../cluster/OnlineClusterer.ts';
import type { EntityRegistry } from '../resolve/EntityRegistry.ts';
import { updateReuse } from '../reuse/updateReuse.ts';
import type { Store } from '../store/Store.ts';
import type { ExtractedArticle, RawDoc } from '../types/index.ts';

/** The per-article stages, in order: pure functions of their input and the loaded context. */
export const PER_ARTICLE_STAGES = ['clean', 'extract', 'fingerprint'] as const;

/** The corpus stages, in order: incremental, reading and updating state through the store. */
export const CORPUS_STAGES = ['reuse', 'resolve', 'cluster'] as const;

/** An article after the per-article stages. */
export interface AnalyzedDoc {
  article: ExtractedArticle;
  fp: Fingerprint;
}

/**
 * Run the per-article stages on one document: clean → extract → fingerprint. Pure: no store, no network,
 * so it can run in a worker or on another machine unchanged.
 * @param doc a document read by ingest
 * @param ctx loaded models
 * @param fp resolved fingerprint options
 */
export function analyzeDocument(doc: RawDoc, ctx: CleanContext, fp: FingerprintOptions): AnalyzedDoc {
  const article = extract(clean(doc, ctx));
  return { article, fp: fingerprint(article.text, fp) };
}

/**
 * Run the corpus stages for one newly stored article: reuse (LSH candidates, alignment, provenance) →
 * resolve (entity registry) → cluster (event and story). Returns the number of related pairs found.
 * @param d the analysed article, already in the store
 * @param store the store
 * @param state the loaded entity registry and clusterer (saved by the caller)
 */
export function updateCorpus(d: AnalyzedDoc, store: Store, state: { registry: EntityRegistry; clusterer: OnlineClusterer }): number {
  const x = d.article;
  const pairs = updateReuse(x, d.fp, store).length;
  store.putArticleResult(x.id, 'entities', state.registry.add(x.id, x.mentions, x.designations));
  const placed = state.clusterer.add({ id: x.id, title: x.title?.value ?? null, text: x.text, lang: x.language.code, published: x.published.value, entities: x.mentions, times: x.times });
  store.putArticleResult(x.id, 'cluster', placed);
  return pairs;
}
