/**
 * Ingest + clean throughput on generated scraped text pages, against a baseline in the same run:
 * decoding and splitting into lines only (the floor any cleaner pays).
 */
import { pathToFileURL } from 'node:url';
import { clean } from '../src/clean/clean.ts';
import { decode } from '../src/clean/decode.ts';
import { bytesToDocs } from '../src/ingest/readInputs.ts';
import { loadContext } from '../src/pipeline/runPipeline.ts';
import { generateScrapedPages } from './lib/generateScrapedPages.ts';

/** Figures printed by the ingest benchmark. */
export interface IngestBench {
  articles: number;
  megabytes: number;
  /** Per second of CPU time of this process (one core), so that other work on the machine does not skew it. */
  articlesPerSecond: number;
  /** Per second of wall-clock time. */
  articlesPerWallSecond: number;
  baselineArticlesPerSecond: number;
  msPerArticle: number;
}

/**
 * Time ingest + clean of `n` generated pages on one core.
 * @param n number of pages (at least 10,000 for the reported figure)
 */
export async function benchIngest(n = 10_000): Promise<IngestBench> {
  const pages = generateScrapedPages(n, 7).map((p) => new TextEncoder().encode(p));
  const megabytes = pages.reduce((s, p) => s + p.length, 0) / 1048576;
  const ctx = await loadContext();
  const fetchedAt = new Date(0).toISOString();
  // warm-up
  for (let i = 0; i < 300; i++) for (const r of bytesToDocs(`w${i}.txt`, pages[i]!, fetchedAt)) if ('doc' in r) clean(r.doc, ctx);
  let t = performance.now();
  let lines = 0;
  for (const p of pages) lines += decode(p).text.split('\n').length;
  const baseMs = performance.now() - t;
  t = performance.now();
  const cpu0 = process.cpuUsage();
  let kept = 0;
  for (let i = 0; i < pages.length; i++) for (const r of bytesToDocs(`p${i}.txt`, pages[i]!, fetchedAt)) if ('doc' in r) kept += clean(r.doc, ctx).text.length > 0 ? 1 : 0;
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (kept !== n || lines === 0) throw new Error(`benchmark lost articles: ${kept}/${n}`);
  return { articles: n, megabytes, articlesPerSecond: (n / cpuMs) * 1000, articlesPerWallSecond: (n / ms) * 1000, baselineArticlesPerSecond: (n / baseMs) * 1000, msPerArticle: cpuMs / n };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchIngest(Number(process.argv[2] ?? 10_000));
  console.log(JSON.stringify(r, null, 2));
}
