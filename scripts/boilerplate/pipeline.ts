/**
 * Data loading, line labelling, two-stage training and page-level cross-validation for the
 * boilerplate line classifier. Used by scripts/train-boilerplate.ts and bench/text-boilerplate.ts.
 * Reads the development data in place (../shared); nothing from it is written to the repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenF1 } from '../../bench/lib/tokenF1.ts';
import { N_FEATURES, N_STAGE2, pageFeatures, stage2Features } from '../../src/clean/boilerplate/features.ts';
import {
  classifyLinesWith, compileBoilerplateModel, type BoilerplateModelJson,
} from '../../src/clean/boilerplate/classifyLines.ts';
import { compileEnsemble, margin, sigmoid } from '../../src/clean/boilerplate/gbdt.ts';
import { DEFAULT_GBDT, rng, trainGbdt, type GbdtOptions } from './gbdtTrain.ts';
import { FEATURE_NAMES, STAGE2_NAMES } from '../../src/clean/boilerplate/features.ts';

export interface LabelledPage {
  id: string;
  lines: string[];
  gold: string;
  /** Per input line: 1 body, 0 boilerplate, -1 blank. */
  labels: number[];
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const toks = (s: string): string[] => Array.from(s.toLowerCase().matchAll(TOKEN), (m) => m[0]);

/**
 * Label lines against the gold body. A line of 5+ tokens is body when most of its token trigrams
 * occur in the gold; a shorter line is body when its token sequence occurs in the gold between the
 * gold positions of the nearest body lines before and after it (so a menu word that happens to
 * appear somewhere in the article is not labelled body).
 */
export function labelLines(lines: readonly string[], gold: string): number[] {
  const g = toks(gold);
  const tri = new Map<string, number>();
  for (let i = 0; i + 2 < g.length; i++) {
    const k = `${g[i]} ${g[i + 1]} ${g[i + 2]}`;
    if (!tri.has(k)) tri.set(k, i);
  }
  const labels: number[] = lines.map((l) => (/\S/.test(l) ? 0 : -1));
  const start = new Array<number>(lines.length).fill(-1);
  const end = new Array<number>(lines.length).fill(-1);
  const lt = lines.map(toks);
  for (let i = 0; i < lines.length; i++) {
    const t = lt[i]!;
    if (t.length < 5) continue;
    let hit = 0, first = -1, last = -1;
    for (let k = 0; k + 2 < t.length; k++) {
      const p = tri.get(`${t[k]} ${t[k + 1]} ${t[k + 2]}`);
      if (p !== undefined) { hit++; if (first < 0) first = p; last = p + 3; }
    }
    if (hit / (t.length - 2) >= 0.5) { labels[i] = 1; start[i] = first; end[i] = last; }
  }
  for (let i = 0; i < lines.length; i++) {
    const t = lt[i]!;
    if (t.length === 0 || t.length >= 5) continue;
    let lo = 0, hi = g.length, prevI = -1, nextI = -1;
    for (let j = i - 1; j >= 0; j--) if (start[j]! >= 0) { lo = end[j]!; prevI = j; break; }
    for (let j = i + 1; j < lines.length; j++) if (start[j]! >= 0) { hi = start[j]!; nextI = j; break; }
    if (prevI < 0 && nextI < 0) continue;
    if (prevI < 0) lo = Math.max(0, hi - 40);
    if (nextI < 0) hi = Math.min(g.length, lo + 40);
    // allow small overlaps from imperfect trigram anchoring
    lo = Math.max(0, lo - 3); hi = Math.min(g.length, hi + 3);
    for (let p = lo; p + t.length <= hi; p++) {
      let ok = true;
      for (let k = 0; k < t.length; k++) if (g[p + k] !== t[k]) { ok = false; break; }
      if (ok) { labels[i] = 1; break; }
    }
  }
  return labels;
}

/** Load the Zyte/Scrapinghub development pages with line labels. */
export function loadDevPages(dir: string): LabelledPage[] {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(gt).sort().map((id) => {
    const lines = readFileSync(join(dir, 'text', `${id}.txt`), 'utf8').split(/\r?\n/);
    const gold = gt[id]!.articleBody;
    return { id, lines, gold, labels: labelLines(lines, gold) };
  });
}

export interface TrainOptions {
  stage1: GbdtOptions;
  stage2: GbdtOptions;
  innerFolds: number;
  threshold: number;
  /** Weight of a line = (tokens + 1) ^ weightPower, normalised per page. */
  weightPower: number;
  /** Augmented copies of each training page with a boilerplate block moved inside the body. */
  augment: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  stage1: DEFAULT_GBDT,
  stage2: { ...DEFAULT_GBDT, trees: 80, depth: 3, seed: 11 },
  innerFolds: 5,
  threshold: 0.5,
  weightPower: 0.5,
  augment: 2,
};

/**
 * Data augmentation: a copy of the page where a run of its own boilerplate lines (taken from after
 * the body, where related-links lists and teasers sit) is moved in front of one of the last body
 * paragraphs. Teaches the model that body text can resume after a boilerplate block, which the
 * development pages rarely show but real pages (in-body "read also" blocks) often do.
 */
export function augmentPage(p: LabelledPage, seed: number): LabelledPage | null {
  const r = rng(seed);
  const nonBlank = p.lines.map((l, i) => i).filter((i) => p.labels[i] !== -1);
  const body = nonBlank.filter((i) => p.labels[i] === 1);
  if (body.length < 3) return null;
  const lastBody = body[body.length - 1]!;
  const after = nonBlank.filter((i) => i > lastBody && p.labels[i] === 0);
  if (after.length < 4) return null;
  const len = Math.min(after.length, 4 + Math.floor(r() * 9));
  const start = Math.floor(r() * (after.length - len + 1));
  const block = after.slice(start, start + len);
  const take = new Set(block);
  const before = body[body.length - 1 - Math.floor(r() * Math.min(2, body.length - 1))]!;
  const lines: string[] = [], labels: number[] = [];
  for (let i = 0; i < p.lines.length; i++) {
    if (i === before) for (const j of block) { lines.push(p.lines[j]!); labels.push(0); }
    if (take.has(i)) continue;
    lines.push(p.lines[i]!);
    labels.push(p.labels[i]!);
  }
  return { id: `${p.id}#aug`, lines, gold: p.gold, labels };
}

function withAugmented(pages: readonly LabelledPage[], o: TrainOptions): LabelledPage[] {
  const out = [...pages];
  for (const p of pages) {
    let copies = augmentCache.get(p);
    if (!copies) {
      copies = [];
      for (let c = 0; c < 4; c++) {
        const a = augmentPage(p, 1000 + 31 * c + hashId(p.id));
        if (a) copies.push({ ...a, id: `${a.id}${c}` });
      }
      augmentCache.set(p, copies);
    }
    out.push(...copies.slice(0, o.augment));
  }
  return out;
}
const augmentCache = new WeakMap<LabelledPage, LabelledPage[]>();
const hashId = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h % 100000;
};

interface PageRows {
  x: Float64Array;
  y: Uint8Array;
  w: Float64Array;
  n: number;
  infos: ReturnType<typeof pageFeatures>['infos'];
}

const rowsCache = new WeakMap<LabelledPage, PageRows>();
function pageRows(p: LabelledPage, weightPower: number): PageRows {
  const hit = rowsCache.get(p);
  if (hit) return hit;
  const pf = pageFeatures(p.lines);
  const n = pf.index.length;
  const y = new Uint8Array(n), w = new Float64Array(n);
  let sw = 0;
  for (let k = 0; k < n; k++) {
    y[k] = p.labels[pf.index[k]!] === 1 ? 1 : 0;
    w[k] = Math.pow(pf.infos[k]!.tokens + 1, weightPower);
    sw += w[k]!;
  }
  // every page weighs the same in total (the metric averages pages), scaled to ~ rows per page
  for (let k = 0; k < n; k++) w[k] = (w[k]! / sw) * 150;
  const r = { x: pf.x, y, w, n, infos: pf.infos };
  rowsCache.set(p, r);
  return r;
}

function concat(parts: PageRows[], pick: (r: PageRows) => Float64Array | Uint8Array): Float64Array {
  let len = 0;
  for (const r of parts) len += pick(r).length;
  const out = new Float64Array(len);
  let o = 0;
  for (const r of parts) { out.set(pick(r), o); o += pick(r).length; }
  return out;
}

/** Seeded split of pages into k folds. */
export function folds<T>(items: readonly T[], k: number, seed: number): T[][] {
  const idx = items.map((_, i) => i);
  const r = rng(seed);
  for (let i = idx.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [idx[i], idx[j]] = [idx[j]!, idx[i]!]; }
  const out: T[][] = Array.from({ length: k }, () => []);
  idx.forEach((v, i) => out[i % k]!.push(items[v]!));
  return out;
}

function trainStage1(pages: readonly LabelledPage[], o: TrainOptions) {
  const rows = pages.map((p) => pageRows(p, o.weightPower));
  const x = concat(rows, (r) => r.x);
  const y = Uint8Array.from(concat(rows, (r) => r.y));
  const w = concat(rows, (r) => r.w);
  return trainGbdt(x, N_FEATURES, y, w, o.stage1);
}

function stage1Probs(ens: ReturnType<typeof trainStage1>, r: PageRows): Float64Array {
  const c = compileEnsemble(ens);
  const p = new Float64Array(r.n);
  for (let i = 0; i < r.n; i++) p[i] = sigmoid(margin(c, r.x, i));
  return p;
}

function stage2Rows(r: PageRows, p1: Float64Array): Float64Array {
  const s2 = stage2Features(r.infos, p1);
  const d = N_FEATURES + N_STAGE2;
  const out = new Float64Array(r.n * d);
  for (let i = 0; i < r.n; i++) {
    out.set(r.x.subarray(i * N_FEATURES, (i + 1) * N_FEATURES), i * d);
    out.set(s2.subarray(i * N_STAGE2, (i + 1) * N_STAGE2), i * d + N_FEATURES);
  }
  return out;
}

/** Train both stages; stage two learns from out-of-fold stage-one scores so it sees honest inputs. */
export function trainModel(original: readonly LabelledPage[], o: TrainOptions = DEFAULT_TRAIN): BoilerplateModelJson {
  const pages = withAugmented(original, o);
  const stage1 = trainStage1(pages, o);
  // out-of-fold stage-one scores; an augmented copy always sits in the same fold as its original
  const inner = folds(original, o.innerFolds, o.stage1.seed + 101).map((f) => withAugmented(f, o));
  const oof = new Map<LabelledPage, Float64Array>();
  for (let f = 0; f < inner.length; f++) {
    const train = inner.flatMap((fold, j) => (j === f ? [] : fold));
    const ens = trainStage1(train, o);
    for (const p of inner[f]!) oof.set(p, stage1Probs(ens, pageRows(p, o.weightPower)));
  }
  const rows = pages.map((p) => pageRows(p, o.weightPower));
  const x2parts = rows.map((r, i) => stage2Rows(r, oof.get(pages[i]!)!));
  let len = 0;
  for (const a of x2parts) len += a.length;
  const x2 = new Float64Array(len);
  let off = 0;
  for (const a of x2parts) { x2.set(a, off); off += a.length; }
  const y = Uint8Array.from(concat(rows, (r) => r.y));
  const w = concat(rows, (r) => r.w);
  const stage2 = trainGbdt(x2, N_FEATURES + N_STAGE2, y, w, o.stage2);
  return { version: 1, features: FEATURE_NAMES, stage2Features: STAGE2_NAMES, threshold: o.threshold, stage1, stage2 };
}

/** Kept text of a page under a model: kept lines joined with newlines. */
export function keptText(model: BoilerplateModelJson | ReturnType<typeof compileBoilerplateModel>, lines: readonly string[]): string {
  const c = 'stage1' in model && 'trees' in model.stage1 ? compileBoilerplateModel(model as BoilerplateModelJson) : (model as ReturnType<typeof compileBoilerplateModel>);
  const v = classifyLinesWith(c, lines);
  return lines.filter((_, i) => v[i]!.keep).join('\n');
}

/** Mean token F1 of a model over pages. */
export function meanF1(model: BoilerplateModelJson, pages: readonly LabelledPage[]): number {
  const c = compileBoilerplateModel(model);
  let s = 0;
  for (const p of pages) s += tokenF1(keptText(c, p.lines), p.gold).f1;
  return pages.length ? s / pages.length : 0;
}

/** k-fold cross-validated mean token F1 (folds by page): each page scored by a model that never saw it. */
export function crossValidate(pages: readonly LabelledPage[], k = 5, o: TrainOptions = DEFAULT_TRAIN, seed = 2024): { f1: number; perPage: Map<string, number> } {
  const fs = folds(pages, k, seed);
  const perPage = new Map<string, number>();
  for (let f = 0; f < k; f++) {
    const train = fs.flatMap((fold, j) => (j === f ? [] : fold));
    const model = compileBoilerplateModel(trainModel(train, o));
    for (const p of fs[f]!) perPage.set(p.id, tokenF1(keptText(model, p.lines), p.gold).f1);
  }
  let s = 0;
  for (const v of perPage.values()) s += v;
  return { f1: s / perPage.size, perPage };
}
