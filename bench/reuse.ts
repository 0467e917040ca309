/**
 * Reuse at stream scale: LSH candidate recall against an exact containment baseline from the same run,
 * pair precision against the generator's ground truth, index build speed, peak memory and query latency.
 * Usage: node --import tsx bench/reuse.ts [articles=1000000] [queries=2000]
 */
import { pathToFileURL } from 'node:url';
import { fingerprint } from '../src/fingerprint/fingerprint.ts';
import { resolveFingerprintOptions } from '../src/fingerprint/FingerprintOptions.ts';
import { MemoryLshIndex } from '../src/reuse/MemoryLshIndex.ts';
import { generateReprints } from './lib/generateReprints.ts';
import { mulberry32 } from './lib/rng.ts';
import { intersectSorted } from '../src/fingerprint/intersectSorted.ts';

/** Figures printed by the reuse benchmark. */
export interface ReuseBench {
  articles: number;
  queries: number;
  /** Per second of CPU time (one core); `buildArticlesPerWallSecond` per second of wall-clock time. */
  buildArticlesPerSecond: number;
  buildArticlesPerWallSecond: number;
  generateArticlesPerSecond: number;
  peakRssGB: number;
  /** Peak RSS is read before the exact baseline's index is built. */
  indexGB: number;
  queryP50ms: number;
  queryP99ms: number;
  /** Candidate lookup, ranking and verification alone, the query's fingerprint given (as for the exact baseline). */
  lookupP50ms: number;
  lookupP99ms: number;
  exactIndexGB: number;
  exactMsPerQuery: number;
  exactPairs: number;
  candidateRecall: number;
  reportedRecall: number;
  pairPrecision: number;
  candidatesPerQuery: number;
}

const CONTAINMENT = 0.5;
const TOP = 50;
/** Keys shared by more articles than this are boilerplate, not evidence (as in updateReuse). */
const MAX_POSTINGS = 1000;


/**
 * Run the benchmark.
 * @param n corpus size (the reported figure uses 1,000,000)
 * @param q number of query articles for latency and recall
 */
export async function benchReuse(n = 1_000_000, q = 2000, log: (s: string) => void = () => {}): Promise<ReuseBench> {
  const corpus = generateReprints(n);
  const opts = resolveFingerprintOptions();
  const index = new MemoryLshIndex(n * 48);
  let pool = new Uint32Array(Math.max(1 << 20, n * 64));
  const offsets = new Float64Array(n + 1);
  let used = 0, buildMs = 0, genMs = 0, buildCpuUs = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const text = corpus.text(i);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const fp = fingerprint(text, opts);
    index.add(i, fp.keys);
    const c2 = process.cpuUsage(c1);
    buildCpuUs += c2.user + c2.system;
    buildMs += performance.now() - t1;
    genMs += t1 - t0;
    if (used + fp.shingles.length > pool.length) {
      const bigger = new Uint32Array(Math.ceil((used + fp.shingles.length) * 1.5));
      bigger.set(pool.subarray(0, used));
      pool = bigger;
    }
    pool.set(fp.shingles, used);
    used += fp.shingles.length;
    offsets[i + 1] = used;
    if ((i + 1) % 100_000 === 0) log(`  indexed ${i + 1} (${Math.round(((i + 1) / buildMs) * 1000)} articles/s)`);
  }
  const shinglesOf = (i: number): Uint32Array => pool.subarray(offsets[i]!, offsets[i + 1]!);

  // Queries: half from articles that have reprints, half uniform.
  const rnd = mulberry32(42);
  const picks = new Set<number>();
  while (picks.size < q / 2) {
    const i = Math.floor(rnd() * n);
    if (corpus.baseOf(i) !== i) picks.add(i);
  }
  while (picks.size < q) picks.add(Math.floor(rnd() * n));
  const queries = [...picks];
  const lat: number[] = [];
  const lookup: number[] = [];
  const candidates: Set<number>[] = [];
  const reported: Set<number>[] = [];
  let candCount = 0;
  for (const qi of queries) {
    const text = corpus.text(qi);
    const t = performance.now();
    const fp = fingerprint(text, opts);
    const tLookup = performance.now();
    const hits = index.query(fp.keys, MAX_POSTINGS);
    hits.delete(qi);
    const ranked = [...hits].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    const rep = new Set<number>();
    for (const [d] of ranked) {
      const c = intersectSorted(fp.shingles, shinglesOf(d));
      if (c / fp.shingles.length >= CONTAINMENT || c / shinglesOf(d).length >= CONTAINMENT) rep.add(d);
    }
    lat.push(performance.now() - t);
    lookup.push(performance.now() - tLookup);
    candidates.push(new Set(ranked.map(([d]) => d)));
    reported.push(rep);
    candCount += ranked.length;
  }
  lat.sort((a, b) => a - b);
  lookup.sort((a, b) => a - b);

  const peakRss = process.resourceUsage().maxRSS * 1024;
  // Exact baseline: a full inverted index of every shingle (CSR arrays), then exact overlap counts per query.
  const t0 = performance.now();
  const bits = 26, mask = (1 << bits) - 1;
  const start = new Uint32Array((1 << bits) + 1);
  for (let k = 0; k < used; k++) start[(pool[k]! & mask) + 1]!++;
  for (let b = 0; b < 1 << bits; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, 1 << bits);
  const postDoc = new Uint32Array(used), postSh = new Uint32Array(used);
  for (let d = 0; d < n; d++) {
    for (let k = offsets[d]!; k < offsets[d + 1]!; k++) {
      const s = pool[k]!, b = s & mask, at = fill[b]!++;
      postDoc[at] = d;
      postSh[at] = s;
    }
  }
  const exactBuildMs = performance.now() - t0;
  const exactGB = (start.byteLength + postDoc.byteLength + postSh.byteLength) / 2 ** 30;
  const t1 = performance.now();
  const counts = new Uint16Array(n);
  const touched: number[] = [];
  let exactPairs = 0, candHit = 0, repHit = 0;
  queries.forEach((qi, k) => {
    const sq = shinglesOf(qi);
    for (const s of sq) {
      const b = s & mask;
      for (let at = start[b]!; at < start[b + 1]!; at++) {
        if (postSh[at] !== s) continue;
        const d = postDoc[at]!;
        if (counts[d] === 0) touched.push(d);
        counts[d]!++;
      }
    }
    for (const d of touched) {
      const c = counts[d]!;
      counts[d] = 0;
      if (d === qi) continue;
      if (c / sq.length >= CONTAINMENT || c / shinglesOf(d).length >= CONTAINMENT) {
        exactPairs++;
        if (candidates[k]!.has(d)) candHit++;
        if (reported[k]!.has(d)) repHit++;
      }
    }
    touched.length = 0;
  });
  const exactMs = performance.now() - t1;
  log(`  exact index built in ${(exactBuildMs / 1000).toFixed(1)} s`);
  let repTotal = 0, repTrue = 0;
  queries.forEach((qi, k) => {
    for (const d of reported[k]!) {
      repTotal++;
      if (corpus.baseOf(d) === corpus.baseOf(qi)) repTrue++;
    }
  });
  return {
    articles: n,
    queries: q,
    buildArticlesPerSecond: (n / buildCpuUs) * 1e6,
    buildArticlesPerWallSecond: (n / buildMs) * 1000,
    generateArticlesPerSecond: (n / genMs) * 1000,
    peakRssGB: peakRss / 2 ** 30,
    indexGB: index.bytes() / 2 ** 30,
    queryP50ms: lat[Math.floor(lat.length * 0.5)]!,
    queryP99ms: lat[Math.floor(lat.length * 0.99)]!,
    lookupP50ms: lookup[Math.floor(lookup.length * 0.5)]!,
    lookupP99ms: lookup[Math.floor(lookup.length * 0.99)]!,
    exactIndexGB: exactGB,
    exactMsPerQuery: exactMs / q,
    exactPairs,
    candidateRecall: exactPairs ? candHit / exactPairs : 1,
    reportedRecall: exactPairs ? repHit / exactPairs : 1,
    pairPrecision: repTotal ? repTrue / repTotal : 1,
    candidatesPerQuery: candCount / q,
  };
}

/** Print the figures with their targets. */
export function printReuse(r: ReuseBench, print: (s: string) => void = console.log): void {
  const f = (x: number, d = 1): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  print(`  articles indexed    ${r.articles.toLocaleString('en-US')} (${r.queries} query articles)`);
  print(`  index build         ${f(r.buildArticlesPerSecond, 0)} articles per CPU second, fingerprint + LSH insert (target ≥ 5,000/s); ${f(r.buildArticlesPerWallSecond, 0)}/s wall clock`);
  print(`  peak RSS            ${f(r.peakRssGB, 2)} GB, LSH index ${f(r.indexGB, 2)} GB (target ≤ 8 GB)`);
  print(`  query latency       p50 ${f(r.queryP50ms, 2)} ms, p99 ${f(r.queryP99ms, 2)} ms, fingerprinting the query included (target p99 ≤ 5 ms); ${f(r.candidatesPerQuery)} candidates/query`);
  print(`  lookup alone        p50 ${f(r.lookupP50ms, 2)} ms, p99 ${f(r.lookupP99ms, 2)} ms (LSH lookup, ranking, exact verification of the top candidates)`);
  print(`  exact baseline      ${f(r.exactMsPerQuery, 2)} ms/query on a full inverted index of every shingle (${f(r.exactIndexGB, 2)} GB against the LSH index's ${f(r.indexGB, 2)} GB); ${r.exactPairs} pairs with containment ≥ ${CONTAINMENT}`);
  print(`  candidate recall    ${f(r.candidateRecall, 4)} against the exact baseline (target ≥ 0.99)`);
  print(`  reported recall     ${f(r.reportedRecall, 4)} after exact verification of the candidates`);
  print(`  pair precision      ${f(r.pairPrecision, 4)} against the generator's ground truth (target ≥ 0.95)`);
  print(`  lookup vs exact     ${f(r.exactMsPerQuery / r.lookupP50ms, 1)}× (mean exact query time over the median LSH lookup)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchReuse(Number(process.argv[2] ?? 1_000_000), Number(process.argv[3] ?? 2000), console.log);
  printReuse(r);
}
