/**
 * Time-expression benchmark: strict-span F1 and value accuracy of findTimes on the Spanish
 * TimeBank (train, our dev set) and the English TimeBank test set (TempEval-3), the seed gold's
 * time expressions, and throughput in MB of text per second on one core against a tokenizer baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { findTimes } from '../src/extract/time/findTimes.ts';
import { sharedPath } from './lib/shared.ts';

/** Detection and normalisation scores on one labelled set. */
export interface TimeScores {
  f1: number;
  precision: number;
  recall: number;
  /** Share of strictly matched spans whose value equals the gold value. */
  valueAccuracy: number;
  /** Gold expressions. */
  n: number;
}

/** Figures of one benchmark run. */
export interface TimeBenchResult {
  es: TimeScores;
  en: TimeScores;
  seeds: { passed: number; total: number; failures: string[] };
  mbPerSecond: number;
  /** Throughput of a plain word tokenizer over the same text, as the baseline. */
  baselineMbPerSecond: number;
}

interface Span { start: number; end: number; value: string }
interface Doc { dct: string; text: string; gold: Span[] }

/** Read an XTN TimeBank TSV (`TOKEN\tBIO-TYPE\tVALUE`, `*!-DCTVALUE="…"-!*` per document) into texts with gold spans. */
function loadTsv(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let open: Span | null = null;
  let lineStart = true;
  const close = () => {
    if (open && doc) doc.gold.push(open);
    open = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const dct = /^\*!-DCTVALUE="([^"]+)"-!\*/.exec(line);
    if (dct) {
      close();
      doc = { dct: dct[1]!, text: '', gold: [] };
      docs.push(doc);
      lineStart = true;
      continue;
    }
    if (!doc) continue;
    if (!line.trim()) {
      close();
      if (!lineStart) doc.text += '\n';
      lineStart = true;
      continue;
    }
    const [token = '', tag = 'O', value = ''] = line.split('\t');
    if (!lineStart) doc.text += ' ';
    lineStart = false;
    const start = doc.text.length;
    doc.text += token;
    if (tag.startsWith('B-')) {
      close();
      open = { start, end: doc.text.length, value };
    } else if (tag.startsWith('I-') && open) open.end = doc.text.length;
    else close();
  }
  close();
  return docs;
}

/** Score findTimes on documents; `errors` collects readable mistakes for development. */
function score(docs: Doc[], lang: string, errors?: string[]): TimeScores {
  let tp = 0, predicted = 0, gold = 0, valueOk = 0;
  for (const d of docs) {
    const found = findTimes(d.text, { dct: d.dct, lang, spans: 'timeml' });
    predicted += found.length;
    gold += d.gold.length;
    const byStart = new Map(found.map((t) => [`${t.start}:${t.end}`, t]));
    const goldKeys = new Set(d.gold.map((g) => `${g.start}:${g.end}`));
    for (const g of d.gold) {
      const t = byStart.get(`${g.start}:${g.end}`);
      if (!t) {
        errors?.push(`MISS  ${d.dct}  «${d.text.slice(g.start, g.end)}» ${g.value}  …${d.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' ')}…`);
        continue;
      }
      tp++;
      if (t.value === g.value) valueOk++;
      else errors?.push(`VALUE ${d.dct}  «${t.text}» got ${t.value} want ${g.value}  …${d.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' ')}…`);
    }
    for (const t of found) {
      if (!goldKeys.has(`${t.start}:${t.end}`)) errors?.push(`EXTRA ${d.dct}  «${t.text}» ${t.type} ${t.value}  …${d.text.slice(Math.max(0, t.start - 40), t.end + 30).replace(/\n/g, ' ')}…`);
    }
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall, valueAccuracy: tp ? valueOk / tp : 0, n: gold };
}

/** The seed gold's time expressions: each must come out with exactly its text and value. */
function seeds(): TimeBenchResult['seeds'] {
  const goldPath = sharedPath('gold', 'seeds.json');
  const dir = sharedPath('seeds');
  if (!goldPath || !dir) return { passed: 0, total: 0, failures: ['seeds absent'] };
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    articles: Record<string, { published?: string | null; dateline?: { date?: string | null } | null }>;
    time_expressions: { items: { article: string; text: string; value: string | null }[] };
  };
  const failures: string[] = [];
  const cache = new Map<string, ReturnType<typeof findTimes>>();
  for (const item of gold.time_expressions.items) {
    let found = cache.get(item.article);
    if (!found) {
      const meta = gold.articles[item.article];
      // DCT: the publication date, failing that the dateline date (the caller's choice, not the extractor's).
      const dct = meta?.published ?? meta?.dateline?.date ?? null;
      const text = readFileSync(join(dir, item.article), 'utf8').replace(/^\s*date \d{4}-\d\d-\d\d\s*/, '');
      found = findTimes(text, { dct, lang: 'es' });
      cache.set(item.article, found);
    }
    const hit = found.find((t) => t.text === item.text);
    if (!hit) failures.push(`${item.article}: «${item.text}» not found as a span`);
    else if (hit.value !== item.value) failures.push(`${item.article}: «${item.text}» got ${hit.value}, want ${item.value}`);
  }
  return { passed: gold.time_expressions.items.length - failures.length, total: gold.time_expressions.items.length, failures };
}

/** MB (UTF-8) per second of `fn` over `text`, best of `reps` runs after a warm-up. */
function throughput(text: string, fn: (t: string) => unknown, reps = 3): number {
  fn(text.slice(0, 200_000));
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    fn(text);
    best = Math.min(best, performance.now() - t0);
  }
  return Buffer.byteLength(text, 'utf8') / 1e6 / (best / 1000);
}

/**
 * Run the benchmark.
 * @param opts.errors when set, receives every miss, extra and wrong value on the Spanish (`es`) or English (`en`) set
 * @returns figures, or null (with a printed reason) when ../shared is absent
 */
export async function evalTime(opts: { errors?: { lang: 'es' | 'en'; out: string[] } } = {}): Promise<TimeBenchResult | null> {
  const esPath = sharedPath('data', 'xtn-timex-es-en', 'timebank', 'es', 'train.tsv');
  const enPath = sharedPath('data', 'xtn-timex-es-en', 'timebank', 'en', 'test.tsv');
  if (!esPath || !enPath) {
    console.log('skip: ../shared/data/xtn-timex-es-en/timebank not found');
    return null;
  }
  const esDocs = loadTsv(esPath);
  const enDocs = loadTsv(enPath);
  const es = score(esDocs, 'es', opts.errors?.lang === 'es' ? opts.errors.out : undefined);
  const en = score(enDocs, 'en', opts.errors?.lang === 'en' ? opts.errors.out : undefined);

  // Throughput: the Spanish corpus text repeated to about 8 MB, one document per call.
  const corpus = esDocs.map((d) => d.text).join('\n\n');
  const big = corpus.repeat(Math.ceil(8e6 / Buffer.byteLength(corpus, 'utf8')));
  const chunks = big.match(/[^]{1,20000}/g) ?? [];
  const run = (t: string) => {
    for (const c of t === big ? chunks : [t]) findTimes(c, { dct: '2025-11-04', lang: 'es' });
  };
  const words = /[\p{L}\p{N}]+/gu;
  const baseline = (t: string) => {
    let n = 0;
    for (words.lastIndex = 0; words.exec(t); ) n++;
    return n;
  };
  return { es, en, seeds: seeds(), mbPerSecond: throughput(big, run), baselineMbPerSecond: throughput(big, baseline) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lang = process.argv.includes('--errors=en') ? 'en' : process.argv.includes('--errors') || process.argv.includes('--errors=es') ? 'es' : null;
  const out: string[] = [];
  const res = await evalTime(lang ? { errors: { lang, out } } : {});
  if (res) {
    if (lang) console.log(out.sort().join('\n'));
    const row = (name: string, s: TimeScores) =>
      console.log(`${name}  strict F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  value acc ${s.valueAccuracy.toFixed(4)}  n ${s.n}`);
    row('es TimeBank train (dev)', res.es);
    row('en TimeBank test      ', res.en);
    console.log(`seeds ${res.seeds.passed}/${res.seeds.total}${res.seeds.failures.length ? '\n  ' + res.seeds.failures.join('\n  ') : ''}`);
    console.log(`speed ${res.mbPerSecond.toFixed(1)} MB/s (target ≥ 5; word-tokenizer baseline ${res.baselineMbPerSecond.toFixed(1)} MB/s)`);
  }
}
