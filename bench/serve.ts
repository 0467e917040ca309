/**
 * Load benchmark of `cotejo serve`: p99 latency of the story-page API and of search with 50 concurrent
 * clients, first on an idle server (the baseline, same run) and then while articles are being ingested
 * through POST /api/articles in a loop. The store holds at least 10,000 generated articles (reprints with
 * known reuse, bench/lib/generateReprints.ts), ingested through the library, not HTTP.
 * The server runs in its own process (`bin/cotejo.js serve`), bound to 127.0.0.1; autocannon and the
 * ingestion loop run here.
 *
 *   node --import tsx bench/serve.ts [--articles 10000] [--seconds 10] [--connections 50] [--db FILE]
 *
 * With `--db FILE`, the store is kept there and reused by later runs when it already holds enough articles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bytesToDocs, type ReadResult } from '../src/ingest/readInputs.ts';
import { ingestDocs } from '../src/pipeline/ingestDocs.ts';
import { loadContext } from '../src/pipeline/runPipeline.ts';
import { SqliteStore } from '../src/store/sqlite/SqliteStore.ts';
import { generateReprints } from './lib/generateReprints.ts';
import { REPO } from './lib/shared.ts';

interface Latency { p50: number; p90: number; p99: number; average: number; max: number }
interface CannonResult { latency: Latency; requests: { average: number; total: number }; non2xx: number; errors: number; timeouts: number; '2xx': number }
interface CannonRequest { method?: string; path?: string; setupRequest?: (req: Record<string, unknown>) => Record<string, unknown> }
type Cannon = (opts: { url: string; connections: number; duration: number; requests: CannonRequest[]; timeout?: number }) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

/** One measured load phase. */
export interface PhaseFigures {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** What the benchmark prints. */
export interface ServeBench {
  articles: number;
  setupSeconds: number | null;
  /** Time of the first list request (building the lists' index over the whole store), ms. */
  indexBuildMs: number;
  connections: number;
  seconds: number;
  idle: { story: PhaseFigures; search: PhaseFigures };
  ingesting: { story: PhaseFigures; search: PhaseFigures; posts: number; postP50: number; postP99: number; postErrors: number };
  articlesAfter: number;
}

const figures = (r: CannonResult): PhaseFigures => ({
  p50: r.latency.p50,
  p90: r.latency.p90,
  p99: r.latency.p99,
  max: r.latency.max,
  requestsPerSecond: Math.round(r.requests.average),
  requests: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

function pct(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Generated article `i` of the corpus, as read results. */
function docsOf(corpus: ReturnType<typeof generateReprints>, from: number, to: number): ReadResult[] {
  const enc = new TextEncoder();
  const out: ReadResult[] = [];
  for (let i = from; i < to; i++) out.push(...bytesToDocs(`gen/${i}.txt`, enc.encode(corpus.text(i)), '2025-01-01T00:00:00Z'));
  return out;
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/openapi.json`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

/**
 * Run the benchmark.
 * @param o number of articles, seconds per phase, concurrent clients, and an optional store path to keep
 */
export async function benchServe(o: { articles: number; seconds: number; connections: number; db?: string }): Promise<ServeBench> {
  const tmp = o.db ? null : mkdtempSync(join(tmpdir(), 'cotejo-bench-serve-'));
  const db = o.db ?? join(tmp!, 'bench.db');
  // Extra articles beyond the store's, posted during the ingestion phases.
  const corpus = generateReprints(o.articles + 20_000, 0.4, 11);
  let setupSeconds: number | null = null;
  {
    const store = new SqliteStore({ path: db });
    const have = store.count();
    if (have < o.articles * 0.95) {
      const t = performance.now();
      const context = await loadContext();
      for (let i = 0; i < o.articles; i += 1000) {
        await ingestDocs(docsOf(corpus, i, Math.min(o.articles, i + 1000)), { store, context });
        process.stderr.write(`\rsetup: ${Math.min(o.articles, i + 1000)}/${o.articles} articles ingested`);
      }
      process.stderr.write('\n');
      setupSeconds = Math.round((performance.now() - t) / 1000);
    }
    store.close();
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(REPO, 'bin', 'cotejo.js'), 'serve', '--db', db, '--port', String(port), '--quiet'], { stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitReady(url, child);
    let t = performance.now();
    const stories = (await (await fetch(`${url}/api/stories?limit=500`)).json()) as { items: { id: string; articles: string[] }[]; total: number };
    const indexBuildMs = Math.round(performance.now() - t);
    const storyIds = stories.items.filter((s) => s.articles.length >= 2).map((s) => s.id);
    if (!storyIds.length) storyIds.push(...stories.items.map((s) => s.id));
    // Search terms: words of the generated vocabulary (frequent and rare), and hostile strings.
    const words = corpus.text(0).split(/\s+/).concat(corpus.text(1).split(/\s+/)).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 3);
    const terms = [...new Set(words)].slice(0, 40).concat(['EE.UU.', '"la que"', '(de OR la)']);
    let si = 0, qi = 0;
    const storyReq: CannonRequest[] = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/stories/${encodeURIComponent(storyIds[si++ % storyIds.length]!)}` }) }];
    const searchReq: CannonRequest[] = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/articles?limit=20&q=${encodeURIComponent(terms[qi++ % terms.length]!)}` }) }];
    const load = (requests: CannonRequest[]): Promise<CannonResult> => autocannon({ url, connections: o.connections, duration: o.seconds, requests, timeout: 30 });

    process.stderr.write(`store: ${o.articles} articles, ${stories.total} stories; index built in ${indexBuildMs} ms\nidle: story pages…\n`);
    const idleStory = figures(await load(storyReq));
    process.stderr.write('idle: search…\n');
    const idleSearch = figures(await load(searchReq));

    // Ingestion loop: one POST at a time, each a batch of 5 new articles as JSON Lines, until stopped.
    let next = o.articles, stop = false, postErrors = 0;
    const postMs: number[] = [];
    const ingestLoop = (async () => {
      while (!stop) {
        const lines = [];
        for (let k = 0; k < 5; k++, next++) lines.push(JSON.stringify({ id: `bench-${next}`, title: corpus.text(next).split('.')[0], maintext: corpus.text(next), date_publish: '2025-02-01 10:00:00' }));
        const t0 = performance.now();
        try {
          const r = await fetch(`${url}/api/articles?source=bench.jsonl`, { method: 'POST', body: lines.join('\n'), headers: { 'content-type': 'application/x-ndjson' } });
          await r.arrayBuffer();
          if (r.status !== 201 && r.status !== 200) postErrors++;
        } catch {
          postErrors++;
        }
        postMs.push(performance.now() - t0);
      }
    })();
    process.stderr.write('ingesting: story pages…\n');
    const busyStory = figures(await load(storyReq));
    process.stderr.write('ingesting: search…\n');
    const busySearch = figures(await load(searchReq));
    stop = true;
    await ingestLoop;
    t = performance.now();
    const after = (await (await fetch(`${url}/api/articles?limit=1`)).json()) as { total: number };
    return {
      articles: o.articles,
      setupSeconds,
      indexBuildMs,
      connections: o.connections,
      seconds: o.seconds,
      idle: { story: idleStory, search: idleSearch },
      ingesting: { story: busyStory, search: busySearch, posts: postMs.length, postP50: pct(postMs, 50), postP99: pct(postMs, 99), postErrors },
      articlesAfter: after.total,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' }, db: { type: 'string' } } });
  const articles = Number(values.articles);
  if (!(articles >= 100)) throw new TypeError('--articles must be at least 100');
  if (values.db && existsSync(values.db)) process.stderr.write(`reusing ${values.db}\n`);
  const r = await benchServe({ articles, seconds: Number(values.seconds), connections: Number(values.connections), db: values.db });
  console.log(JSON.stringify(r, null, 2));
}
