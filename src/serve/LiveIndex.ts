import type { EventSummary, OnlineClusterer, StorySummary } from '../cluster/OnlineClusterer.ts';
import type { EntityRegistry, RegistryEntity } from '../resolve/EntityRegistry.ts';
import type { Store } from '../store/Store.ts';
import type { CorpusIndex, IndexedStory } from './buildCorpusIndex.ts';
import type { StoryJob } from './StoryPool.ts';
import { countIndependent, fallbackStories } from './fallbackStories.ts';
import { readPairs, readResults, readRows, type BaseRow, type PairLite, type Placement } from './storeReads.ts';
import type { ArticleRow, EntityRow, EventRow } from './viewTypes.ts';
import { foldAccents } from '../text/foldAccents.ts';

/** The corpus-stage state a server keeps loaded. */
export interface CorpusState {
  registry: EntityRegistry;
  clusterer: OnlineClusterer;
}

/** What one ingested batch changed, for caches keyed on stories and entities. */
export interface IndexDelta {
  /** Stories whose articles, events, label, dates or articles' sources may have changed. */
  stories: Set<string>;
  /** Entities whose name, aliases, type, mentions or designations may have changed. */
  entities: Set<string>;
}

const fold = foldAccents;

const rowOrder = (x: BaseRow, y: BaseRow): number => {
  const nx = x.published === null, ny = y.published === null;
  if (nx !== ny) return nx ? 1 : -1;
  const c = (a: string | null, b: string | null): number => (a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1);
  return c(x.published, y.published) || c(x.source, y.source) || c(x.id, y.id);
};
const storyOrder = (x: IndexedStory, y: IndexedStory): number =>
  (y.dateRange?.[1] ?? '').localeCompare(x.dateRange?.[1] ?? '') || y.articles.length - x.articles.length || x.id.localeCompare(y.id);

/**
 * The lists' index over the whole store, kept up to date as batches are ingested instead of being rebuilt:
 * a full build reads only list columns, per-article results and pair relations (no article documents, no
 * analysis), and each batch then updates the rows, stories, events and entities it touched. It serves
 * the same {@link CorpusIndex} as `buildCorpusIndex` over an analysis of the whole store.
 */
export class LiveIndex {
  readonly store: Store;
  readonly state: CorpusState;
  readonly index: CorpusIndex;
  #pairsOf = new Map<string, PairLite[]>();
  #entitiesOf = new Map<string, string[]>();
  #storySummary = new Map<string, StorySummary>();
  #eventSummary = new Map<string, EventSummary>();
  #entityRow = new Map<string, EntityRow>();
  #entitiesSorted = true;
  #storiesSorted = true;
  #folded: Map<string, string> | null = null;
  /** Stories and events are stand-ins built from reuse (the clusterer has none). */
  #fallback = false;

  /**
   * Build the index from the store and the loaded state.
   * @param store the store
   * @param state the registry and clusterer, as loaded from this store
   */
  constructor(store: Store, state: CorpusState) {
    this.store = store;
    this.state = state;
    this.index = {
      doc: { articles: [], reuse: [], entities: [], events: [], stories: [] },
      input: {},
      articles: [],
      articleById: new Map(),
      stories: [],
      storyById: new Map(),
      events: [],
      eventById: new Map(),
      entities: [],
      entityById: new Map(),
      articlesOfEntity: new Map(),
    };
    const rows = readRows(store);
    const ents = readResults<string[]>(store, 'entities');
    const placed = readResults<Placement>(store, 'cluster');
    for (const p of readPairs(store)) this.#addPair(p);
    for (const r of rows) this.#addRow(r, ents.get(r.id) ?? null, placed.get(r.id) ?? null, false);
    this.#refreshClusters(null);
    for (const e of state.registry.entities()) this.#refreshEntity(e);
    this.#entitiesSorted = false;
  }

  /** Entity rows, most mentioned first. */
  get entities(): EntityRow[] {
    if (!this.#entitiesSorted) {
      this.index.entities = [...this.#entityRow.values()].sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
      this.#entitiesSorted = true;
    }
    return this.index.entities;
  }

  /** The index, with its lazily sorted parts in order. */
  current(): CorpusIndex {
    void this.entities;
    if (!this.#storiesSorted) {
      this.index.stories.sort(storyOrder);
      this.#storiesSorted = true;
    }
    return this.index;
  }

  /** Folded name and aliases of each entity, joined by newlines (for substring search). */
  folded(id: string): string {
    if (!this.#folded) this.#folded = new Map();
    let f = this.#folded.get(id);
    if (f === undefined) {
      const e = this.index.entityById.get(id);
      f = e ? [e.name, ...e.aliases].map(fold).join('\n') : '';
      this.#folded.set(id, f);
    }
    return f;
  }

  /** The clusterer's summaries of a few stories and their events (for a story's own analysis). */
  clustersOf(storyId: string): { events: EventSummary[]; stories: StorySummary[] } | undefined {
    if (this.#fallback) return undefined;
    const s = this.#storySummary.get(storyId);
    if (!s) return { events: [], stories: [] };
    return { events: s.events.flatMap((e) => this.#eventSummary.get(e) ?? []), stories: [s] };
  }

  /**
   * What building a story's comparison needs of the loaded state, as plain data (for a worker thread):
   * the story row, its events, its cluster summaries and the entities its articles mention, with their
   * designations in those articles only.
   * @param storyId a story of the index
   */
  storyState(storyId: string): Omit<StoryJob, 'seq'> | null {
    const story = this.index.storyById.get(storyId);
    if (!story) return null;
    const members = new Set(story.articles);
    let entities: RegistryEntity[] | undefined = (this.#entityList ??= this.state.registry.entities());
    // Up to 200 articles the analysis narrows entities to those the articles mention (subAnalysisInput).
    if (members.size <= 200) {
      const used = new Set(story.articles.flatMap((a) => this.#entitiesOf.get(a) ?? []));
      entities = entities.filter((e) => used.has(e.id)).map((e) => ({ ...e, designations: e.designations.filter((d) => members.has(d.article)) }));
    }
    return { story, events: story.events.flatMap((e) => this.index.eventById.get(e) ?? []), clusters: this.clustersOf(storyId), entities };
  }

  /**
   * Apply a batch that was just stored through the loaded state.
   * @param ids the batch's article ids (new ones and duplicates)
   */
  apply(ids: readonly string[]): IndexDelta {
    const delta: IndexDelta = { stories: new Set(), entities: new Set() };
    const idx = this.index;
    const fresh = ids.filter((id) => !idx.articleById.has(id));
    // Duplicates may have gained a source: their stories' pages show it.
    for (const id of ids) {
      const s = idx.articleById.get(id)?.story;
      if (s) delta.stories.add(s);
    }
    if (!fresh.length) return delta;
    const rows = readRows(this.store, fresh);
    const ents = readResults<string[]>(this.store, 'entities', fresh);
    const placed = readResults<Placement>(this.store, 'cluster', fresh);
    const known = new Set(rows.map((r) => r.id));
    for (const p of readPairs(this.store, fresh)) {
      const has = (this.#pairsOf.get(p.a) ?? []).some((q) => q.a === p.a && q.b === p.b);
      if (!has) this.#addPair(p);
    }
    for (const r of rows) {
      this.#addRow(r, ents.get(r.id) ?? null, placed.get(r.id) ?? null, true);
      for (const e of this.#entitiesOf.get(r.id) ?? []) delta.entities.add(e);
      const pl = placed.get(r.id);
      if (pl) delta.stories.add(pl.story);
      // A story's independent sources count pairs among its articles.
      for (const p of this.#pairsOf.get(r.id) ?? []) for (const x of [p.a, p.b]) {
        const s = idx.articleById.get(x)?.story;
        if (s) delta.stories.add(s);
      }
    }
    if (this.#fallback || known.size !== fresh.length) this.#refreshClusters(null);
    else this.#refreshClusters(delta.stories);
    for (const id of delta.entities) {
      const e = this.#registryEntity(id);
      if (e) this.#refreshEntity(e);
    }
    if (delta.entities.size) this.#entityList = null;
    return delta;
  }

  #entityList: RegistryEntity[] | null = null;
  #registryById: Map<string, RegistryEntity> | null = null;
  #registryEntity(id: string): RegistryEntity | undefined {
    let e = this.#registryById?.get(id);
    if (!e) {
      // New entities appear in the registry: re-read its list once per miss.
      this.#registryById = new Map(this.state.registry.entities().map((x) => [x.id, x]));
      e = this.#registryById.get(id);
    }
    return e;
  }

  #addPair(p: PairLite): void {
    for (const id of [p.a, p.b]) {
      const list = this.#pairsOf.get(id);
      if (list) list.push(p);
      else this.#pairsOf.set(id, [p]);
    }
  }

  #addRow(r: BaseRow, ents: string[] | null, placed: Placement | null, sorted: boolean): void {
    const idx = this.index;
    if (idx.articleById.has(r.id)) return;
    const row: ArticleRow = { ...r, story: placed?.story ?? null, event: placed?.event ?? null };
    if (sorted) {
      let lo = 0, hi = idx.articles.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rowOrder(idx.articles[mid]!, row) <= 0) lo = mid + 1;
        else hi = mid;
      }
      idx.articles.splice(lo, 0, row);
    } else idx.articles.push(row);
    idx.articleById.set(r.id, row);
    const distinct = [...new Set((ents ?? []).filter((e) => !!e))];
    this.#entitiesOf.set(r.id, distinct);
    for (const e of distinct) {
      const set = idx.articlesOfEntity.get(e);
      if (set) set.add(r.id);
      else idx.articlesOfEntity.set(e, new Set([r.id]));
    }
  }

  #refreshEntity(e: RegistryEntity): void {
    const articles = this.index.articlesOfEntity.get(e.id)?.size ?? 0;
    // As the analysis of the whole store: entities that some stored article mentions.
    if (!articles) return;
    this.index.entityById.set(e.id, e);
    const byId = this.index.articleById;
    const ds = e.designations.filter((d) => byId.has(d.article));
    this.#entityRow.set(e.id, { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, articles, designations: ds.length, loaded: ds.filter((d) => d.loaded).length });
    this.#folded?.delete(e.id);
    this.#entitiesSorted = false;
  }

  #storyRow(s: StorySummary): IndexedStory {
    const byId = this.index.articleById;
    const members = s.articles.filter((x) => byId.has(x));
    const pairs = [...new Set(members.flatMap((id) => this.#pairsOf.get(id) ?? []))];
    const rows = members.map((id) => byId.get(id)!);
    return {
      id: s.id,
      label: s.label,
      articles: members,
      events: [...s.events],
      dateRange: s.dateRange,
      independentSources: countIndependent(members, pairs as never),
      outlets: [...new Set(rows.map((a) => a.outlet).filter((o): o is string => !!o))].sort(),
      languages: [...new Set(rows.map((a) => a.language))].sort(),
      provisional: false,
      raw: { ...s, articles: [...s.articles] },
    };
  }

  /**
   * Re-read stories and events from the clusterer: those in `changed`, or all with null.
   * Falls back to stories built from reuse when the clusterer has none.
   */
  #refreshClusters(changed: Set<string> | null): void {
    const idx = this.index;
    const stories = this.state.clusterer.stories();
    const events = this.state.clusterer.events();
    idx.input = { entities: undefined, clusters: { events, stories } };
    Object.defineProperty(idx.input, 'entities', { get: () => (this.#entityList ??= this.state.registry.entities()), enumerable: true, configurable: true });
    this.#storySummary = new Map(stories.map((s) => [s.id, s]));
    this.#eventSummary = new Map(events.map((e) => [e.id, e]));
    if (!stories.length && idx.articles.length) {
      this.#fallback = true;
      idx.input = { ...idx.input, clusters: undefined };
      const doc = { articles: idx.articles.map((a) => ({ id: a.id, title: a.title, text: '', published: { value: a.published } })), reuse: [...new Set([...this.#pairsOf.values()].flat())] };
      idx.stories = fallbackStories(doc as never).map((s) => {
        const rows = s.articles.map((id) => idx.articleById.get(id)!);
        return { ...s, events: [], outlets: [...new Set(rows.map((a) => a.outlet).filter((o): o is string => !!o))].sort(), languages: [...new Set(rows.map((a) => a.language))].sort(), provisional: true, raw: { ...s } };
      });
      idx.stories.sort(storyOrder);
      idx.storyById = new Map(idx.stories.map((s) => [s.id, s]));
      for (const s of idx.stories) for (const a of s.articles) idx.articleById.get(a)!.story = s.id;
      idx.events = [];
      idx.eventById = new Map();
      return;
    }
    const wasFallback = this.#fallback;
    this.#fallback = false;
    if (changed === null || wasFallback) {
      idx.stories = stories.map((s) => this.#storyRow(s));
      idx.stories.sort(storyOrder);
      idx.storyById = new Map(idx.stories.map((s) => [s.id, s]));
      idx.events = events.map((e) => ({ id: e.id, label: e.label, date: e.date, dateRange: e.dateRange, articles: [...e.articles], story: e.story }));
      idx.eventById = new Map(idx.events.map((e) => [e.id, e]));
      for (const a of idx.articles) a.story = a.story && !wasFallback ? a.story : null;
    } else {
      for (const id of changed) {
        const s = this.#storySummary.get(id);
        if (!s) continue;
        const row = this.#storyRow(s);
        const old = idx.storyById.get(id);
        if (old) Object.assign(old, row);
        else idx.stories.push(row), idx.storyById.set(id, row);
        for (const evId of s.events) {
          const e = this.#eventSummary.get(evId)!;
          const er: EventRow = { id: e.id, label: e.label, date: e.date, dateRange: e.dateRange, articles: [...e.articles], story: e.story };
          const oldE = idx.eventById.get(evId);
          if (oldE) Object.assign(oldE, er);
          else idx.events.push(er), idx.eventById.set(evId, er);
        }
      }
      this.#storiesSorted = false;
    }
    // Articles the clusterer placed but whose placement was not stored take their story's id.
    for (const s of changed === null ? idx.stories : [...changed].flatMap((id) => idx.storyById.get(id) ?? []))
      for (const a of s.articles) {
        const row = idx.articleById.get(a)!;
        if (!row.story) row.story = s.id;
      }
  }
}
