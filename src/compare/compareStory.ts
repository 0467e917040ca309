import type { AnalysisArticle, AnalysisDoc } from '../types/index.ts';
import { articleSentences } from './articleSentences.ts';
import { buildFacts, type Fact } from './buildFacts.ts';
import { buildSummary, type SummarySentence } from './buildSummary.ts';
import { buildTimeline, type TimelineEntry } from './buildTimeline.ts';
import { findLoadedTerms } from './findLoadedTerms.ts';

/** How one article names one actor (or, with `actor` null, loaded terms not tied to a named actor). */
export interface FramingRow {
  article: string;
  outlet: string | null;
  actor: string | null;
  actorName: string | null;
  terms: { text: string; start: number; end: number; loaded: boolean }[];
  loaded: boolean;
}

/** The comparison of a story's coverage. */
export interface StoryComparison {
  /** Articles that are not copies or rewrites of another article of the story. */
  independentSources: number;
  /** Article ids, sources first, then by publication date. */
  order: string[];
  facts: Fact[];
  /** Facts only one article states (its additions), by article. */
  additions: Record<string, string[]>;
  /** Facts of the story an article leaves out, by article (only facts stated by at least two others). */
  omissions: Record<string, string[]>;
  timeline: TimelineEntry[];
  summary: SummarySentence[];
  framing: FramingRow[];
}

/**
 * Compare what the articles of one story did with the same news: independent sources (from the reuse
 * provenance), the coverage matrix of facts against articles with each article's additions and omissions,
 * a timeline with evidence sentences, an extractive summary with citations, and framing (designations of
 * each actor per outlet, loaded terms flagged).
 * @param doc the analysis document (for reuse pairs and entities)
 * @param articleIds the story's articles
 */
export function compareStory(doc: Pick<AnalysisDoc, 'articles' | 'reuse' | 'entities'>, articleIds: readonly string[]): StoryComparison {
  const inStory = new Set(articleIds);
  const articles = doc.articles.filter((a) => inStory.has(a.id));
  const pairs = doc.reuse.filter((p) => inStory.has(p.a) && inStory.has(p.b));
  const derived = new Set(pairs.filter((p) => p.source && p.relation !== 'shared_passages').map((p) => (p.source === p.a ? p.b : p.a)));
  const sources = new Set(pairs.flatMap((p) => (p.source ? [p.source] : [])));
  const order = [...articles]
    .sort((x, y) => Number(sources.has(y.id)) - Number(sources.has(x.id)) || (x.published.value ?? '9999').localeCompare(y.published.value ?? '9999'))
    .map((a) => a.id);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentences = order.flatMap((id) => articleSentences(byId.get(id)!));
  const facts = buildFacts(sentences);
  const additions: Record<string, string[]> = {}, omissions: Record<string, string[]> = {};
  for (const id of order) {
    additions[id] = facts.filter((f) => f.articles.length === 1 && f.articles[0] === id).map((f) => f.id);
    omissions[id] = facts.filter((f) => f.articles.length >= 2 && !f.articles.includes(id)).map((f) => f.id);
  }
  const timeline = buildTimeline(
    order.map((id) => {
      const a = byId.get(id)!;
      return { id, published: a.published.value, title: a.title, times: a.times };
    }),
    sentences,
    facts,
  );
  return {
    independentSources: articles.filter((a) => !derived.has(a.id)).length,
    order,
    facts,
    additions,
    omissions,
    timeline,
    summary: buildSummary(facts, order),
    framing: framing(articles, doc.entities),
  };
}

function framing(articles: readonly AnalysisArticle[], entities: AnalysisDoc['entities']): FramingRow[] {
  const rows: FramingRow[] = [];
  for (const a of articles) {
    const taken: [number, number][] = [];
    for (const e of entities) {
      const ds = e.designations.filter((d) => d.article === a.id);
      if (!ds.length) continue;
      ds.forEach((d) => taken.push([d.start, d.end]));
      rows.push({
        article: a.id,
        outlet: a.outlet,
        actor: e.id,
        actorName: e.name,
        terms: ds.map((d) => ({ text: d.text, start: d.start, end: d.end, loaded: d.loaded })),
        loaded: ds.some((d) => d.loaded),
      });
    }
    const free = findLoadedTerms(a.text).filter((t) => !taken.some(([s, e]) => t.start < e && s < t.end));
    if (free.length) rows.push({ article: a.id, outlet: a.outlet, actor: null, actorName: null, terms: free.map((t) => ({ text: t.text, start: t.start, end: t.end, loaded: true })), loaded: true });
  }
  return rows;
}
