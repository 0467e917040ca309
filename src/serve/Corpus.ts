import { createHash } from 'node:crypto';
import type { CleanContext } from '../clean/CleanContext.ts';
import type { ReadResult } from '../ingest/readInputs.ts';
import { loadClusterer } from '../pipeline/clusterState.ts';
import { loadRegistry } from '../resolve/loadRegistry.ts';
import { ingestDocs } from '../pipeline/ingestDocs.ts';
import { loadContext, type RunReport } from '../pipeline/runPipeline.ts';
import { analysisInput } from '../report/analysisInput.ts';
import { buildAnalysis } from '../report/buildAnalysis.ts';
import type { Store } from '../store/Store.ts';
import type { AnalysisArticle, AnalysisDoc } from '../types/index.ts';
import type { CorpusIndex } from './buildCorpusIndex.ts';
import { LiveIndex } from './LiveIndex.ts';
import { externalVersion, searchRanked } from './storeReads.ts';
import { StoryPool } from './StoryPool.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { dateInRange } from './dateInRange.ts';
import type { ListQuery } from './parseQuery.ts';
import { storyComparison } from './storyComparison.ts';
import { subAnalysisInput } from './subAnalysisInput.ts';
import type { ArticleRow, EntityDetail, EntityRow, EventRow, Page, StoryComparison, StoryRow } from './viewTypes.ts';
import { foldAccents } from '../text/foldAccents.ts';

/** Options for {@link Corpus}. */
export interface CorpusOptions {
  /** The store to serve. */
  store: Store;
  /**
   * How long pages may lag behind changes the server did not make itself, in ms. The lists are served from
   * an index of the whole store that each ingested batch updates in place; it is rebuilt from the store only
   * when another process wrote to it, at most once per this bound (`'auto'`, the default: five times the
   * last build's duration). A story page is cached until one of its articles, events or sources changes;
   * corpus-wide figures on it (an entity's name, aliases, mention count) may lag by this bound (`'auto'`:
   * 10 s). 0: always fresh.
   */
  maxStaleMs?: number | 'auto';
  /** The loaded per-article context (default: loaded on first ingest). */
  context?: CleanContext;
  /** Most characters of story JSON kept in the story cache (default 32 M). */
  storyCacheChars?: number;
  /** Build story pages on a worker thread when the store is a SQLite file (default true). */
  storyWorker?: boolean;
  /** How many of the latest stories' pages the worker builds ahead of need after each index build (default 300). */
  prewarmStories?: number;
}

/** A story page's answer, ready to send: the comparison, its JSON and an entity tag for both. */
export interface StoryView {
  /** The comparison (parsed from the JSON on first use when it was built on the worker). */
  readonly value: StoryComparison;
  json: string;
  /** Strong validator of the JSON (the HTML's is derived from it). */
  etag: string;
  /** The HTML page, rendered once by `render` and kept. */
  html(render: (s: StoryComparison) => string): string;
}

/** Most search hits considered for one list request. */
const MAX_HITS = 1000;
/** Default lag of corpus-wide figures on cached story pages under `maxStaleMs: 'auto'`. */
const AUTO_ENTITY_LAG_MS = 10_000;

const fold = foldAccents;

function page<T>(items: readonly T[], q: ListQuery): Page<T> {
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length, limit: q.limit, offset: q.offset };
}

/** Search hits: id → rank (0 best), and a maker of snippets for some of them. */
interface Hits {
  rank: Map<string, number>;
  snippets: (ids: readonly string[]) => Map<string, string>;
}

interface CachedStory {
  view: StoryView;
  /** Generation of the story when built. */
  gen: number;
  /** Entities the page shows, and the sum of their generations when built. */
  entities: string[];
  entitySum: number;
  at: number;
  size: number;
}

/**
 * The library behind `cotejo serve`: ingestion of read documents (one batch at a time), and the lists,
 * filters and pages the API and the web UI show, all read from one store.
 */
export class Corpus {
  readonly store: Store;
  readonly #maxStale: number | 'auto';
  readonly #cacheChars: number;
  #context: Promise<CleanContext> | null;
  #live: LiveIndex | null = null;
  #version = 0;
  #builtAt = 0;
  #buildMs = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #storyGen = new Map<string, number>();
  #entityGen = new Map<string, number>();
  #stories = new Map<string, CachedStory>();
  #cached = 0;
  #inflight = new Map<string, { gen: number; urgent: boolean; promise: Promise<StoryView> }>();
  #pool: StoryPool | null | undefined = undefined;
  readonly #workers: boolean;
  readonly #prewarmCount: number;

  /** @param options the store and how stale pages may be */
  constructor(options: CorpusOptions) {
    if (!options?.store) throw new TypeError('Expected options with a `store`');
    const m = options.maxStaleMs ?? 'auto';
    if (m !== 'auto' && !(Number.isFinite(m) && m >= 0)) throw new TypeError(`Expected maxStaleMs to be 'auto' or a number ≥ 0, not \`${String(m)}\``);
    const c = options.storyCacheChars ?? 32 * 1024 * 1024;
    if (!(Number.isInteger(c) && c >= 0)) throw new TypeError(`Expected storyCacheChars to be an integer ≥ 0, not \`${String(c)}\``);
    this.store = options.store;
    this.#maxStale = m;
    this.#cacheChars = c;
    this.#workers = options.storyWorker ?? true;
    this.#prewarmCount = options.prewarmStories ?? 300;
    this.#context = options.context ? Promise.resolve(options.context) : null;
  }

  /**
   * Clean, extract and store documents, then run the corpus stages; batches run one after another. The
   * lists' index is updated with the batch as soon as it is stored.
   * @param docs read results, e.g. from `bytesToDocs`
   */
  async ingest(docs: readonly ReadResult[]): Promise<RunReport> {
    if (!Array.isArray(docs)) throw new TypeError('Expected an array of read results');
    const run = this.#queue.then(async () => {
      this.#context ??= loadContext();
      const context = await this.#context;
      // The corpus-stage state stays loaded between batches unless another process wrote to the store.
      const live = this.#fresh(true);
      try {
        // One document at a time, with a turn of the event loop between them, so that requests are
        // answered while a batch is cleaned and extracted.
        const paced = (async function* () {
          for (const d of docs) {
            await new Promise((r) => setImmediate(r));
            yield d;
          }
        })();
        const report = await ingestDocs(paced, { store: this.store, context, state: live.state });
        this.#applied(live, report.ids);
        return report;
      } catch (e) {
        // The state may be ahead of the store: load both again on next use.
        this.#live = null;
        throw e;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Record a stored batch in the index and invalidate the cached pages it touched. */
  #applied(live: LiveIndex, ids: readonly string[]): void {
    if (this.#live !== live) return;
    const delta = live.apply(ids);
    for (const s of delta.stories) this.#storyGen.set(s, (this.#storyGen.get(s) ?? 0) + 1);
    for (const e of delta.entities) this.#entityGen.set(e, (this.#entityGen.get(e) ?? 0) + 1);
    this.#version = externalVersion(this.store);
    // Pages that were cached and changed are rebuilt ahead of the next request.
    this.#prewarm(live, [...delta.stories].filter((s) => this.#stories.has(s)));
  }

  /**
   * The live index, built now when there is none or when another process wrote to the store (then at most
   * once per `maxStaleMs`, unless `force`).
   */
  #fresh(force = false): LiveIndex {
    const live = this.#live;
    if (live) {
      if (externalVersion(this.store) === this.#version) return live;
      const bound = this.#maxStale === 'auto' ? 5 * this.#buildMs : this.#maxStale;
      if (!force && Date.now() - this.#builtAt < bound) return live;
    }
    const t = performance.now();
    this.#version = externalVersion(this.store);
    this.#live = new LiveIndex(this.store, { registry: loadRegistry(this.store), clusterer: loadClusterer(this.store) });
    this.#stories.clear();
    this.#cached = 0;
    this.#inflight.clear();
    this.#pool?.clearLow();
    this.#buildMs = performance.now() - t;
    this.#builtAt = Date.now();
    this.#prewarm(this.#live);
    return this.#live;
  }

  /** The index the lists are served from (see {@link CorpusOptions.maxStaleMs}). */
  index(): CorpusIndex {
    return this.#fresh().current();
  }

  /** The analysis JSON (contract version 1) of every stored article, built now. */
  analysis(): AnalysisDoc {
    return buildAnalysis(analysisInput(this.store));
  }

  /** Search hits (id → rank, best first) and a maker of snippets for some of them, or null without a query. */
  #hits(q: string | undefined): Hits | null {
    if (!q) return null;
    const r = searchRanked(this.store, q, MAX_HITS);
    return { rank: new Map(r.ids.map((id, i) => [id, i])), snippets: r.snippets };
  }

  #entityArticles(index: CorpusIndex, entity: string | undefined): Set<string> | null {
    if (!entity) return null;
    let set = index.articlesOfEntity.get(entity);
    if (!set) {
      const key = fold(entity);
      const live = this.#fresh();
      const e = live.entities.find((x) => live.folded(x.id).split('\n').includes(key));
      set = e ? index.articlesOfEntity.get(e.id) : undefined;
    }
    return set ?? new Set();
  }

  #articleFilter(index: CorpusIndex, q: ListQuery): { test: (a: ArticleRow) => boolean; hits: Hits | null } {
    const hits = this.#hits(q.q);
    const ents = this.#entityArticles(index, q.entity);
    const outlet = q.outlet ? fold(q.outlet) : null;
    return {
      hits,
      test: (a) =>
        (!hits || hits.rank.has(a.id)) &&
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
    if (!hits) return page(index.articles.filter(test), q);
    const rows = [...hits.rank.keys()].flatMap((id) => index.articleById.get(id) ?? []).filter(test);
    const out = page(rows, q);
    const snippets = hits.snippets(out.items.map((a) => a.id));
    return { ...out, items: out.items.map((a) => ({ ...a, snippet: snippets.get(a.id) ?? '' })) };
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
      const { rank } = hits;
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
    const live = this.#fresh();
    const needle = q.q ? fold(q.q) : null;
    const rows = live.entities.filter((e) => (!q.type || e.type === q.type) && (!needle || live.folded(e.id).includes(needle)));
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
    const live = this.#fresh();
    const index = live.current();
    const row = index.articleById.get(a.id);
    // Only the article's own story and events are analysed, not every cluster of the corpus.
    const clusters = row?.story ? live.clustersOf(row.story) : index.input.clusters;
    const doc = buildAnalysis(subAnalysisInput(this.store, [a], { entities: index.input.entities, clusters }));
    const out = doc.articles[0]!;
    return { ...out, story: out.story ?? row?.story ?? null, event: out.event ?? row?.event ?? null };
  }

  /**
   * A story's comparison (see `storyComparison`), or null for an unknown id.
   * @param id story id
   */
  story(id: string): StoryComparison | null {
    return this.storyView(id)?.value ?? null;
  }

  /**
   * A story's comparison with its JSON and entity tag, from the cache when none of the story's articles,
   * events or sources changed since it was built (corpus-wide entity figures may lag, see
   * {@link CorpusOptions.maxStaleMs}); null for an unknown id.
   * @param id story id
   */
  storyView(id: string): StoryView | null {
    if (typeof id !== 'string') throw new TypeError(`Expected a story id, not \`${typeof id}\``);
    const live = this.#fresh();
    const index = live.current();
    const s = index.storyById.get(id);
    if (!s) return null;
    const hit = this.#lookup(live, id);
    if (hit) return hit;
    const gen = this.#storyGen.get(id) ?? 0;
    const value = storyComparison(this.store, s, { ...index, input: { entities: index.input.entities, clusters: live.clustersOf(id) } });
    return this.#put(id, gen, JSON.stringify(value), value);
  }

  /**
   * Like {@link storyView}, but a comparison that is not cached is built on a worker thread (on SQLite
   * file stores), so the event loop goes on serving other requests meanwhile.
   * @param id story id
   */
  async storyViewAsync(id: string): Promise<StoryView | null> {
    if (typeof id !== 'string') throw new TypeError(`Expected a story id, not \`${typeof id}\``);
    const live = this.#fresh();
    if (!live.index.storyById.has(id)) return null;
    const hit = this.#lookup(live, id);
    if (hit) return hit;
    const pool = this.#poolFor();
    if (!pool) return this.storyView(id);
    try {
      return await this.#build(pool, live, id, true);
    } catch {
      // The worker failed (or the job was dropped): build here.
      return this.storyView(id);
    }
  }

  /** A cached view that is still valid (see {@link CorpusOptions.maxStaleMs}), else null. */
  #lookup(live: LiveIndex, id: string): StoryView | null {
    const hit = this.#stories.get(id);
    if (!hit || hit.gen !== (this.#storyGen.get(id) ?? 0)) return null;
    const sum = hit.entities.reduce((n, e) => n + (this.#entityGen.get(e) ?? 0), 0);
    if (sum !== hit.entitySum) {
      const lag = this.#maxStale === 'auto' ? AUTO_ENTITY_LAG_MS : this.#maxStale;
      if (Date.now() - hit.at >= lag) return null;
      // Served as is for now; rebuilt ahead of the next request when a worker can.
      const pool = this.#poolFor();
      if (pool && !this.#inflight.has(id)) this.#build(pool, live, id, false).catch(() => undefined);
    }
    // Most recently used last.
    this.#stories.delete(id);
    this.#stories.set(id, hit);
    return hit.view;
  }

  /** Build a story's view on the worker, once per story and generation at a time. */
  #build(pool: StoryPool, live: LiveIndex, id: string, urgent: boolean): Promise<StoryView> {
    const gen = this.#storyGen.get(id) ?? 0;
    const had = this.#inflight.get(id);
    if (had && had.gen === gen && (had.urgent || !urgent)) return had.promise;
    const job = live.storyState(id);
    if (!job) return Promise.reject(new Error(`no story ${id}`));
    const entityGens = new Map((job.entities ?? []).map((e) => [e.id, this.#entityGen.get(e.id) ?? 0]));
    const promise = pool.build(job, urgent).then((json) => {
      if (this.#inflight.get(id)?.promise === promise) this.#inflight.delete(id);
      // Cache it only if nothing it shows changed while it was built.
      const current = this.#live === live && (this.#storyGen.get(id) ?? 0) === gen;
      return this.#put(id, gen, json, undefined, current ? entityGens : null);
    });
    promise.catch(() => {
      if (this.#inflight.get(id)?.promise === promise) this.#inflight.delete(id);
    });
    this.#inflight.set(id, { gen, urgent, promise });
    return promise;
  }

  /** The worker pool for story pages, when the store is a SQLite file and workers are on. */
  #poolFor(): StoryPool | null {
    if (this.#pool !== undefined) return this.#pool?.alive ? this.#pool : null;
    const path = this.#workers && this.store instanceof SqliteStore && this.store.db.open && !this.store.db.memory ? this.store.db.name : null;
    try {
      this.#pool = path ? new StoryPool(path) : null;
    } catch {
      this.#pool = null;
    }
    return this.#pool;
  }

  /** Build ahead of need the pages of the first stories of the list (the ones most likely opened). */
  #prewarm(live: LiveIndex, ids?: Iterable<string>): void {
    const pool = this.#poolFor();
    if (!pool || !this.#prewarmCount) return;
    const list = ids ? [...ids] : live.current().stories.slice(0, this.#prewarmCount).map((s) => s.id);
    for (const id of list) if (!this.#stories.has(id) || ids) this.#build(pool, live, id, false).catch(() => undefined);
  }

  /** Cache a view (unless it is too large, or `gens` is null: it may already be out of date). */
  #put(id: string, gen: number, json: string, value?: StoryComparison, gens?: Map<string, number> | null): StoryView {
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    let parsed = value ?? null;
    let html: string | null = null;
    const view: StoryView = {
      get value() {
        return (parsed ??= JSON.parse(json) as StoryComparison);
      },
      json,
      etag,
      html: (render) => (html ??= render(view.value)),
    };
    if (gens === null || json.length > this.#cacheChars) return view;
    const entities = gens ? [...gens.keys()] : view.value.entities.map((e) => e.id);
    const entitySum = entities.reduce((n, e) => n + (gens ? gens.get(e)! : (this.#entityGen.get(e) ?? 0)), 0);
    this.#forget(id);
    this.#stories.set(id, { view, gen, entities, entitySum, at: Date.now(), size: json.length });
    this.#cached += json.length;
    for (const old of this.#stories.keys()) {
      if (this.#cached <= this.#cacheChars) break;
      this.#forget(old);
    }
    return view;
  }

  /** Stop the story worker, if one runs. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    await pool?.close();
  }

  #forget(id: string): void {
    const e = this.#stories.get(id);
    if (!e) return;
    this.#stories.delete(id);
    this.#cached -= e.size;
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
