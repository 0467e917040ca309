import type { AnalysisDoc } from '../../src/types/index.ts';

/** One gold check and its outcome. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

interface GoldArticle {
  outlet?: string | null;
  published?: string | null;
  language?: string;
  agency?: string | null;
  title?: string | null;
  dateline?: { place: string; date: string; agency: string; text: string };
  clean?: { must_keep?: string[]; must_drop?: string[] };
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * Score the `articles` section of the seeds gold: must_keep / must_drop snippets against the clean text,
 * and outlet, title, publication date (null or explicitly inferred where the gold says unknown),
 * dateline, agency and language.
 * @param analysis cotejo's analysis of the seeds folder
 * @param gold the `articles` object of seeds.json
 */
export function checkSeedArticles(analysis: AnalysisDoc, gold: Record<string, GoldArticle>): Check[] {
  const checks: Check[] = [];
  for (const [file, g] of Object.entries(gold)) {
    const a = analysis.articles.find((x) => x.source.endsWith(file));
    const add = (what: string, ok: boolean, detail: string): void => void checks.push({ name: `${file.slice(0, 3)} ${what}`, ok, detail });
    if (!a) {
      add('present', false, 'article missing from the analysis');
      continue;
    }
    const text = squash(a.text);
    for (const s of g.clean?.must_keep ?? []) add(`keeps "${s.slice(0, 40)}"`, text.includes(squash(s)), 'must_keep');
    for (const s of g.clean?.must_drop ?? []) add(`drops "${s.slice(0, 40)}"`, !text.includes(squash(s)), 'must_drop');
    if ('outlet' in g) add('outlet', a.outlet === g.outlet, `got ${a.outlet}, want ${g.outlet}`);
    if ('title' in g) add('title', (a.title ?? null) === (g.title ?? null), `got ${a.title}, want ${g.title}`);
    if ('published' in g) {
      const ok = g.published === null ? a.published.value === null || a.published.inferred : a.published.value === g.published && !a.published.inferred;
      add('published', ok, `got ${JSON.stringify(a.published)}, want ${g.published}`);
    }
    if ('agency' in g) add('agency', a.agency === g.agency, `got ${a.agency}, want ${g.agency}`);
    if ('language' in g) add('language', a.language === g.language, `got ${a.language}, want ${g.language}`);
    if (g.dateline) {
      const d = a.dateline;
      const ok = !!d && d.place === g.dateline.place && d.date === g.dateline.date && d.agency === g.dateline.agency && squash(d.text) === squash(g.dateline.text);
      add('dateline', ok, `got ${JSON.stringify(d)}, want ${JSON.stringify(g.dateline)}`);
    }
  }
  return checks;
}
