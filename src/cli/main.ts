import { writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { runPipeline, type RunReport } from '../pipeline/runPipeline.ts';
import { buildAnalysis } from '../report/buildAnalysis.ts';
import { analysisInput } from '../report/analysisInput.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import type { Article } from '../types/index.ts';
import { VERSION } from '../version.ts';
import { EXIT } from './exitCodes.ts';
import { createProgress } from './progress.ts';
import { sideBySide } from './sideBySide.ts';
import { findEntities } from '../extract/entities/findEntities.ts';
import { loadTagger } from '../extract/entities/loadTagger.ts';
import { normalizeToken } from '../extract/entities/normalizeToken.ts';
import { findTimes } from '../extract/time/findTimes.ts';
import { renderReport } from '../report/renderReport.ts';

const DEFAULT_DB = process.env.COTEJO_DB ?? 'cotejo.db';

const COMMON = {
  db: { type: 'string', default: DEFAULT_DB },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies ParseArgsConfig['options'];

interface Command {
  usage: string;
  summary: string;
  options: ParseArgsConfig['options'];
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

const EXIT_HELP = `Exit codes:
  0  everything went in
  1  some inputs failed (each is named on stderr); the others were stored
  2  bad command line
  3  not found
  4  fatal: the store could not be opened, or an unexpected error`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

const LANGS = new Set(['es', 'en']);

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const err = (s: string): void => void process.stderr.write(`cotejo: ${s}\n`);

/** Write JSON to a file, or to stdout when the target is `-`. */
function emitJson(target: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (target === '-') process.stdout.write(text);
  else writeFileSync(target, text);
}

async function countFiles(paths: readonly string[]): Promise<number> {
  let n = 0;
  const walk = async (p: string): Promise<void> => {
    const s = await stat(p).catch(() => null);
    if (!s) return void n++;
    if (!s.isDirectory()) return void n++;
    for (const e of await readdir(p, { withFileTypes: true })) if (!e.name.startsWith('.')) await walk(join(p, e.name));
  };
  for (const p of paths) if (p !== '-') await walk(p);
  return n;
}

function openStore(path: string, readonly = false): SqliteStore {
  return new SqliteStore({ path, readonly });
}

/** Open the store read-only, run `fn`, and close the store whatever happens. */
function withStore(path: string, fn: (store: SqliteStore) => number): number {
  const store = openStore(path, true);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

async function ingestPaths(values: Record<string, unknown>, paths: string[]): Promise<{ store: SqliteStore; report: RunReport }> {
  const store = openStore(values.db as string);
  const progress = createProgress(process.stderr, values.quiet ? 0 : await countFiles(paths));
  const report = await runPipeline(paths, { store, onProgress: (p) => progress.update(p.done, p.failed) });
  progress.finish();
  for (const e of report.errors) err(`error: ${e.message} [${e.rule}]`);
  if (!values.quiet)
    process.stderr.write(
      `cotejo: ${report.ids.length} articles (${report.inserted} new, ${report.duplicates} already stored), ${report.errors.length} failed; store ${values.db as string} has ${store.count()}\n`,
    );
  return { store, report };
}

function articleLine(a: Article): string {
  return [a.id, a.published.value ?? '----------', a.language.code, (a.outlet?.value ?? '-').slice(0, 24).padEnd(24), a.title?.value ?? a.text.slice(0, 70).replace(/\s+/g, ' ')].join('  ');
}

const COMMANDS: Record<string, Command> = {
  run: {
    usage: 'cotejo run PATHS… [--db FILE] [--json FILE] [--report FILE]',
    summary: 'the main job: ingest inputs, run every stage, write the analysis JSON and the HTML report',
    options: { ...COMMON, report: { type: 'string' } },
    async run(values, paths) {
      if (!paths.length) throw new UsageError('run needs at least one path (or - for stdin)');
      const { store, report } = await ingestPaths(values, paths);
      try {
        const input = analysisInput(store, report.ids, report.errors);
        const doc = buildAnalysis(input);
        if (values.json) emitJson(values.json as string, doc);
        if (values.report) writeFileSync(values.report as string, renderReport(doc));
        if (!values.json || values.json !== '-') {
          for (const s of doc.stories) {
            out(`\n${s.label.slice(0, 100)}\n  ${s.dateRange?.join(' – ') ?? 'undated'} · ${s.articles.length} articles · ${s.independentSources} independent sources`);
            for (const id of s.articles) {
              const a = input.articles.find((x) => x.id === id);
              if (a) out(`  ${articleLine(a)}`);
            }
            for (const p of doc.reuse.filter((r) => s.articles.includes(r.a) && s.articles.includes(r.b)))
              out(`    reuse: ${p.a.slice(0, 8)} → ${p.b.slice(0, 8)} ${p.relation}${p.source ? ` (source ${p.source.slice(0, 8)})` : ''}`);
          }
        }
      } finally {
        store.close();
      }
      return report.errors.length ? EXIT.someFailed : EXIT.ok;
    },
  },
  ingest: {
    usage: 'cotejo ingest PATHS… [--db FILE] [--json FILE]',
    summary: 'read, clean and store inputs (txt, HTML, JSON, JSON Lines; directories; - for stdin)',
    options: COMMON,
    async run(values, paths) {
      if (!paths.length) throw new UsageError('ingest needs at least one path (or - for stdin)');
      const { store, report } = await ingestPaths(values, paths);
      store.close();
      if (values.json) emitJson(values.json as string, report);
      return report.errors.length ? EXIT.someFailed : EXIT.ok;
    },
  },
  articles: {
    usage: 'cotejo articles [--db FILE] [--outlet NAME] [--lang CODE] [--from DATE] [--to DATE] [--limit N] [--json FILE]',
    summary: 'list stored articles',
    options: { ...COMMON, outlet: { type: 'string' }, lang: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } },
    async run(values) {
      return withStore(values.db as string, (store) => {
        const limit = values.limit ? Number(values.limit) : undefined;
        if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit must be a positive integer');
        const articles = store.listArticles({ outlet: values.outlet as string, language: values.lang as string, from: values.from as string, to: values.to as string, limit });
        if (values.json) emitJson(values.json as string, buildAnalysis({ ...analysisInput(store, articles.map((a) => a.id)) }).articles);
        else for (const a of articles) out(articleLine(a));
        return EXIT.ok;
      });
    },
  },
  show: {
    usage: 'cotejo show ID [--db FILE] [--removed] [--json FILE]',
    summary: 'show one article: metadata with evidence, clean text, and (with --removed) what cleaning dropped',
    options: { ...COMMON, removed: { type: 'boolean' } },
    async run(values, [id]) {
      if (!id) throw new UsageError('show needs an article id');
      return withStore(values.db as string, (store) => {
        const a = store.getArticle(id);
        if (!a) {
          err(`no article ${id} in ${values.db as string}`);
          return EXIT.notFound;
        }
        if (values.json) return emitJson(values.json as string, buildAnalysis(analysisInput(store, [a.id])).articles[0]), EXIT.ok;
        const field = (name: string, v: { value: string | null; evidence: string | null } | null): void =>
          out(`${name.padEnd(10)} ${v?.value ?? '(unknown)'}${v?.evidence ? `   ← ${v.evidence}` : ''}`);
        out(`id         ${a.id}`);
        out(`sources    ${store.sourcesOf(a.id).join(', ')}`);
        field('title', a.title);
        field('outlet', a.outlet);
        field('published', a.published);
        out(`dateline   ${a.dateline ? `${a.dateline.text}  (place ${a.dateline.place ?? '?'}, date ${a.dateline.date ?? '?'}, agency ${a.dateline.agency ?? '?'})` : '(none)'}`);
        field('agency', a.agency);
        field('byline', a.byline);
        out(`language   ${a.language.code} (${a.language.confidence})`);
        out('');
        out(a.text);
        if (values.removed) {
          out('\n--- removed ---');
          for (const r of a.removed) out(`[${r.reason}] ${r.text}`);
        }
        return EXIT.ok;
      });
    },
  },
  reuse: {
    usage: 'cotejo reuse ID [--db FILE] [--json FILE]',
    summary: 'show the articles that reuse text with ID: relation, source and evidence, and the aligned passages side by side',
    options: COMMON,
    async run(values, [id]) {
      if (!id) throw new UsageError('reuse needs an article id');
      return withStore(values.db as string, (store) => {
        const a = store.getArticle(id);
        if (!a) {
          err(`no article ${id} in ${values.db as string}`);
          return EXIT.notFound;
        }
        const pairs = store.reusePairs([a.id]);
        if (values.json) return emitJson(values.json as string, pairs), EXIT.ok;
        if (!pairs.length) out(`${a.id} shares no text with any stored article`);
        const width = process.stdout.columns || 120;
        for (const p of pairs) {
          const [x, y] = [store.getArticle(p.a)!, store.getArticle(p.b)!];
          const label = (z: Article): string => `${z.id} ${z.outlet?.value ?? z.source}`;
          out(`\n${p.relation.toUpperCase()}  ${label(x)}  ↔  ${label(y)}`);
          out(`  source: ${p.source ?? 'unknown'} (${p.sourceEvidence.join('; ')})`);
          out(`  containment: ${p.containment.aInB} of the left is in the right, ${p.containment.bInA} of the right in the left; ${p.passages.length} passages`);
          for (const q of p.passages) {
            out(`\n  passage, similarity ${q.similarity}   [${q.a[0]}–${q.a[1]}]  [${q.b[0]}–${q.b[1]}]`);
            for (const line of sideBySide(x.text.slice(q.a[0], q.a[1]), y.text.slice(q.b[0], q.b[1]), width - 2)) out(`  ${line}`);
          }
          if (p.added.length) out(`\n  added by the right: ${p.added.length} sentences, e.g. "${p.added[0]!.text.slice(0, 100)}"`);
          if (p.dropped.length) out(`  dropped from the left: ${p.dropped.length} sentences, e.g. "${p.dropped[0]!.text.slice(0, 100)}"`);
        }
        return EXIT.ok;
      });
    },
  },
  stories: {
    usage: 'cotejo stories [--db FILE] [--json FILE]',
    summary: 'list stories: date range, articles, independent sources, events and label',
    options: COMMON,
    async run(values) {
      return withStore(values.db as string, (store) => {
        const doc = buildAnalysis(analysisInput(store));
        if (values.json) return emitJson(values.json as string, doc.stories.map(({ facts: _f, timeline: _t, ...s }) => s)), EXIT.ok;
        for (const s of doc.stories)
          out(`${s.id}  ${(s.dateRange?.join('…') ?? 'undated').padEnd(22)}  ${String(s.articles.length).padStart(3)} articles  ${String(s.independentSources).padStart(3)} independent  ${s.events.length} events  ${s.label.slice(0, 70)}`);
        return EXIT.ok;
      });
    },
  },
  story: {
    usage: 'cotejo story ID [--db FILE] [--json FILE]',
    summary: 'one story: summary with citations, timeline, provenance, quotes with fidelity, framing, coverage',
    options: COMMON,
    async run(values, [id]) {
      if (!id) throw new UsageError('story needs a story id (see cotejo stories)');
      return withStore(values.db as string, (store) => {
        const doc = buildAnalysis(analysisInput(store));
        const s = doc.stories.find((x) => x.id === id || x.id.startsWith(id));
        if (!s) {
          err(`no story ${id} in ${values.db as string}`);
          return EXIT.notFound;
        }
        if (values.json) return emitJson(values.json as string, s), EXIT.ok;
        const byId = new Map(doc.articles.map((a) => [a.id, a]));
        const name = (aid: string): string => byId.get(aid)?.outlet ?? byId.get(aid)?.source.split('/').pop() ?? aid;
        out(`${s.label}\n${s.dateRange?.join(' – ') ?? 'undated'} · ${s.articles.length} articles · ${s.independentSources} independent sources\n`);
        out('SUMMARY');
        for (const x of s.summary) out(`  • ${x.text}  [${name(x.article)}]`);
        out('\nTIMELINE');
        for (const t of s.timeline) out(`  ${t.date.padEnd(10)}  ${t.text.slice(0, 90)}  [${name(t.article)}${t.evidence === 'published' ? ', published' : `: “${t.evidence}”`}]`);
        out('\nPROVENANCE');
        for (const p of doc.reuse.filter((r) => s.articles.includes(r.a) && s.articles.includes(r.b)))
          out(`  ${name(p.a)} → ${name(p.b)}: ${p.relation}${p.source ? `, source ${name(p.source)}` : ''} (${p.sourceEvidence[0] ?? ''})`);
        out('\nQUOTES');
        for (const g of doc.quoteGroups.filter((q) => q.variants.length > 1 && q.variants.some((v) => s.articles.includes(v.article))))
          for (const v of g.variants) out(`  ${(g.speakerName ?? '?').padEnd(18)} ${v.fidelity.padEnd(8)}${v.original ? ' original' : '         '} ${name(v.article).padEnd(22)} «${byId.get(v.article)?.quotes[v.quote]?.text.slice(0, 70) ?? ''}»`);
        out('\nFRAMING');
        for (const f of s.framing) out(`  ${name(f.article).padEnd(22)} ${(f.actorName ?? '(no actor)').padEnd(18)} ${f.terms.map((t) => (t.loaded ? `*${t.text}*` : t.text)).join(', ')}`);
        out(`\nCOVERAGE: ${s.facts.length} facts; ${s.articles.map((a) => `${name(a)} adds ${s.additions[a]?.length ?? 0}, omits ${s.omissions[a]?.length ?? 0}`).join('; ')}`);
        return EXIT.ok;
      });
    },
  },
  report: {
    usage: 'cotejo report --out FILE [--db FILE]',
    summary: 'write a self-contained HTML report of every story (opens with no network)',
    options: { ...COMMON, out: { type: 'string' } },
    async run(values) {
      if (!values.out) throw new UsageError('report needs --out FILE');
      return withStore(values.db as string, (store) => {
        writeFileSync(values.out as string, renderReport(buildAnalysis(analysisInput(store))));
        if (!values.quiet) process.stderr.write(`cotejo: report written to ${values.out as string}\n`);
        return EXIT.ok;
      });
    },
  },
  serve: {
    usage: 'cotejo serve [--db FILE] [--port N] [--host H] [--token T]',
    summary: 'serve the HTTP API (/api, described at /api/openapi.json) and the web UI over the store; 127.0.0.1 by default, other hosts need --token (or $COTEJO_TOKEN)',
    options: { db: COMMON.db, help: COMMON.help, quiet: COMMON.quiet, port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' }, token: { type: 'string' } },
    async run(values) {
      const port = Number(values.port);
      if (!/^\d{1,5}$/.test(values.port as string) || port > 65535) throw new UsageError(`--port must be a port number, not ${String(values.port)}`);
      const token = (values.token as string | undefined) ?? process.env.COTEJO_TOKEN;
      const { startServer } = await import('../serve/startServer.ts');
      const { resolveServeOptions } = await import('../serve/ServeOptions.ts');
      try {
        resolveServeOptions({ host: values.host as string, port, token });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const store = openStore(values.db as string);
      const server = await startServer(store, { host: values.host as string, port, token });
      if (!values.quiet) process.stderr.write(`cotejo: serving ${values.db as string} (${store.count()} articles) at ${server.url}/  (API: ${server.url}/api/openapi.json)${token ? '; writes need the bearer token' : ''}\n`);
      await new Promise<void>((done) => {
        const stop = (): void => void server.close().then(done);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      store.close();
      return EXIT.ok;
    },
  },
  tag: {
    usage: 'cotejo tag [--lang es|en] [--conll] < input',
    summary: 'named entities of text on stdin as JSON; with --conll, read token-per-line CoNLL and write "token [gold] predicted" lines',
    options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string', default: 'es' }, conll: { type: 'boolean' } },
    async run(values) {
      const lang = values.lang as string;
      if (!LANGS.has(lang)) throw new UsageError(`--lang must be es or en, not ${lang}`);
      const input = await readStdin();
      if (!values.conll) return out(JSON.stringify(findEntities(input, lang), null, 2)), EXIT.ok;
      const tagger = loadTagger(lang as 'es' | 'en');
      const flush = (rows: string[][]): void => {
        if (!rows.length) return;
        const pred = tagger.tag(rows.map((r) => normalizeToken(r[0]!)));
        rows.forEach((r, i) => out(r.length > 1 ? `${r[0]} ${r.at(-1)} ${pred[i]}` : `${r[0]} ${pred[i]}`));
        out('');
      };
      let sentence: string[][] = [];
      for (const line of input.split(/\r?\n/)) {
        const cols = line.trim().split(/\s+/).filter(Boolean);
        if (!cols.length || cols[0] === '-DOCSTART-') {
          flush(sentence);
          sentence = [];
          continue;
        }
        sentence.push(cols);
      }
      flush(sentence);
      return EXIT.ok;
    },
  },
  times: {
    usage: 'cotejo times [--dct YYYY-MM-DD] [--lang es|en] < text',
    summary: 'time expressions of text on stdin, resolved against the document date (none: relative ones give null), as JSON',
    options: { help: { type: 'boolean', short: 'h' }, dct: { type: 'string' }, lang: { type: 'string', default: 'es' } },
    async run(values) {
      const dct = (values.dct as string | undefined) ?? null;
      if (dct !== null && !/^\d{4}-\d\d-\d\d$/.test(dct)) throw new UsageError(`--dct must be a date YYYY-MM-DD, not ${dct}`);
      if (!LANGS.has(values.lang as string)) throw new UsageError(`--lang must be es or en, not ${String(values.lang)}`);
      out(JSON.stringify(findTimes(await readStdin(), { dct, lang: values.lang as string }), null, 2));
      return EXIT.ok;
    },
  },
  search: {
    usage: 'cotejo search QUERY… [--db FILE] [--limit N] [--json FILE]',
    summary: 'full-text search over stored articles (accents folded; any text is accepted)',
    options: { ...COMMON, limit: { type: 'string' } },
    async run(values, words) {
      if (!words.length) throw new UsageError('search needs a query');
      return withStore(values.db as string, (store) => {
        const hits = store.search(words.join(' '), values.limit ? Number(values.limit) : 20);
        if (values.json) emitJson(values.json as string, hits);
        else for (const h of hits) out(`${h.id}  ${h.published ?? '----------'}  ${h.title ?? ''}\n    ${h.snippet.replace(/\s+/g, ' ')}`);
        return EXIT.ok;
      });
    },
  },
};

class UsageError extends Error {}

function globalHelp(): string {
  const lines = Object.entries(COMMANDS).map(([, c]) => `  ${c.usage}\n      ${c.summary}`);
  return `cotejo ${VERSION}: news-coverage intelligence\n\nUsage:\n${lines.join('\n')}\n\nEvery command takes --help. The store defaults to ./cotejo.db (or $COTEJO_DB).\n\n${EXIT_HELP}\n`;
}

/**
 * Run the command line and return the exit code.
 * @param argv arguments after the program name
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(globalHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') return out(VERSION), EXIT.ok;
  const cmd = COMMANDS[name];
  if (!cmd) {
    err(`unknown command '${name}'. Run cotejo --help.`);
    return EXIT.usage;
  }
  try {
    const parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
    const values = parsed.values as Record<string, unknown>;
    const positionals = parsed.positionals;
    if (values.help) {
      process.stdout.write(`Usage: ${cmd.usage}\n\n${cmd.summary}\n\n${EXIT_HELP}\n`);
      return EXIT.ok;
    }
    return await cmd.run(values, positionals);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`${(e as Error).message}\nUsage: ${cmd.usage}`);
      return EXIT.usage;
    }
    if ((e as { code?: string }).code === 'SQLITE_CANTOPEN') {
      err(`cannot open the store: ${(e as Error).message}`);
      return EXIT.fatal;
    }
    err(`fatal: ${(e as Error).stack ?? String(e)}`);
    return EXIT.fatal;
  }
}
