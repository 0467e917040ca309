import { buildAnalysis } from '../report/buildAnalysis.ts';
import type { Store } from '../store/Store.ts';
import type { CorpusIndex, IndexedStory } from './buildCorpusIndex.ts';
import { subAnalysisInput } from './subAnalysisInput.ts';
import type { FramingRow, StoryComparison } from './viewTypes.ts';

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const KNOWN = new Set(['id', 'label', 'events', 'articles', 'dateRange', 'independentSources', 'timeline', 'facts', 'summary']);

/**
 * Everything a story page shows: the story's articles (in full), the reuse among them with passages, the
 * quote groups with fidelity and word diffs, the entities with how each outlet designates them, the story's
 * timeline, facts and summary when the analysis has them, and the dates the articles mention.
 * Quote groups and reuse are computed over the story's articles alone.
 * @param store the store the articles are read from
 * @param story the story, as indexed
 * @param index the corpus index (for the story's events)
 */
export function storyComparison(store: Store, story: IndexedStory, index: CorpusIndex): StoryComparison {
  if (!story || !Array.isArray(story.articles)) throw new TypeError('Expected an indexed story');
  const pos = new Map(story.articles.map((id, i) => [id, i]));
  const articles = store.listArticles({ ids: story.articles }).sort((a, b) => pos.get(a.id)! - pos.get(b.id)!);
  const clusters = index.input.clusters && {
    events: index.input.clusters.events.filter((e) => story.events.includes(e.id)),
    stories: index.input.clusters.stories.filter((s) => s.id === story.id),
  };
  const sub = buildAnalysis(subAnalysisInput(store, articles, { entities: index.input.entities, clusters }));
  // Once clustering is wired, the sub-analysis may carry the story itself, with fresher story-level fields.
  const own = (sub.stories as unknown as Record<string, unknown>[]).find((s) => s && s.id === story.id) ?? story.raw;
  const outletOf = new Map(sub.articles.map((a) => [a.id, a.outlet ?? a.source.split(/[\\/]/).filter(Boolean).pop()?.slice(0, 40) ?? `article ${a.id.slice(0, 8)}`]));
  const framing: FramingRow[] = sub.entities
    .filter((e) => e.designations.length)
    .map((e) => {
      const byOutlet: FramingRow['byOutlet'] = {};
      for (const d of e.designations) (byOutlet[outletOf.get(d.article) ?? d.article] ??= []).push({ text: d.text, loaded: d.loaded, article: d.article, start: d.start, end: d.end });
      return { entity: e.id, name: e.name, type: e.type, byOutlet };
    })
    .sort((x, y) => Object.keys(y.byOutlet).length - Object.keys(x.byOutlet).length || x.name.localeCompare(y.name));
  const datesMentioned = sub.articles
    .flatMap((a) => a.times.filter((t) => t.value).map((t) => ({ date: t.value!, text: t.text, article: a.id, start: t.start, end: t.end })))
    .sort((x, y) => x.date.localeCompare(y.date) || x.article.localeCompare(y.article) || x.start - y.start);
  const extra = Object.fromEntries(Object.entries(own).filter(([k]) => !KNOWN.has(k)));
  const { raw: _raw, ...row } = story;
  return {
    story: { ...row, summary: arr(own.summary), timeline: arr(own.timeline), facts: arr(own.facts), extra },
    articles: sub.articles,
    events: story.events.flatMap((id) => index.eventById.get(id) ?? []),
    reuse: sub.reuse,
    quoteGroups: sub.quoteGroups,
    entities: sub.entities,
    framing,
    datesMentioned,
  };
}
