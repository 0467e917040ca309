import { loadRegistry } from '../resolve/loadRegistry.ts';
import { loadClusterer } from '../pipeline/clusterState.ts';
import type { Store } from '../store/Store.ts';
import type { Diagnostic } from '../types/index.ts';
import type { AnalysisInput } from './buildAnalysis.ts';

/**
 * Gather from the store everything the analysis JSON shows about some articles: the articles in the given
 * order, their sources, reuse pairs, entities and each mention's entity.
 * @param store the store
 * @param ids the articles, in output order (all stored articles when omitted)
 * @param diagnostics problems met while reading them
 */
export function analysisInput(store: Store, ids?: readonly string[], diagnostics: readonly Diagnostic[] = []): AnalysisInput {
  const articles = ids ? store.listArticles({ ids }) : store.listArticles();
  if (ids) {
    const pos = new Map(ids.map((id, i) => [id, i]));
    articles.sort((a, b) => pos.get(a.id)! - pos.get(b.id)!);
  }
  const chosen = articles.map((a) => a.id);
  return {
    articles,
    sources: (id) => store.sourcesOf(id),
    diagnostics,
    reuse: store.reusePairs(chosen),
    entities: loadRegistry(store).entities(),
    entityIds: (id) => store.getArticleResult<string[]>(id, 'entities'),
    clusters: (() => {
      const c = loadClusterer(store);
      return { events: c.events(), stories: c.stories() };
    })(),
    placement: (id) => store.getArticleResult<{ event: string; story: string; flags: string[] }>(id, 'cluster'),
  };
}
