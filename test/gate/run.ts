/**
 * The quality gate: scores cotejo against the gold in ../shared and fails when a score drops below
 * its floor in test/gate/floors.json. Skips, saying why, when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.ts';
import { sharedPath, SHARED } from '../../bench/lib/shared.ts';
import { evalTextBoilerplate } from '../../bench/text-boilerplate.ts';
import { benchHtml } from '../../bench/html.ts';
import { evalHtmlMeta } from '../../bench/html-meta.ts';
import { checkSeedArticles } from './seedArticles.ts';
import { checkSeedReuse } from './seedReuse.ts';
import { checkSeedEntities } from './seedEntities.ts';
import { checkSeedTimes } from './seedTimes.ts';
import { checkSeedClusters } from './seedClusters.ts';
import { checkSeedFraming } from './seedFraming.ts';
import { evalNer } from '../../bench/ner.ts';
import { evalTime } from '../../bench/time.ts';
import { evalQuotes } from '../../bench/quotes.ts';
import { evalCluster } from '../../bench/cluster.ts';

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, number>;
const results: { name: string; value: number; floor: number }[] = [];
const record = (name: string, value: number): void => {
  const floor = floors[name];
  if (floor === undefined) throw new Error(`no floor for ${name} in floors.json`);
  results.push({ name, value, floor });
};

const seeds = sharedPath('seeds');
const gold = sharedPath('gold', 'seeds.json');
if (!seeds || !gold) {
  console.log(`quality gate skipped: ${SHARED} (../shared) is absent, so there is no gold to score against`);
  console.log('0 passed, 0 failed, 1 skipped');
  process.exit(0);
}

const analysis = await analyze([seeds]);
const goldDoc = JSON.parse(readFileSync(gold, 'utf8')) as { articles: Record<string, never>; reuse: { pairs: never[] }; entities: never; time_expressions: { items: never[] }; clusters: never; framing: { items: never[] } };
for (const [section, checks] of [
  ['articles', checkSeedArticles(analysis, goldDoc.articles)],
  ['reuse', checkSeedReuse(analysis, goldDoc.reuse.pairs)],
  ['entities', checkSeedEntities(analysis, goldDoc.entities)],
  ['times', checkSeedTimes(analysis, goldDoc.time_expressions.items)],
  ['clusters', checkSeedClusters(analysis, goldDoc.clusters)],
  ['framing', checkSeedFraming(analysis, goldDoc.framing.items)],
] as const) {
  for (const c of checks) if (!c.ok) console.log(`  seed ${section} check failed: ${c.name}: ${c.detail}`);
  record(`seeds.${section}.pass_rate`, checks.filter((c) => c.ok).length / checks.length);
  console.log(`seeds ${section}: ${checks.filter((c) => c.ok).length}/${checks.length} checks pass`);
}

const tb = await evalTextBoilerplate();
if (tb) {
  record('text.boilerplate.f1', tb.cvF1);
  record('text.boilerplate.seed_checks', tb.seedChecks.passed / tb.seedChecks.total);
} else console.log('text boilerplate: skipped (data absent)');

const html = await benchHtml({ reps: 1 });
if (html) {
  record('html.extraction.f1', html.oursF1);
  record('html.extraction.f1_minus_readability', html.oursF1 - html.readabilityF1);
} else console.log('html extraction: skipped (data absent)');

const meta = await evalHtmlMeta();
if (meta) {
  record('html.meta.title', meta.title);
  record('html.meta.published', meta.published);
  record('html.meta.siteName', meta.siteName);
} else console.log('html metadata: skipped (data absent)');

const ner = await evalNer();
if (ner) {
  record('ner.es.testa_f1', ner.testaF1);
  if (ner.en) record('ner.en.f1', ner.en.f1);
} else console.log('ner: skipped (data absent)');

const time = await evalTime();
if (time) {
  record('time.es.strict_f1', time.es.f1);
  record('time.es.value_accuracy', time.es.valueAccuracy);
  record('time.en.strict_f1', time.en.f1);
  record('time.en.value_accuracy', time.en.valueAccuracy);
} else console.log('time: skipped (data absent)');

const quotes = await evalQuotes();
if (quotes.seeds) record('quotes.seeds.pass_rate', quotes.seeds.passed / quotes.seeds.total);
if (quotes.polnear) {
  record('quotes.polnear.f1', quotes.polnear.f1);
  record('quotes.polnear.speaker_accuracy', quotes.polnear.speakerAccuracy);
}
record('quotes.es_gold.f1', quotes.spanishGold.f1);
record('quotes.es_gold.speaker_accuracy', quotes.spanishGold.speakerAccuracy);

const clusters = await evalCluster({ timing: false });
if (clusters) {
  record('cluster.ecb.bcubed_f1', clusters.ecb.f1);
  record('cluster.newswcl.bcubed_f1', clusters.newswcl.f1);
  record('cluster.uci.bcubed_f1', clusters.uci.f1);
}

let failed = 0;
console.log('\nquality gate');
for (const r of results) {
  const ok = r.value >= r.floor - 1e-9;
  if (!ok) failed++;
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(40)} ${r.value.toFixed(4)}  (floor ${r.floor})`);
}
console.log(`gate: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
