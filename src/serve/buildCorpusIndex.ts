import type { AnalysisInput } from '../report/buildAnalysis.ts';
import type { AnalysisDoc } from '../types/index.ts';
import { countIndependent, fallbackStories } from './fallbackStories.ts';
import type { ArticleRow, EntityRow, EventRow, StoryRow } from './viewTypes.ts';

/** What an index is built from: an analysis JSON, whose stories and events may lack their comparisons. */
export type IndexSource = Pick<AnalysisDoc, 'articles' | 'reuse' | 'entities'> & { events: readonly unknown[]; stories: readonly unknown[] };

/** A story of the index: its row and the story object of the analysis JSON as is. */
export type IndexedStory = StoryRow & { raw: Record<string, unknown> };

/** What the lists are served from: one analysis of the whole store, with lookups. */
export interface CorpusIndex {
  /** The analysis the index was built from (stories and events as the clusterer summarises them). */
  doc: IndexSource;
  /** The corpus-stage state the index was built with, reused for the analyses of single stories and articles. */
  input: Pick<AnalysisInput, 'entities' | 'clusters'>;
  articles: ArticleRow[];
  articleById: Map<string, ArticleRow>;
  stories: IndexedStory[];
  storyById: Map<string, IndexedStory>;
  events: EventRow[];
  eventById: Map<string, EventRow>;
  entities: EntityRow[];
  entityById: Map<string, AnalysisDoc['entities'][number]>;
  /** Entity id → ids of the articles that mention it. */
  articlesOfEntity: Map<string, Set<string>>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const range = (v: unknown): [string, string] | null => {
  const r = strs(v);
  return r.length === 2 ? [r[0]!, r[1]!] : null;
};
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Index an analysis of the whole store for listing and lookups. Stories and events are read from the
 * analysis as they come (fields that are missing get empty values); when clustering produced no stories,
 * groups of articles that share text stand in for them, flagged `provisional`.
 * @param doc the analysis JSON of every stored article
 * @param input the entities and clusters it was built with
 */
export function buildCorpusIndex(doc: IndexSource, input: Pick<AnalysisInput, 'entities' | 'clusters'> = {}): CorpusIndex {
  if (!doc || !Array.isArray(doc.articles)) throw new TypeError('Expected an analysis document');
  const articles: ArticleRow[] = doc.articles.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published.value,
    language: a.language,
    agency: a.agency,
    source: a.source,
    story: a.story ?? null,
    event: a.event ?? null,
  }));
  const articleById = new Map(articles.map((a) => [a.id, a]));

  const pairsOf = new Map<string, AnalysisDoc['reuse']>();
  for (const p of doc.reuse) for (const id of [p.a, p.b]) (pairsOf.get(id) ?? pairsOf.set(id, []).get(id)!).push(p);
  let stories: IndexedStory[] = doc.stories.map(record).flatMap((s) => {
    const id = str(s.id);
    if (!id) return [];
    const members = strs(s.articles).filter((x) => articleById.has(x));
    const independent = typeof s.independentSources === 'number' ? s.independentSources : countIndependent(members, [...new Set(members.flatMap((id) => pairsOf.get(id) ?? []))]);
    return [{ id, label: str(s.label) ?? id, articles: members, events: strs(s.events), dateRange: range(s.dateRange), independentSources: independent, outlets: [], languages: [], provisional: false, raw: s }];
  });
  if (!stories.length && articles.length)
    stories = fallbackStories(doc).map((s) => ({ ...s, events: [], outlets: [], languages: [], provisional: true, raw: { ...s } }));
  for (const s of stories) {
    const rows = s.articles.map((id) => articleById.get(id)!);
    s.outlets = [...new Set(rows.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
    s.languages = [...new Set(rows.map((a) => a.language))].sort();
    for (const a of rows) if (!a.story) a.story = s.id;
  }
  // Latest stories first, then the bigger ones.
  stories.sort((x, y) => (y.dateRange?.[1] ?? '').localeCompare(x.dateRange?.[1] ?? '') || y.articles.length - x.articles.length || x.id.localeCompare(y.id));

  const events: EventRow[] = doc.events.map(record).flatMap((e) => {
    const id = str(e.id);
    return id ? [{ id, label: str(e.label) ?? id, date: str(e.date), dateRange: range(e.dateRange), articles: strs(e.articles), story: str(e.story) }] : [];
  });
  const eventById = new Map(events.map((e) => [e.id, e]));
  for (const s of stories) for (const ev of s.events) {
    const e = eventById.get(ev);
    if (e && !e.story) e.story = s.id;
  }

  const articlesOfEntity = new Map<string, Set<string>>();
  for (const a of doc.articles)
    for (const m of a.entities) {
      const set = articlesOfEntity.get(m.entity) ?? new Set<string>();
      set.add(a.id);
      articlesOfEntity.set(m.entity, set);
    }
  const entities: EntityRow[] = doc.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentions: e.mentions,
    articles: articlesOfEntity.get(e.id)?.size ?? 0,
    designations: e.designations.length,
    loaded: e.designations.filter((d) => d.loaded).length,
  }));
  entities.sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));

  return {
    doc,
    input,
    articles,
    articleById,
    stories,
    storyById: new Map(stories.map((s) => [s.id, s])),
    events,
    eventById,
    entities,
    entityById: new Map(doc.entities.map((e) => [e.id, e])),
    articlesOfEntity,
  };
}
