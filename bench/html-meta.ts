/**
 * Metadata accuracy (title, byline, siteName, publishedTime) of extractHtml on Mozilla
 * Readability's test pages, against each page's expected-metadata.json, with Readability
 * itself (on linkedom) scored the same way as the baseline.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/clean/html/extractHtml.ts';
import { normalizeDate } from '../src/clean/html/metadata.ts';
import { sharedPath } from './lib/shared.ts';

/** Share of pages (with a non-null expected value) where the field is right. */
export interface MetaScores {
  pages: number;
  title: number;
  byline: number;
  siteName: number;
  published: number;
}

interface Expected { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null }
interface Got { title: string | null; byline: string | null; siteName: string | null; published: string | null }

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameText = (a: string | null, b: string) => a !== null && norm(a) === norm(b);
// Bylines: a leading "By"/"Par"/"Por" is presentation, not the name.
const BY = /^(?:by|par|por|von)\s+/;
const sameByline = (a: string | null, b: string) => a !== null && norm(a).replace(BY, '') === norm(b).replace(BY, '');
const sameDay = (a: string | null, b: string) => {
  if (a === null) return false;
  const x = normalizeDate(a), y = normalizeDate(b);
  return x !== null && y !== null && x.slice(0, 10) === y.slice(0, 10);
};

function score(pages: { exp: Expected; got: Got }[]): MetaScores {
  const acc = { title: [0, 0], byline: [0, 0], siteName: [0, 0], published: [0, 0] };
  for (const { exp, got } of pages) {
    if (exp.title) { acc.title[1]!++; if (sameText(got.title, exp.title)) acc.title[0]!++; }
    if (exp.byline) { acc.byline[1]!++; if (sameByline(got.byline, exp.byline)) acc.byline[0]!++; }
    if (exp.siteName) { acc.siteName[1]!++; if (sameText(got.siteName, exp.siteName)) acc.siteName[0]!++; }
    if (exp.publishedTime) { acc.published[1]!++; if (sameDay(got.published, exp.publishedTime)) acc.published[0]!++; }
  }
  const r = (x: number[]) => (x[1] ? x[0]! / x[1] : 0);
  return { pages: pages.length, title: r(acc.title), byline: r(acc.byline), siteName: r(acc.siteName), published: r(acc.published) };
}

function loadCases(dir: string): { name: string; html: string; exp: Expected }[] {
  const out: { name: string; html: string; exp: Expected }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const src = join(dir, name, 'source.html');
    const meta = join(dir, name, 'expected-metadata.json');
    if (!existsSync(src) || !existsSync(meta)) continue;
    out.push({ name, html: readFileSync(src, 'utf8'), exp: JSON.parse(readFileSync(meta, 'utf8')) as Expected });
  }
  return out;
}

function readabilityMeta(html: string): Got {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return { title: r?.title ?? null, byline: r?.byline ?? null, siteName: r?.siteName ?? null, published: r?.publishedTime ?? null };
  } catch {
    return { title: null, byline: null, siteName: null, published: null };
  }
}

function oursMeta(html: string): Got {
  const r = extractHtml(html);
  return { title: r.title?.value ?? null, byline: r.byline?.value ?? null, siteName: r.siteName?.value ?? null, published: r.published?.value ?? null };
}

/**
 * Score our metadata on the Readability test pages (only pages whose expected field is non-null count).
 * @returns accuracy per field, or null when the shared data folder is absent.
 */
export async function evalHtmlMeta(): Promise<MetaScores | null> {
  const dir = sharedPath('data', 'mozilla-readability-testpages', 'test-pages');
  if (!dir) return null;
  return score(loadCases(dir).map((c) => ({ exp: c.exp, got: oursMeta(c.html) })));
}

/**
 * The same scores for @mozilla/readability on linkedom (baseline; note the expected files are Readability's own output).
 * @returns accuracy per field, or null when the shared data folder is absent.
 */
export async function evalReadabilityMeta(): Promise<MetaScores | null> {
  const dir = sharedPath('data', 'mozilla-readability-testpages', 'test-pages');
  if (!dir) return null;
  return score(loadCases(dir).map((c) => ({ exp: c.exp, got: readabilityMeta(c.html) })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ours = await evalHtmlMeta();
  if (!ours) {
    console.log('skip: ../shared/data/mozilla-readability-testpages not found');
  } else {
    const base = (await evalReadabilityMeta())!;
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
    console.log(`pages ${ours.pages}           title  byline  siteName  published`);
    console.log(`ours            ${pct(ours.title)} ${pct(ours.byline)}  ${pct(ours.siteName)}   ${pct(ours.published)}`);
    console.log(`readability     ${pct(base.title)} ${pct(base.byline)}  ${pct(base.siteName)}   ${pct(base.published)}`);
    if (process.env.SHOW) {
      const dir = sharedPath('data', 'mozilla-readability-testpages', 'test-pages')!;
      const field = process.env.SHOW as keyof Got;
      const key = field === 'published' ? 'publishedTime' : field;
      for (const c of loadCases(dir)) {
        const e = c.exp[key as keyof Expected];
        if (!e) continue;
        const g = oursMeta(c.html)[field];
        const ok = field === 'published' ? sameDay(g, e) : field === 'byline' ? sameByline(g, e) : sameText(g, e);
        if (!ok) console.log(`${c.name}: expected ${JSON.stringify(e)} got ${JSON.stringify(g)}`);
      }
    }
  }
}
