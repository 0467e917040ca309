import type { AnalysisDoc } from '../types/index.ts';

/** Reuse relations under which one article is not an independent source of the other. */
export const DEPENDENT_RELATIONS: ReadonlySet<string> = new Set(['duplicate', 'wire_copy', 'rewrite']);

/** A story built from reuse alone. */
export interface ReuseStory {
  id: string;
  label: string;
  articles: string[];
  dateRange: [string, string] | null;
  independentSources: number;
}

function unionFind(ids: readonly string[]): { has: (x: string) => boolean; find: (x: string) => string; union: (a: string, b: string) => void } {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const union = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  return { has: (x) => parent.has(x), find, union };
}

/**
 * Independent sources among some articles, as the story comparison counts them: articles that are not the
 * copy side of a duplicate, wire-copy or rewrite relation whose source is known (articles that merely
 * share passages stay independent).
 * @param articles the article ids
 * @param reuse related pairs (pairs outside `articles` are ignored)
 */
export function countIndependent(articles: readonly string[], reuse: AnalysisDoc['reuse']): number {
  const inSet = new Set(articles);
  const derived = new Set(
    reuse.filter((p) => p.source && DEPENDENT_RELATIONS.has(p.relation) && inSet.has(p.a) && inSet.has(p.b)).map((p) => (p.source === p.a ? p.b : p.a)),
  );
  return articles.filter((id) => !derived.has(id)).length;
}

/**
 * Stand-in stories for when clustering has produced none: the connected groups of articles that share text
 * (any reuse relation), each single article its own story. Labelled by the earliest article's title.
 * Ids are `r-` and the group's smallest article id, so they change when groups merge.
 * @param doc the analysis of the corpus
 */
export function fallbackStories(doc: Pick<AnalysisDoc, 'articles' | 'reuse'>): ReuseStory[] {
  const ids = doc.articles.map((a) => a.id);
  const uf = unionFind(ids);
  for (const p of doc.reuse) uf.union(p.a, p.b);
  const pairsOf = new Map<string, AnalysisDoc['reuse']>();
  for (const p of doc.reuse) {
    if (!uf.has(p.a) || !uf.has(p.b)) continue;
    const r = uf.find(p.a);
    const list = pairsOf.get(r) ?? [];
    list.push(p);
    pairsOf.set(r, list);
  }
  const groups = new Map<string, AnalysisDoc['articles']>();
  for (const a of doc.articles) {
    const r = uf.find(a.id);
    const g = groups.get(r) ?? [];
    g.push(a);
    groups.set(r, g);
  }
  const out: ReuseStory[] = [];
  for (const [root, g] of groups) {
    const dates = g.map((a) => a.published.value).filter((d): d is string => !!d).sort();
    const first = [...g].sort((x, y) => (x.published.value ?? '9999').localeCompare(y.published.value ?? '9999') || x.id.localeCompare(y.id))[0]!;
    out.push({
      id: `r-${root}`,
      label: first.title ?? first.text.slice(0, 100).replace(/\s+/g, ' '),
      articles: g.map((a) => a.id),
      dateRange: dates.length ? [dates[0]!, dates.at(-1)!] : null,
      independentSources: countIndependent(g.map((a) => a.id), pairsOf.get(root) ?? []),
    });
  }
  return out;
}
