/**
 * `npm run bench`: every benchmark, each with its baseline from the same run.
 * `BENCH_REUSE_ARTICLES` sets the reuse corpus size (default 1,000,000).
 */
import { benchIngest } from './ingest.ts';
import { benchHtml } from './html.ts';
import { benchReuse, printReuse } from './reuse.ts';

const fmt = (n: number, d = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

console.log('== ingest + clean, generated scraped text pages (one core) ==');
const ing = await benchIngest(10_000);
console.log(`  articles            ${ing.articles} (${fmt(ing.megabytes)} MB)`);
console.log(`  ingest + clean      ${fmt(ing.articlesPerSecond, 0)} articles/s  (${fmt(ing.msPerArticle, 3)} ms/article; target ≥ 2,000/s)`);
console.log(`  baseline            ${fmt(ing.baselineArticlesPerSecond, 0)} articles/s decoding and splitting lines only`);
console.log(`  ratio               ${fmt(ing.baselineArticlesPerSecond / ing.articlesPerSecond)}× the cost of the baseline`);

console.log('\n== HTML extraction, scrapinghub dev pages, against @mozilla/readability + linkedom ==');
const html = await benchHtml({ reps: 3 });
if (!html) console.log('  skipped: ../shared/data/scrapinghub-article-extraction-dev is absent');
else {
  console.log(`  pages               ${html.pages}`);
  console.log(`  cotejo              ${fmt(html.oursMsPerPage, 2)} ms/page   token F1 ${html.oursF1.toFixed(4)}`);
  console.log(`  readability         ${fmt(html.readabilityMsPerPage, 2)} ms/page   token F1 ${html.readabilityF1.toFixed(4)}`);
  console.log(`  speed-up            ${fmt(html.speedup, 2)}× (target ≥ 1.5×)`);
}

console.log('\n== reuse: LSH candidates against exact containment, generated stream with known reprints ==');
printReuse(await benchReuse(Number(process.env.BENCH_REUSE_ARTICLES ?? 1_000_000), 2000, (s) => console.log(s)));
