/**
 * Quote benchmark: the seed acceptance checks (speakers, forms, groups, the altered flag and
 * attributed sources against ../shared/gold/seeds.json), English content-span overlap F1 and
 * speaker accuracy on a dev split of PolNeAR train (Newell et al. 2018), the project's own
 * Spanish gold (test/fixtures/quotes-es) and throughput. Run directly:
 * `node --import tsx bench/quotes.ts`.
 *
 * PolNeAR matching follows the Gender Gap Tracker evaluation (Asr et al. 2021): a gold
 * attribution is matched by the unused prediction covering the largest share of its content
 * tokens, if that share exceeds 0.3; precision counts unmatched predictions, recall unmatched
 * gold. Predictions are attribution relations: quotes sharing a cue are one relation (content =
 * the union of their spans), and claims count with their source as speaker. The speaker is right
 * when its span overlaps the gold source span (or both are absent). Dev split: the 20% of train
 * texts whose FNV-1a hash of the file name is ≡ 0 mod 5; nothing was tuned on them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, sharedPath } from './lib/shared.ts';
import { findQuotes, type Quote, type Claim } from '../src/extract/quotes/findQuotes.ts';
import { groupQuotes, type QuoteGroup } from '../src/compare/quoteGroups.ts';
import type { NameMention } from '../src/extract/quotes/Quote.ts';

/** The figures `evalQuotes` reports. */
export interface QuoteBench {
  seeds: { passed: number; total: number; failures: string[] } | null;
  /**
   * Quotations: gold attributions whose content carries quotation marks, against predicted
   * relations that include a direct or partial quote. `all`: every PolNeAR attribution (beliefs,
   * endorsements, noun-phrase contents…) against every prediction.
   */
  polnear: { f1: number; precision: number; recall: number; speakerAccuracy: number; n: number; all: { f1: number; precision: number; recall: number; speakerAccuracy: number; n: number } } | null;
  spanishGold: { f1: number; speakerAccuracy: number; n: number };
  docsPerSecond: number;
}

type Finder = (text: string, lang: string) => NameMention[];

/** The NER if it loads, else null (findQuotes then uses its own name finder). */
async function loadEntities(): Promise<Finder | null> {
  try {
    const mod = (await import('../src/extract/entities/findEntities.ts')) as { findEntities?: Finder };
    if (typeof mod.findEntities !== 'function') return null;
    mod.findEntities('Ana Pérez dijo.', 'es');
    return mod.findEntities;
  } catch {
    return null;
  }
}

/** Fold case and accents; collapse spaces. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a hash of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

interface Rel {
  content: Array<[number, number]>;
  source: [number, number] | null;
  /** Content contains quotation marks (gold) / includes a direct or partial quote (predicted). */
  quoted?: boolean;
}

/** Counts of one subset. */
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  spk: number;
}

/** Gold attribution relations of one brat .ann file. */
function readAnn(ann: string): Rel[] {
  const spans = new Map<string, Array<[number, number]>>();
  const rels: Rel[] = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    if (line.startsWith('T') && parts.length >= 2) {
      const sp = parts[1]!.split(' ');
      const ranges = sp.slice(1).join(' ').split(';').map((r) => r.trim().split(' ').map(Number) as [number, number]);
      spans.set(parts[0]!, ranges);
    } else if (line.startsWith('E') && parts.length >= 2) {
      const args = new Map<string, string>();
      for (const a of parts[1]!.split(' ')) {
        const [k, v] = a.split(':');
        if (k && v) args.set(k, v);
      }
      const content = [...(spans.get(args.get('Content') ?? '') ?? []), ...(spans.get(args.get('Content2') ?? '') ?? [])];
      if (content.length === 0) continue;
      const src = spans.get(args.get('Source') ?? '');
      rels.push({ content, quoted: false, source: src ? [Math.min(...src.map((r) => r[0])), Math.max(...src.map((r) => r[1]))] : null });
    }
  }
  return rels;
}

/** Token index ranges of a text: word tokens as [start, end). */
function tokenStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push(m.index);
  return out;
}

/** Set of token positions covered by character ranges. */
function tokensIn(starts: readonly number[], ranges: ReadonlyArray<readonly [number, number]>): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of ranges) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < starts.length && starts[i]! < e; i++) out.add(i);
  }
  return out;
}

/** Predicted attribution relations: quotes merged by cue, plus claims. */
function predictedRelations(quotes: readonly Quote[], claims: readonly Claim[]): Rel[] {
  const byCue = new Map<string, Rel>();
  const out: Rel[] = [];
  for (const q of quotes) {
    const key = q.cueStart !== undefined ? `c${q.cueStart}` : `q${q.start}`;
    const sp: [number, number] | null = q.speaker ? [q.speaker.start, q.speaker.end] : null;
    const r = byCue.get(key);
    if (r && q.kind !== 'indirect') r.quoted = true;
    if (r) {
      const [s, e] = r.content[0]!;
      r.content[0] = [Math.min(s, q.start), Math.max(e, q.end)];
      r.source ??= sp;
    } else {
      const rel: Rel = { content: [[q.start, q.end]], source: sp, quoted: q.kind !== 'indirect' };
      byCue.set(key, rel);
      out.push(rel);
    }
  }
  for (const c of claims) out.push({ content: [[c.start, c.end]], source: [c.source.start, c.source.end], quoted: false });
  return out;
}

/** Score one document: GGT-style greedy matching at a 0.3 gold-coverage threshold. */
/** Development dump of misses (QUOTES_SPLIT=train only). */
const DUMP: string[] = [];

function scoreDoc(text: string, gold: readonly Rel[], pred: readonly Rel[], dump: string[] | null): { all: Counts; quoted: Counts } {
  const starts = tokenStarts(text);
  const gt = gold.map((g) => tokensIn(starts, g.content));
  const pt = pred.map((p) => tokensIn(starts, p.content));
  const used = new Set<number>();
  const all: Counts = { tp: 0, fp: 0, fn: 0, spk: 0 };
  const quoted: Counts = { tp: 0, fp: 0, fn: 0, spk: 0 };
  const qmark = /[“”"«»]/u;
  gold.forEach((g, gi) => {
    const G = gt[gi]!;
    if (G.size === 0) return;
    const isQ = g.content.some(([a, b]) => qmark.test(text.slice(a, b)));
    let best = -1;
    let bestScore = 0.3;
    pt.forEach((P, pi) => {
      if (used.has(pi)) return;
      let inter = 0;
      for (const t of P) if (G.has(t)) inter++;
      const score = inter / G.size;
      if (score > bestScore) {
        bestScore = score;
        best = pi;
      }
    });
    if (best < 0) {
      all.fn++;
      if (isQ) quoted.fn++;
      dump?.push(`FN${isQ ? 'Q' : ''}\t${g.source ? text.slice(...g.source) : '-'}\t${g.content.map(([a, b]) => text.slice(a, b)).join(' … ').replace(/\n/g, ' ')}`);
      return;
    }
    used.add(best);
    all.tp++;
    if (isQ) quoted.tp++;
    const ps = pred[best]!.source;
    const ok = !g.source ? !ps : !!ps && ps[0] < g.source[1] && g.source[0] < ps[1];
    if (ok) {
      all.spk++;
      if (isQ) quoted.spk++;
    } else dump?.push(`SPK\tgold ${g.source ? text.slice(...g.source) : '-'}\tpred ${ps ? text.slice(...ps) : '-'}\t${text.slice(...pred[best]!.content[0]!).slice(0, 150).replace(/\n/g, ' ')}`);
  });
  pred.forEach((p, pi) => {
    if (used.has(pi)) return;
    all.fp++;
    if (p.quoted) quoted.fp++;
    dump?.push(`FP${p.quoted ? "Q" : ""}\t${p.source ? text.slice(...p.source) : '-'}\t${text.slice(...p.content[0]!).replace(/\n/g, ' ')}`);
  });
  return { all, quoted };
}

/** Precision, recall, F1 (percent) and speaker accuracy of counts. */
function prf(c: Counts): { f1: number; precision: number; recall: number; speakerAccuracy: number; n: number } {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1: 100 * f1, precision: 100 * precision, recall: 100 * recall, speakerAccuracy: (100 * c.spk) / Math.max(1, c.tp), n: c.tp + c.fn };
}

/** The PolNeAR dev split score, or null when the data is absent. */
async function evalPolnear(ner: Finder | null): Promise<{ result: QuoteBench['polnear']; texts: string[]; mentions: NameMention[][] }> {
  const dir = sharedPath('data', 'polnear-en-attribution', 'data', 'train');
  if (!dir) {
    console.log('bench/quotes: PolNeAR skipped, ../shared/data/polnear-en-attribution is absent');
    return { result: null, texts: [], mentions: [] };
  }
  const anns = readdirSync(join(dir, 'attributions')).sort();
  // QUOTES_SPLIT=train scores the other 80% instead (for development; the reported figure is dev).
  const onTrain = process.env.QUOTES_SPLIT === 'train';
  const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt') && (fnv1a(f) % 5 === 0) !== onTrain).sort().slice(0, onTrain ? 200 : undefined);
  const all: Counts = { tp: 0, fp: 0, fn: 0, spk: 0 };
  const quoted: Counts = { tp: 0, fp: 0, fn: 0, spk: 0 };
  const texts: string[] = [];
  const mentions: NameMention[][] = [];
  for (const f of files) {
    const stem = f.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(stem + '_') && a.length === stem.length + 9);
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', f), 'utf8');
    const ents = ner ? ner(text, 'en') : undefined;
    const { quotes, claims } = findQuotes(text, ents ? { lang: 'en', entities: ents } : { lang: 'en' });
    const s = scoreDoc(text, readAnn(readFileSync(join(dir, 'attributions', ann), 'utf8')), predictedRelations(quotes, claims), onTrain ? DUMP : null);
    for (const k of ['tp', 'fp', 'fn', 'spk'] as const) {
      all[k] += s.all[k];
      quoted[k] += s.quoted[k];
    }
    texts.push(text);
    mentions.push(ents ?? []);
  }
  if (onTrain && process.env.QUOTES_DUMP) writeFileSync(process.env.QUOTES_DUMP, DUMP.join('\n'));
  return { result: { ...prf(quoted), all: prf(all) }, texts, mentions };
}

interface SeedArticle {
  file: string;
  text: string;
  agency: string | null;
  published: string | null;
  quotes: Quote[];
  claims: Claim[];
}

interface GoldQuoteItem {
  speaker: string;
  snippet: string;
  articles: string[];
  form: 'exact' | 'partial' | 'altered';
  original?: boolean;
  via?: string;
}

/** The seed acceptance checks, or null when ../shared is absent. */
async function evalSeeds(ner: Finder | null): Promise<QuoteBench['seeds']> {
  const seedsDir = sharedPath('seeds');
  const goldFile = sharedPath('gold', 'seeds.json');
  if (!seedsDir || !goldFile) {
    console.log('bench/quotes: seeds skipped, ../shared/seeds or ../shared/gold/seeds.json is absent');
    return null;
  }
  const { analyze } = (await import('../src/index.ts')) as { analyze: (inputs: string[]) => Promise<{ articles: Array<{ source: string; text: string; agency: string | null; published: { value: string | null } | string | null }> }> };
  const analysis = await analyze([seedsDir]);
  const arts: SeedArticle[] = analysis.articles.map((a) => {
    const ents = ner ? ner(a.text, 'es') : undefined;
    const r = findQuotes(a.text, ents ? { lang: 'es', entities: ents } : { lang: 'es' });
    const pub = typeof a.published === 'string' ? a.published : (a.published?.value ?? null);
    return { file: a.source.split('/').pop()!, text: a.text, agency: a.agency, published: pub, quotes: r.quotes, claims: r.claims };
  });
  const groups: QuoteGroup[] = groupQuotes(arts.map((a) => ({ article: a.file, published: a.published, agency: a.agency, quotes: a.quotes })));
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { quotes: { items: GoldQuoteItem[]; attributed_sources: Array<{ source: string; claim_snippet: string; articles: string[] }> } };
  const failures: string[] = [];
  let total = 0;
  const check = (ok: boolean, what: string): void => {
    total++;
    if (!ok) failures.push(what);
  };
  for (const item of gold.quotes.items) {
    const snip = fold(item.snippet);
    const found: Array<{ art: SeedArticle; qi: number; group: QuoteGroup | undefined }> = [];
    for (const file of item.articles) {
      const art = arts.find((a) => a.file === file);
      let qi = art ? art.quotes.findIndex((q) => q.kind !== 'indirect' && fold(q.text).includes(snip)) : -1;
      if (art && qi < 0) qi = art.quotes.findIndex((q) => q.kind !== 'indirect' && snip.includes(fold(q.text)) && fold(q.text).split(' ').length >= 3);
      const tag = `«${item.snippet}» in ${file}`;
      check(!!art && qi >= 0, `${tag}: quote found`);
      if (!art || qi < 0) continue;
      const q = art.quotes[qi]!;
      check(q.speakerName !== undefined && fold(q.speakerName) === fold(item.speaker), `${tag}: speaker ${q.speakerName ?? 'none'} ≠ ${item.speaker}`);
      const group = groups.find((g) => g.variants.some((v) => v.article === file && v.quote === qi));
      const variant = group?.variants.find((v) => v.article === file && v.quote === qi);
      if (item.form === 'altered') check(variant?.fidelity === 'altered', `${tag}: fidelity ${variant?.fidelity} ≠ altered`);
      else if (item.form === 'partial') check(q.kind === 'partial' && variant?.fidelity !== 'altered', `${tag}: kind ${q.kind}/${variant?.fidelity} ≠ partial`);
      else check(variant?.fidelity !== 'altered', `${tag}: fidelity ${variant?.fidelity} ≠ exact/verbatim`);
      if (item.original) check(variant?.original === true, `${tag}: not marked original`);
      found.push({ art, qi, group });
    }
    if (item.form === 'exact') check(found.some((f) => f.art.quotes[f.qi]!.kind === 'direct'), `«${item.snippet}»: no direct rendering`);
    if (item.via) {
      const vias = found.map((f) => f.art.quotes[f.qi]!.via?.text ?? null);
      check(vias.some((v) => v !== null && fold(v) === fold(item.via!)) && vias.every((v) => v === null || fold(v) === fold(item.via!)), `«${item.snippet}»: via ${vias.join('/')} ≠ ${item.via}`);
    }
    if (found.length > 1) check(found.every((f) => f.group && f.group === found[0]!.group), `«${item.snippet}»: renderings split across groups`);
  }
  // The altered rendering must be grouped with the original it alters.
  for (const item of gold.quotes.items.filter((i) => i.form === 'altered')) {
    const art = arts.find((a) => a.file === item.articles[0]);
    const qi = art ? art.quotes.findIndex((q) => fold(q.text).includes(fold(item.snippet))) : -1;
    const g = groups.find((gr) => gr.variants.some((v) => v.article === item.articles[0] && v.quote === qi));
    const orig = g?.variants.find((v) => v.original);
    const origText = orig ? arts.find((a) => a.file === orig.article)?.quotes[orig.quote]?.text ?? '' : '';
    check(!!orig && fold(origText).includes(fold((item as GoldQuoteItem & { altered_from?: string }).altered_from ?? '').slice(0, 40)), `«${item.snippet}»: original of its group is not the agency wording`);
  }
  for (const src of gold.quotes.attributed_sources) {
    const names = src.source.split(';').map((s) => fold(s));
    for (const file of src.articles) {
      const art = arts.find((a) => a.file === file);
      const c = art?.claims.find((cl) => fold(cl.text).includes(fold(src.claim_snippet)));
      check(!!c && names.every((n) => fold(c.source.text).includes(n)), `claim «${src.claim_snippet}» in ${file}: source ${c?.source.text ?? 'none'} ≠ ${src.source}`);
    }
  }
  return { passed: total - failures.length, total, failures };
}

interface EsGoldDoc {
  id: string;
  text: string;
  quotes: Array<{ snippet: string; kind: Quote['kind']; speaker: string | null; cue?: string; via?: string }>;
  claims: Array<{ snippet: string; source: string }>;
}

/** Score the project's Spanish gold: items matched by snippet; speaker = resolved full name. */
async function evalSpanish(ner: Finder | null): Promise<QuoteBench['spanishGold'] & { failures: string[]; docs: EsGoldDoc[] }> {
  const docs = JSON.parse(readFileSync(join(REPO, 'test', 'fixtures', 'quotes-es', 'gold.json'), 'utf8')) as EsGoldDoc[];
  let tp = 0;
  let nGold = 0;
  let nPred = 0;
  let spk = 0;
  const failures: string[] = [];
  for (const d of docs) {
    const ents = ner ? ner(d.text, 'es') : undefined;
    const { quotes, claims } = findQuotes(d.text, ents ? { lang: 'es', entities: ents } : { lang: 'es' });
    nPred += quotes.length + claims.length;
    const used = new Set<Quote | Claim>();
    for (const g of d.quotes) {
      nGold++;
      const snip = fold(g.snippet);
      const q = quotes.find((x) => !used.has(x) && x.kind === g.kind && fold(x.text).includes(snip));
      if (!q) {
        failures.push(`${d.id}: ${g.kind} «${g.snippet}» not found`);
        continue;
      }
      used.add(q);
      tp++;
      const ok = (q.speakerName ? fold(q.speakerName) : null) === (g.speaker ? fold(g.speaker) : null) && (!g.via || fold(q.via?.text ?? '') === fold(g.via)) && (!g.cue || fold(q.cue ?? '') === fold(g.cue));
      if (ok) spk++;
      else failures.push(`${d.id}: «${g.snippet}» speaker ${q.speakerName ?? 'none'}/${g.speaker} cue ${q.cue}/${g.cue ?? '-'} via ${q.via?.text ?? '-'}/${g.via ?? '-'}`);
    }
    for (const g of d.claims) {
      nGold++;
      const c = claims.find((x) => !used.has(x) && fold(x.text).includes(fold(g.snippet)));
      if (!c) {
        failures.push(`${d.id}: claim «${g.snippet}» not found`);
        continue;
      }
      used.add(c);
      tp++;
      if (fold(c.source.text) === fold(g.source)) spk++;
      else failures.push(`${d.id}: claim source ${c.source.text} ≠ ${g.source}`);
    }
    // Predictions overlapping a matched one (an indirect clause around a partial, say) are not false positives.
    for (const x of [...quotes, ...claims]) if (!used.has(x) && [...used].some((u) => u.start < x.end && x.start < u.end)) nPred--;
  }
  const precision = tp / Math.max(1, nPred);
  const recall = tp / Math.max(1, nGold);
  const f1 = precision + recall > 0 ? (200 * precision * recall) / (precision + recall) : 0;
  return { f1, speakerAccuracy: (100 * spk) / Math.max(1, tp), n: nGold, failures, docs };
}

/**
 * Run the quote benchmarks.
 *
 * @returns Seed checks and PolNeAR figures (null, with a printed reason, when ../shared is
 *   absent), the Spanish gold score and throughput (documents per second of `findQuotes` alone,
 *   name mentions precomputed).
 */
export async function evalQuotes(): Promise<QuoteBench> {
  const ner = await loadEntities();
  if (!ner) console.log('bench/quotes: findEntities unavailable, using the built-in name finder');
  const seeds = await evalSeeds(ner);
  const pol = await evalPolnear(ner);
  const es = await evalSpanish(ner);
  const corpus = pol.texts.length ? pol.texts.map((t, i) => ({ t, m: pol.mentions[i]!, lang: 'en' })) : es.docs.map((d) => ({ t: d.text, m: ner ? ner(d.text, 'es') : [], lang: 'es' }));
  let best = Infinity;
  for (let r = 0; r < 2; r++) {
    const t0 = performance.now();
    for (const c of corpus) findQuotes(c.t, { lang: c.lang, entities: c.m });
    best = Math.min(best, performance.now() - t0);
  }
  if (process.env.QUOTES_VERBOSE) for (const f of es.failures) console.log('  es:', f);
  return { seeds, polnear: pol.result, spanishGold: { f1: es.f1, speakerAccuracy: es.speakerAccuracy, n: es.n }, docsPerSecond: (corpus.length / best) * 1000 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await evalQuotes();
  const f = (x: number): string => x.toFixed(1);
  console.log('== Quotes ==');
  if (r.seeds) {
    console.log(`  seeds      ${r.seeds.passed}/${r.seeds.total} checks passed`);
    for (const x of r.seeds.failures) console.log(`    FAIL ${x}`);
  }
  if (r.polnear) {
    const p = r.polnear;
    console.log(`  PolNeAR dev (20% of train; GGT matching: >30% of gold content tokens covered, one-to-one)`);
    console.log(`    quotations        F1 ${f(p.f1)}  P ${f(p.precision)}  R ${f(p.recall)}  speaker acc ${f(p.speakerAccuracy)}%  (${p.n} gold with quotation marks)`);
    console.log(`    all attributions  F1 ${f(p.all.f1)}  P ${f(p.all.precision)}  R ${f(p.all.recall)}  speaker acc ${f(p.all.speakerAccuracy)}%  (${p.all.n} gold)`);
  }
  console.log(`  es gold    F1 ${f(r.spanishGold.f1)}  speaker acc ${f(r.spanishGold.speakerAccuracy)}%  (${r.spanishGold.n} items)`);
  console.log(`  speed      ${Math.round(r.docsPerSecond)} docs/s (findQuotes alone)`);
}
