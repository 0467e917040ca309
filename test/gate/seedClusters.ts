import type { AnalysisDoc } from '../../src/types/index.ts';
import type { Check } from './seedArticles.ts';

interface GoldClusters {
  events: { id: string; articles: string[] }[];
  stories: { id: string; events: string[] }[];
}

/**
 * Score the `clusters` section of the seeds gold exactly: each gold event is one of our events with exactly
 * its articles, and each gold story is one of our stories with exactly the articles of its events.
 * @param analysis cotejo's analysis of the seeds
 * @param gold the gold `clusters` section
 */
export function checkSeedClusters(analysis: AnalysisDoc, gold: GoldClusters): Check[] {
  const idOf = (f: string): string | undefined => analysis.articles.find((a) => a.source.endsWith(f))?.id;
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((v) => y.includes(v));
  const checks: Check[] = [];
  const eventArticles = new Map<string, string[]>();
  for (const g of gold.events) {
    const want = g.articles.map((f) => idOf(f) ?? f);
    eventArticles.set(g.id, want);
    const got = analysis.events.find((e) => e.articles.includes(want[0]!));
    checks.push({ name: `event ${g.id}`, ok: !!got && same(got.articles, want), detail: `got ${JSON.stringify(got?.articles)}, want ${JSON.stringify(want)}` });
  }
  for (const g of gold.stories) {
    const want = g.events.flatMap((e) => eventArticles.get(e) ?? []);
    const got = analysis.stories.find((s) => s.articles.includes(want[0]!));
    checks.push({ name: `story ${g.id}`, ok: !!got && same(got.articles, want), detail: `got ${JSON.stringify(got?.articles)}, want ${JSON.stringify(want)}` });
  }
  return checks;
}
