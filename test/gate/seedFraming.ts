import type { AnalysisDoc } from '../../src/types/index.ts';
import { nameKey } from '../../src/resolve/nameKey.ts';
import type { Check } from './seedArticles.ts';

interface GoldFraming {
  article: string;
  actor: string | null;
  terms: string[];
  loaded: boolean;
}

/**
 * Score the `framing` section of the seeds gold: in the story framing of each article, the row for the actor
 * (or the row of loaded terms with no named actor) carries every gold term and the gold loaded flag.
 * @param analysis cotejo's analysis of the seeds
 * @param items the gold `framing.items`
 */
export function checkSeedFraming(analysis: AnalysisDoc, items: readonly GoldFraming[]): Check[] {
  return items.flatMap((g) => {
    const a = analysis.articles.find((x) => x.source.endsWith(g.article));
    const rows = analysis.stories.flatMap((s) => s.framing).filter((f) => f.article === a?.id);
    const row = rows.find((f) => (g.actor === null ? f.actor === null : !!f.actorName && nameKey(f.actorName) === nameKey(g.actor)));
    const name = `${g.article.slice(0, 3)} framing ${g.actor ?? '(no actor)'}`;
    if (!row) return [{ name, ok: false, detail: 'no framing row' }];
    return [
      ...g.terms.map((t) => ({
        name: `${name} "${t}"`,
        ok: row.terms.some((x) => x.text.toLowerCase().includes(t.toLowerCase()) || t.toLowerCase().includes(x.text.toLowerCase())),
        detail: `terms: ${row.terms.map((x) => x.text).join(', ')}`,
      })),
      { name: `${name} loaded`, ok: row.loaded === g.loaded, detail: `got ${row.loaded}, want ${g.loaded}` },
    ];
  });
}
