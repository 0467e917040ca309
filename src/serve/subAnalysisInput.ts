import type { AnalysisInput } from '../report/buildAnalysis.ts';
import type { Store } from '../store/Store.ts';
import type { Article } from '../types/index.ts';

/**
 * The input of `buildAnalysis` for a few articles, like `analysisInput(store, ids)` but with the corpus-stage
 * state (entity registry, clusters) given rather than parsed from the store again: a story page then costs
 * a few reads, not a load of the whole clusterer. Only the given clusters are analysed.
 * @param store the store the articles' sources, reuse pairs and per-article results are read from
 * @param articles the articles, in output order
 * @param state the registry's entities and the clusters to include (e.g. one story and its events)
 */
export function subAnalysisInput(store: Store, articles: readonly Article[], state: Pick<AnalysisInput, 'entities' | 'clusters'>): AnalysisInput {
  if (!Array.isArray(articles)) throw new TypeError('Expected an array of articles');
  return {
    articles,
    sources: (id) => store.sourcesOf(id),
    reuse: store.reusePairs(articles.map((a) => a.id)),
    entities: state.entities,
    entityIds: (id) => store.getArticleResult<string[]>(id, 'entities'),
    clusters: state.clusters,
    placement: (id) => store.getArticleResult<{ event: string; story: string; flags: string[] }>(id, 'cluster'),
  };
}
