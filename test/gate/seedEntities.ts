import type { AnalysisDoc } from '../../src/types/index.ts';
import { nameKey } from '../../src/resolve/nameKey.ts';
import type { Check } from './seedArticles.ts';

interface GoldEntities {
  items: { name: string; type: string; aliases: string[]; descriptions?: string[] }[];
  not_entities: string[];
}

/**
 * Score the `entities` section of the seeds gold: each gold entity is one entity of ours with the right
 * type whose aliases include every gold alias (accents as written), its descriptions appear among the
 * entity's designations, and no `not_entities` word comes out as an entity mention.
 * @param analysis cotejo's analysis of the seeds
 * @param gold the gold `entities` section
 */
export function checkSeedEntities(analysis: AnalysisDoc, gold: GoldEntities): Check[] {
  const checks: Check[] = [];
  for (const g of gold.items) {
    const e = analysis.entities.find((x) => x.aliases.some((a) => nameKey(a) === nameKey(g.name)) || nameKey(x.name) === nameKey(g.name));
    if (!e) {
      checks.push({ name: `entity ${g.name}`, ok: false, detail: 'not found' });
      continue;
    }
    checks.push({ name: `entity ${g.name} type`, ok: e.type === g.type, detail: `got ${e.type}, want ${g.type}` });
    const missing = g.aliases.filter((a) => !e.aliases.includes(a));
    checks.push({ name: `entity ${g.name} aliases`, ok: missing.length === 0, detail: `missing ${missing.join(', ')} in ${e.aliases.join(', ')}` });
    for (const d of g.descriptions ?? []) {
      const ok = e.designations.some((x) => x.text.toLowerCase().includes(d.toLowerCase()) || d.toLowerCase().includes(x.text.toLowerCase()));
      checks.push({ name: `entity ${g.name} designation "${d}"`, ok, detail: `designations: ${e.designations.map((x) => x.text).join(', ')}` });
    }
  }
  const texts = new Set(analysis.articles.flatMap((a) => a.entities.map((m) => m.text)));
  for (const w of gold.not_entities) checks.push({ name: `not an entity: "${w}"`, ok: ![...texts].some((t) => t === w || t.startsWith(`${w} `)), detail: 'tagged as an entity' });
  return checks;
}
