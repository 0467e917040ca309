import type { CleanContext } from '../clean/CleanContext.ts';
import type { OnlineClusterer } from '../cluster/OnlineClusterer.ts';
import type { ReadResult } from '../ingest/readInputs.ts';
import { loadClusterer } from '../pipeline/clusterState.ts';
import type { EntityRegistry } from '../resolve/EntityRegistry.ts';
import { loadRegistry } from '../resolve/loadRegistry.ts';
import { ingestDocs } from '../pipeline/ingestDocs.ts';
import { loadContext, type RunReport } from '../pipeline/runPipeline.ts';
import { analysisInput } from '../report/analysisInput.ts';
import { buildAnalysis } from '../report/buildAnalysis.ts';
import type { Store } from '../store/Store.ts';
import type { AnalysisArticle, AnalysisDoc } from '../types/index.ts';
import { buildCorpusIndex, type CorpusIndex } from './buildCorpusIndex.ts';
import { dateInRange } from './dateInRange.ts';
import type { ListQuery } from './parseQuery.ts';
import { storyComparison } from './storyComparison.ts';
import { subAnalysisInput } from './subAnalysisInput.ts';
import type { ArticleRow, EntityDetail, EntityRow, EventRow, Page, StoryComparison, StoryRow } from './viewTypes.ts';

/** Options for {@link Corpus}. */
export interface CorpusOptions {
  /** The store to serve. */
  store: Store;
  /**
   * How long lists may lag behind ingestion, in ms. The lists are served from one analysis of the whole
   * store, rebuilt when articles were added and the last build is older than this. `'auto'` (default):
   * five times the last build's duration, so rebuilding takes at most a sixth of the time under steady ingestion.
   * 0: always fresh.
   */
  maxStaleMs?: number | 'auto';
  /** The loaded per-article context (default: loaded on first ingest). */
  context?: CleanContext;
}

/** Most search hits considered for one list request. */
const MAX_HITS = 1000;

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function page<T>(items: readonly T[], q: ListQuery): Page<T> {
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length, limit: q.limit, offset: q.offset };
}

/**
 * The library behind `cotejo serve`: ingestion of read documents (one batch at a time), and the lists,
 * filters and pages the API and the web UI show, all read from one store.
 */
export class Corpus {
  readonly store: Store;
  readonly #maxStale: number | 'auto';
  #context: Promise<CleanContext> | null;
  #index: CorpusIndex | null = null;
  #builtAt = 0;
  #buildMs = 0;
  #builtCount = -1;
  #dirty = true;
  #queue: Promise<unknown> = Promise.resolve();
  #state: { registry: EntityRegistry; clusterer: OnlineClusterer } | null = null;
  #stateCount = -1;

  /** @param options the store and how stale lists may be */
  constructor(options: CorpusOptions) {
    if (!options?.store) throw new TypeError('Expected options with a `store`');
    const m = options.maxStaleMs ?? 'auto';
    if (m !== 'auto' && !(Number.isFinite(m) && m >= 0)) throw new TypeError(`Expected maxStaleMs to be 'auto' or a number ≥ 0, not \`${String(m)}\``);
    this.store = options.store;
    this.#maxStale = m;
    this.#context = options.context ? Promise.resolve(options.context) : null;
  }

  /**
   * Clean, extract and store documents, then run the corpus stages; batches run one after another.
   * @param docs read results, e.g. from `bytesToDocs`
   */
  async ingest(docs: readonly ReadResult[]): Promise<RunReport> {
    if (!Array.isArray(docs)) throw new TypeError('Expected an array of read results');
    const run = this.#queue.then(async () => {
      this.#context ??= loadContext();
      const context = await this.#context;
      // The corpus-stage state stays loaded between batches unless another process wrote to the store.
      if (!this.#state || this.store.count() !== this.#stateCount) this.#state = { registry: loadRegistry(this.store), clusterer: loadClusterer(this.store) };
      try {
        const report = await ingestDocs(docs, { store: this.store, context, state: this.#state });
        if (report.inserted) this.#dirty = true;
        this.#stateCount = this.store.count();
        return report;
      } catch (e) {
        this.#state = null;
        throw e;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The index the lists are served from, rebuilt when stale (see {@link CorpusOptions.maxStaleMs}). */
  index(): CorpusIndex {
    const now = Date.now();
    if (this.#index) {
      const changed = this.#dirty || this.store.count() !== this.#builtCount;
      const bound = this.#maxStale === 'auto' ? 5 * this.#buildMs : this.#maxStale;
      if (!changed || now - this.#builtAt < bound) return this.#index;
    }
    this.#dirty = false;
    this.#builtCount = this.store.count();
    const t = performance.now();
    // The lists need the stories' members, not their comparisons: those are built per story, on request.
    const fresh = this.#state && this.store.count() === this.#stateCount ? this.#state : null;
    // Without loaded state, read it from the store (what analysisInput does); with it, skip parsing it again.
    const input = fresh
      ? { ...subAnalysisInput(this.store, this.store.listArticles(), { entities: fresh.registry.entities() }), clusters: { events: fresh.clusterer.events(), stories: fresh.clusterer.stories() } }
      : analysisInput(this.store);
    const doc = buildAnalysis({ ...input, clusters: undefined });
    const clusters = input.clusters ?? { events: [], stories: [] };
    this.#index = buildCorpusIndex(
      {
        ...doc,
        events: clusters.events.map((e) => ({ ...e, articles: [...e.articles] })),
        stories: clusters.stories.map((s) => ({ ...s, articles: [...s.articles] })),
      },
      { entities: input.entities, clusters: input.clusters },
    );
    this.#buildMs = performance.now() - t;
    this.#builtAt = Date.now();
    return this.#index;
  }

  /** The analysis JSON (contract version 1) of every stored article, built now. */
  analysis(): AnalysisDoc {
    return buildAnalysis(analysisInput(this.store));
  }

  /** Search hits (id → snippet, best first) for a query, or null without one. */
  #hits(q: string | undefined): Map<string, string> | null {
    if (!q) return null;
    return new Map(this.store.search(q, MAX_HITS).map((h) => [h.id, h.snippet]));
  }

  #entityArticles(index: CorpusIndex, entity: string | undefined): Set<string> | null {
    if (!entity) return null;
    let set = index.articlesOfEntity.get(entity);
    if (!set) {
      const key = fold(entity);
      const e = index.doc.entities.find((x) => fold(x.name) === key || x.aliases.some((a) => fold(a) === key));
      set = e ? index.articlesOfEntity.get(e.id) : undefined;
    }
    return set ?? new Set();
  }

  #articleFilter(index: CorpusIndex, q: ListQuery): { test: (a: ArticleRow) => boolean; hits: Map<string, string> | null } {
    const hits = this.#hits(q.q);
    const ents = this.#entityArticles(index, q.entity);
    const outlet = q.outlet ? fold(q.outlet) : null;
    return {
      hits,
      test: (a) =>
        (!hits || hits.has(a.id)) &&
        (!ents || ents.has(a.id)) &&
        (!outlet || (a.outlet !== null && fold(a.outlet) === outlet)) &&
        (!q.language || a.language === q.language) &&
        dateInRange(a.published, q.from, q.to),
    };
  }

  /**
   * Articles matching the filters: outlet, language, date range, entity and full-text query (`q`, best
   * hits first, each with its snippet); otherwise in order of publication date.
   * @param q validated query
   */
  listArticles(q: ListQuery): Page<ArticleRow> {
    const index = this.index();
    const { test, hits } = this.#articleFilter(index, q);
    let rows: ArticleRow[];
    if (hits) rows = [...hits.keys()].flatMap((id) => index.articleById.get(id) ?? []).filter(test).map((a) => ({ ...a, snippet: hits.get(a.id)! }));
    else rows = index.articles.filter(test);
    return page(rows, q);
  }

  /**
   * Stories with at least one article matching the filters (a story's date range must overlap the dates);
   * latest first, or best search hit first with `q`.
   * @param q validated query
   */
  listStories(q: ListQuery): Page<StoryRow> {
    const index = this.index();
    const { test, hits } = this.#articleFilter(index, { ...q, from: undefined, to: undefined });
    let stories = index.stories.filter((s) => s.articles.some((id) => test(index.articleById.get(id)!)));
    if (q.from || q.to) stories = stories.filter((s) => s.dateRange && dateInRange(s.dateRange[1], q.from) && dateInRange(s.dateRange[0], undefined, q.to));
    if (hits) {
      const rank = new Map([...hits.keys()].map((id, i) => [id, i]));
      const best = (s: StoryRow): number => Math.min(...s.articles.map((id) => rank.get(id) ?? Infinity));
      stories = stories.map((s) => [s, best(s)] as const).sort((x, y) => x[1] - y[1]).map(([s]) => s);
    }
    return page(stories.map(({ raw: _raw, ...s }) => s), q);
  }

  /**
   * Events with at least one article matching the filters.
   * @param q validated query
   */
  listEvents(q: ListQuery): Page<EventRow> {
    const index = this.index();
    const { test } = this.#articleFilter(index, { ...q, from: undefined, to: undefined });
    const events = index.events.filter(
      (e) => e.articles.some((id) => index.articleById.has(id) && test(index.articleById.get(id)!)) && (!(q.from || q.to) || (!!e.date && dateInRange(e.dateRange?.[1] ?? e.date, q.from) && dateInRange(e.dateRange?.[0] ?? e.date, undefined, q.to))),
    );
    return page(events, q);
  }

  /**
   * Entities, most mentioned first, filtered by type and by a name or alias containing `q` (accents and case folded).
   * @param q validated query
   */
  listEntities(q: ListQuery): Page<EntityRow> {
    const index = this.index();
    const needle = q.q ? fold(q.q) : null;
    const rows = index.entities.filter((e) => (!q.type || e.type === q.type) && (!needle || [e.name, ...e.aliases].some((n) => fold(n).includes(needle))));
    return page(rows, q);
  }

  /**
   * One article as in the analysis JSON, with all its sources; read from the store now. Accepts an
   * unambiguous id prefix of 6+ characters.
   * @param id article id or prefix
   */
  article(id: string): AnalysisArticle | null {
    if (typeof id !== 'string') throw new TypeError(`Expected an article id, not \`${typeof id}\``);
    const a = this.store.getArticle(id);
    if (!a) return null;
    const doc = buildAnalysis(subAnalysisInput(this.store, [a], this.index().input));
    const row = this.index().articleById.get(a.id);
    const out = doc.articles[0]!;
    return { ...out, story: out.story ?? row?.story ?? null, event: out.event ?? row?.event ?? null };
  }

  /**
   * A story's comparison (see `storyComparison`), or null for an unknown id.
   * @param id story id
   */
  story(id: string): StoryComparison | null {
    const index = this.index();
    const s = index.storyById.get(id);
    return s ? storyComparison(this.store, s, index) : null;
  }

  /**
   * One event with its articles, or null for an unknown id.
   * @param id event id
   */
  event(id: string): (EventRow & { rows: ArticleRow[] }) | null {
    const index = this.index();
    const e = index.eventById.get(id);
    return e ? { ...e, rows: e.articles.flatMap((a) => index.articleById.get(a) ?? []) } : null;
  }

  /**
   * One entity with every designation grouped by outlet, or null for an unknown id.
   * @param id entity id
   */
  entity(id: string): EntityDetail | null {
    const index = this.index();
    const e = index.entityById.get(id);
    const row = index.entities.find((x) => x.id === id);
    if (!e || !row) return null;
    const groups = new Map<string, EntityDetail['byOutlet'][number]['designations']>();
    for (const d of e.designations) {
      const outlet = index.articleById.get(d.article)?.outlet ?? null;
      const key = outlet ?? '(unknown outlet)';
      const list = groups.get(key) ?? [];
      list.push({ article: d.article, outlet, text: d.text, start: d.start, end: d.end, loaded: d.loaded, how: d.how });
      groups.set(key, list);
    }
    const byOutlet = [...groups].map(([outlet, designations]) => ({ outlet, designations })).sort((x, y) => x.outlet.localeCompare(y.outlet));
    return { ...row, byOutlet, articleIds: [...(index.articlesOfEntity.get(id) ?? [])] };
  }
}
