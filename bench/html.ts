/**
 * Main-content extraction benchmark on the Scrapinghub article-extraction dev pages:
 * token F1 and time per page of our htmlparser2 extractor vs @mozilla/readability + linkedom.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/clean/html/extractHtml.ts';
import { sharedPath } from './lib/shared.ts';
import { tokenF1 } from './lib/tokenF1.ts';

/** Per-page and summary figures of one benchmark run. */
export interface HtmlBenchResult {
  pages: number;
  oursF1: number;
  readabilityF1: number;
  oursMsPerPage: number;
  readabilityMsPerPage: number;
  speedup: number;
  perPage: { id: string; ours: number; readability: number }[];
}

interface Page { id: string; html: string; url: string; gold: string }

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages: Page[] = [];
  for (const f of readdirSync(join(dir, 'html')).sort()) {
    if (!f.endsWith('.html.gz')) continue;
    const id = f.slice(0, -'.html.gz'.length);
    const t = truth[id];
    if (!t) continue;
    pages.push({ id, html: gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8'), url: t.url, gold: t.articleBody });
  }
  return pages;
}

function ours(p: Page): string {
  return extractHtml(p.html, { url: p.url }).paragraphs.join('\n\n');
}

function readability(p: Page): string {
  try {
    const { document } = parseHTML(p.html);
    // linkedom's document is structurally compatible with what Readability needs.
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Median ms per page of `fn` over all pages: `warm` untimed passes, then `reps` timed passes. */
function timePerPage(pages: Page[], fn: (p: Page) => string, reps: number, warm = 2): number {
  for (let w = 0; w < warm; w++) for (const p of pages) fn(p);
  const runs: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (const p of pages) fn(p);
    runs.push((performance.now() - t0) / pages.length);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

/**
 * Run the benchmark: token F1 (bench/lib/tokenF1) of ours vs Readability per page, and time per page in the same process.
 * @param opts.reps timed repetitions over all pages (median reported); default 5.
 * @returns figures, or null when the shared data folder is absent.
 */
export async function benchHtml(opts: { reps?: number } = {}): Promise<HtmlBenchResult | null> {
  const dir = sharedPath('data', 'scrapinghub-article-extraction-dev');
  if (!dir) return null;
  const pages = loadPages(dir);
  const perPage = pages.map((p) => ({ id: p.id, ours: tokenF1(ours(p), p.gold).f1, readability: tokenF1(readability(p), p.gold).f1 }));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const reps = opts.reps ?? 5;
  // Interleave to be fair to JIT/GC state: readability first, then ours, then readability again.
  const r1 = timePerPage(pages, readability, Math.ceil(reps / 2));
  const o = timePerPage(pages, ours, reps);
  const r2 = timePerPage(pages, readability, Math.ceil(reps / 2));
  const r = (r1 + r2) / 2;
  return {
    pages: pages.length,
    oursF1: mean(perPage.map((x) => x.ours)),
    readabilityF1: mean(perPage.map((x) => x.readability)),
    oursMsPerPage: o,
    readabilityMsPerPage: r,
    speedup: r / o,
    perPage,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const res = await benchHtml({ reps: Number(process.env.REPS ?? 5) });
  if (!res) {
    console.log('skip: ../shared/data/scrapinghub-article-extraction-dev not found');
  } else {
    const rows = [...res.perPage].sort((a, b) => a.ours - a.readability - (b.ours - b.readability));
    console.log('id            ours   readab  diff');
    for (const r of rows) console.log(`${r.id.slice(0, 12)}  ${r.ours.toFixed(3)}  ${r.readability.toFixed(3)}  ${(r.ours - r.readability >= 0 ? '+' : '') + (r.ours - r.readability).toFixed(3)}`);
    console.log(`\npages ${res.pages}`);
    console.log(`F1    ours ${res.oursF1.toFixed(4)}  readability ${res.readabilityF1.toFixed(4)}`);
    console.log(`ms/pg ours ${res.oursMsPerPage.toFixed(2)}  readability ${res.readabilityMsPerPage.toFixed(2)}  speedup ${res.speedup.toFixed(2)}x`);
  }
}
