/**
 * `npm run bench`: every benchmark, each with its baseline from the same run.
 * `BENCH_REUSE_ARTICLES` sets the reuse corpus size (default 1,000,000).
 */
import { benchIngest } from './ingest.ts';
import { benchHtml } from './html.ts';
import { benchReuse, printReuse } from './reuse.ts';
import { evalNer } from './ner.ts';
import { evalTime } from './time.ts';
import { evalQuotes } from './quotes.ts';
import { evalCluster } from './cluster.ts';

const fmt = (n: number, d = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

console.log('== ingest + clean, generated scraped text pages (one core) ==');
const ing = await benchIngest(10_000);
console.log(`  articles            ${ing.articles} (${fmt(ing.megabytes)} MB)`);
console.log(`  ingest + clean      ${fmt(ing.articlesPerSecond, 0)} articles per CPU second (${fmt(ing.msPerArticle, 3)} ms/article; target ≥ 2,000/s); ${fmt(ing.articlesPerWallSecond, 0)}/s wall clock`);
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

console.log('\n== NER tagging speed ==');
const ner = await evalNer();
if (ner) console.log(`  ${fmt(ner.tokensPerSecond, 0)} tokens/s on one core (target ≥ 200,000); model ${fmt(ner.modelBytes / 1048576, 2)} MB, loads in ${fmt(ner.loadMs, 0)} ms; testa F1 ${fmt(ner.testaF1, 2)}`);

console.log('\n== time expressions ==');
const time = await evalTime();
if (time) console.log(`  ${fmt(time.mbPerSecond, 1)} MB/s on one core (target ≥ 5 MB/s); es F1 ${fmt(time.es.f1, 3)}, en F1 ${fmt(time.en.f1, 3)}`);

console.log('\n== quotes ==');
const quotes = await evalQuotes();
console.log(`  ${fmt(quotes.docsPerSecond, 0)} documents/s through findQuotes`);

console.log('\n== clustering ==');
const cl = await evalCluster();
if (cl) console.log(`  assignment with 100k clustered: ${fmt(cl.msPerArticleAt100k, 3)} ms/article (target ≤ 2); ECB+ B³ F1 ${fmt(cl.ecb.f1, 3)}`);

console.log('\n== reuse: LSH candidates against exact containment, generated stream with known reprints ==');
printReuse(await benchReuse(Number(process.env.BENCH_REUSE_ARTICLES ?? 1_000_000), 2000, (s) => console.log(s)));
