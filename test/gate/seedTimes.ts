import type { AnalysisDoc } from '../../src/types/index.ts';
import type { Check } from './seedArticles.ts';

/**
 * Score the `time_expressions` section of the seeds gold: each expression is found in its article with
 * exactly the gold text and value (null where the article has no date).
 * @param analysis cotejo's analysis of the seeds
 * @param items the gold `time_expressions.items`
 */
export function checkSeedTimes(analysis: AnalysisDoc, items: readonly { article: string; text: string; value: string | null }[]): Check[] {
  return items.map((g) => {
    const a = analysis.articles.find((x) => x.source.endsWith(g.article));
    const t = a?.times.find((x) => x.text === g.text);
    return { name: `${g.article.slice(0, 3)} time "${g.text}"`, ok: !!t && t.value === g.value, detail: `got ${t ? JSON.stringify(t.value) : 'nothing'}, want ${JSON.stringify(g.value)}` };
  });
}
