import type { AnalysisDoc } from '../../src/types/index.ts';
import type { Check } from './seedArticles.ts';

interface GoldPair {
  a: string;
  b: string;
  relation: string;
  source?: string;
  passages?: string[];
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * Score the `reuse` section of the seeds gold: each listed pair has the gold relation (or no pair for
 * `none`), the gold source, and every gold passage lies inside an aligned passage on either side.
 * @param analysis cotejo's analysis of the seeds
 * @param pairs the gold `reuse.pairs`
 */
export function checkSeedReuse(analysis: AnalysisDoc, pairs: readonly GoldPair[]): Check[] {
  const byFile = (f: string) => analysis.articles.find((a) => a.source.endsWith(f));
  const checks: Check[] = [];
  for (const g of pairs) {
    const A = byFile(g.a), B = byFile(g.b);
    const name = `${g.a.slice(0, 3)}/${g.b.slice(0, 3)}`;
    if (!A || !B) {
      checks.push({ name, ok: false, detail: 'article missing' });
      continue;
    }
    const p = analysis.reuse.find((r) => (r.a === A.id && r.b === B.id) || (r.a === B.id && r.b === A.id));
    const got = p?.relation ?? 'none';
    checks.push({ name: `${name} relation`, ok: got === g.relation, detail: `got ${got}, want ${g.relation}` });
    if (g.source) {
      const want = byFile(g.source)?.id;
      checks.push({ name: `${name} source`, ok: !!p && p.source === want, detail: `got ${p?.source ?? null}, want ${want} (${g.source})` });
    }
    for (const snippet of g.passages ?? []) {
      const s = squash(snippet);
      const found = !!p && p.passages.some((q) => {
        const [ta, tb] = p.a === A.id ? [A.text, B.text] : [B.text, A.text];
        return squash(ta.slice(q.a[0], q.a[1])).includes(s) || squash(tb.slice(q.b[0], q.b[1])).includes(s);
      });
      checks.push({ name: `${name} passage "${snippet.slice(0, 40)}"`, ok: found, detail: 'gold passage inside an aligned passage' });
    }
  }
  return checks;
}
