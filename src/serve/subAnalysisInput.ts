import type { AnalysisInput } from '../report/buildAnalysis.ts';
import type { Store } from '../store/Store.ts';
import type { Article } from '../types/index.ts';

/** Up to this many articles, entities are narrowed to those the articles mention. */
const SMALL = 200;

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
  const all = articles.length > SMALL;
  const used = all ? null : new Set(articles.flatMap((a) => store.getArticleResult<string[]>(a.id, 'entities') ?? []));
  return {
    articles,
    sources: (id) => store.sourcesOf(id),
    reuse: store.reusePairs(all ? undefined : articles.map((a) => a.id)),
    // For a few articles, only the entities they mention (names are then resolved among those alone).
    entities: used ? state.entities?.filter((e) => used.has(e.id)) : state.entities,
    entityIds: (id) => store.getArticleResult<string[]>(id, 'entities'),
    clusters: state.clusters,
    placement: (id) => store.getArticleResult<{ event: string; story: string; flags: string[] }>(id, 'cluster'),
  };
}
