/**
 * Event clustering benchmark (Miranda et al. 2018, "Multilingual Clustering of Streaming News"): B-cubed
 * P/R/F1 (Bagga & Baldwin 1998) of `OnlineClusterer` events on the dev streams (ECB+ topics 1–35 scored
 * within each topic, UCI headlines against Google News story ids, NewsWCL50 against its events), the exact
 * event/story check of the seeds, and assignment time once 100k generated articles are clustered.
 * Run directly: `node --import tsx bench/cluster.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedPath } from './lib/shared.ts';
import { mulberry32, pick } from './lib/rng.ts';
import { OnlineClusterer, type ClusterDoc } from '../src/cluster/OnlineClusterer.ts';
import { bcubed } from '../src/cluster/bcubed.ts';
import { loadDevStreams, loadExtractors, type DevStream } from '../src/cluster/dev/loadDevStreams.ts';

type Prf = { p: number; r: number; f1: number };

/** The figures `evalCluster` reports. */
export interface ClusterBench {
  ecb: Prf;
  uci: Prf;
  newswcl: Prf;
  seeds: { passed: number; total: number; failures: string[] };
  msPerArticleAt100k: number;
  /** Which entity and time extractors fed the dev streams and the seeds. */
  extractors: string;
}

/** B-cubed of a stream's events; `group` prefixes the labels so that only same-group pairs count. */
function scoreStream(st: DevStream): Prf {
  const c = new OnlineClusterer();
  const pred = st.docs.map((d, i) => `${st.group[i]}|${c.add(d).event}`);
  return bcubed(pred, st.gold);
}

/** Seeds in order of arrival (file name), clustered, against the `clusters` section of gold/seeds.json. */
async function scoreSeeds(seedDir: string, goldFile: string, ex: Awaited<ReturnType<typeof loadExtractors>>): Promise<ClusterBench['seeds']> {
  const { analyze } = await import('../src/index.ts');
  const doc = await analyze([seedDir]);
  const name = (src: string): string => src.split(/[\\/]/).pop()!;
  const arts = [...doc.articles].sort((a, b) => (name(a.source) < name(b.source) ? -1 : 1));
  const c = new OnlineClusterer();
  const ev = new Map<string, string>(), st = new Map<string, string>();
  for (const a of arts) {
    const published = a.published?.value ?? null;
    const d: ClusterDoc = {
      id: name(a.source), title: a.title, text: a.text, lang: a.language, published,
      entities: ex.entities(a.text, a.language),
      times: ex.times ? ex.times(a.text, { dct: published, lang: a.language }) : [],
    };
    const r = c.add(d);
    ev.set(d.id, r.event);
    st.set(d.id, r.story);
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')).clusters as { events: { id: string; articles: string[] }[]; stories: { id: string; events: string[] }[] };
  const failures: string[] = [];
  let total = 0;
  const partition = (kind: string, groups: { id: string; articles: string[] }[], of: Map<string, string>): void => {
    for (const g of groups) {
      total++;
      const got = new Set(g.articles.map((a) => of.get(a)));
      const mine = [...of].filter(([, v]) => got.has(v)).map(([k]) => k).sort();
      if (got.size !== 1 || mine.join() !== [...g.articles].sort().join())
        failures.push(`${kind} ${g.id}: expected {${[...g.articles].sort().map((x) => x.slice(0, 3))}}, got {${mine.map((x) => x.slice(0, 3))}} (${[...got].join(', ')})`);
    }
  };
  partition('event', gold.events, ev);
  const evArticles = new Map(gold.events.map((e) => [e.id, e.articles]));
  partition('story', gold.stories.map((s) => ({ id: s.id, articles: s.events.flatMap((e) => evArticles.get(e) ?? []) })), st);
  return { passed: total - failures.length, total, failures };
}

/**
 * A generated stream of articles: events with their own words, names and dates over three years, each
 * reported by a few articles that mix event words with Zipf-distributed background words.
 *
 * @param n - Articles to generate.
 * @param seed - PRNG seed.
 */
export function* generateStream(n: number, seed = 7): Generator<ClusterDoc> {
  const rnd = mulberry32(seed);
  const syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'se', 'vo', 'pi', 'da', 'go', 'li', 'be', 'tor', 'san', 'mar', 'vel', 'qui', 'zan', 'fer'];
  const word = (): string => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(rnd, syl)).join('');
  const vocab = Array.from({ length: 40_000 }, word);
  const cdf = new Float64Array(vocab.length);
  for (let i = 0, s = 0; i < vocab.length; i++) cdf[i] = s += 1 / (i + 1);
  const zipf = (): string => {
    const x = rnd() * cdf[cdf.length - 1]!;
    let lo = 0, hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const events: { words: string[]; names: string[]; day: number }[] = [];
  const start = Date.UTC(2023, 0, 1) / 86_400_000;
  for (let i = 0; i < n; i++) {
    const day = start + Math.floor((i / n) * 1100);
    let e = events.length && rnd() < 0.7 ? events[Math.max(0, events.length - 1 - Math.floor(rnd() * 300))]! : undefined;
    if (!e) {
      e = { words: Array.from({ length: 12 }, () => vocab[Math.floor(rnd() * vocab.length)]!), names: Array.from({ length: 3 }, () => `${cap(word())} ${cap(word())}`), day };
      events.push(e);
    }
    const body: string[] = [];
    for (let k = 0; k < 120; k++) body.push(rnd() < 0.3 ? pick(rnd, e.words) : zipf());
    const title = Array.from({ length: 8 }, (_, k) => (k % 2 ? pick(rnd, e.words) : zipf())).join(' ');
    const names = [...e.names, `${cap(word())} ${cap(word())}`];
    yield {
      id: `g${i}`, title, text: `${names[0]} ${body.slice(0, 60).join(' ')}. ${names[1]} ${body.slice(60).join(' ')}.`, lang: 'es',
      published: new Date((e.day + Math.floor(rnd() * 2)) * 86_400_000).toISOString().slice(0, 10),
      entities: names.map((t) => ({ text: t, type: 'PER' })),
    };
  }
}

/**
 * Assignment time per article once `size` generated articles are clustered: the mean over the next `probe` adds.
 *
 * @param size - Articles clustered first.
 * @param probe - Articles timed after that.
 */
export function timeAssignment(size: number, probe: number): number {
  const c = new OnlineClusterer();
  const probes: ClusterDoc[] = [];
  let i = 0;
  for (const d of generateStream(size + probe)) {
    if (i++ < size) c.add(d);
    else probes.push(d);
  }
  // CPU time of this process (one core): other work on the machine does not count.
  const t0 = process.cpuUsage();
  for (const d of probes) c.add(d);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000 / probe;
}

/**
 * Run the clustering benchmark.
 *
 * @param opts - `timing: false` skips the 100k-article speed run (the quality gate scores quality only).
 * @returns The figures, or null (with a printed reason) when ../shared is absent.
 */
export async function evalCluster(opts: { timing?: boolean } = {}): Promise<ClusterBench | null> {
  const data = sharedPath('data');
  const seeds = sharedPath('seeds');
  const gold = sharedPath('gold', 'seeds.json');
  if (!data || !seeds || !gold) {
    console.log('bench/cluster: skipped, ../shared (data, seeds, gold/seeds.json) is absent');
    return null;
  }
  const streams = await loadDevStreams(data, Array.from({ length: 35 }, (_, i) => i + 1));
  const ex = await loadExtractors();
  return {
    ecb: scoreStream(streams.ecb),
    uci: scoreStream(streams.uci),
    newswcl: scoreStream(streams.newswcl),
    seeds: await scoreSeeds(seeds, gold, ex),
    msPerArticleAt100k: opts.timing === false ? Number.NaN : timeAssignment(100_000, 2_000),
    extractors: streams.used,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await evalCluster();
  if (r) {
    const f = (x: Prf): string => `P ${x.p.toFixed(4)}  R ${x.r.toFixed(4)}  F1 ${x.f1.toFixed(4)}`;
    console.log(`extractors          ${r.extractors}`);
    console.log(`ECB+ 1–35 (within topic)  ${f(r.ecb)}   (target F1 ≥ 0.90)`);
    console.log(`UCI headlines             ${f(r.uci)}`);
    console.log(`NewsWCL50                 ${f(r.newswcl)}`);
    console.log(`seeds                     ${r.seeds.passed}/${r.seeds.total} clusters exact${r.seeds.failures.map((x) => `\n  FAIL ${x}`).join('')}`);
    console.log(`assignment at 100k        ${r.msPerArticleAt100k.toFixed(3)} ms/article (target ≤ 2)`);
  }
}
