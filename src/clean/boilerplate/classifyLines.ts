/**
 * Boilerplate removal on scraped plain text, one line per block: a learned line classifier.
 *
 * Two stacked gradient-boosted tree ensembles (trained by scripts/train-boilerplate.ts, weights in
 * models/boilerplate.json): stage one scores each line from its own shape, lexicon hits, neighbours
 * and position relative to the densest run of sentence-like lines; stage two re-scores it from the
 * stage-one scores of its neighbourhood (a learned smoothing pass). A few high-precision lexicon
 * patterns (share bars, log-in widgets, tag lists, promo lead-ins, calls to action...) then veto
 * lines, and every dropped line gets a removal reason.
 */
import { readFileSync } from 'node:fs';
import type { RemovalReason } from '../../types/index.ts';
import { compileEnsemble, margin, sigmoid, type CompiledEnsemble, type EnsembleJson } from './gbdt.ts';
import { FEATURE_NAMES, N_FEATURES, N_STAGE2, pageFeatures, stage2Features, type LineInfo } from './features.ts';

const COHESION = FEATURE_NAMES.indexOf('cohesion');

export interface LineVerdict {
  keep: boolean;
  /** Why the line was dropped; null when kept (and for blank lines). */
  reason: RemovalReason | null;
  /** Probability that the line is article body. */
  score: number;
}

/** Layout of models/boilerplate.json. */
export interface BoilerplateModelJson {
  version: number;
  features: readonly string[];
  stage2Features: readonly string[];
  threshold: number;
  stage1: EnsembleJson;
  stage2: EnsembleJson;
}

export interface CompiledBoilerplateModel {
  threshold: number;
  stage1: CompiledEnsemble;
  stage2: CompiledEnsemble;
}

export function compileBoilerplateModel(m: BoilerplateModelJson): CompiledBoilerplateModel {
  if (m.stage1.dim !== N_FEATURES || m.stage2.dim !== N_FEATURES + N_STAGE2) {
    throw new Error(`boilerplate model does not match the feature set (${m.stage1.dim}/${N_FEATURES}); retrain with scripts/train-boilerplate.ts`);
  }
  return { threshold: m.threshold, stage1: compileEnsemble(m.stage1), stage2: compileEnsemble(m.stage2) };
}

const MODEL_URL = new URL('../../../models/boilerplate.json', import.meta.url);
let defaultModel: CompiledBoilerplateModel | null = null;
function loadDefault(): CompiledBoilerplateModel {
  defaultModel ??= compileBoilerplateModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as BoilerplateModelJson);
  return defaultModel;
}

/** Stage-one and stage-two body probabilities of the non-blank lines of a page. */
export function scoreLines(model: CompiledBoilerplateModel, lines: readonly string[]): {
  index: number[];
  infos: LineInfo[];
  p1: Float64Array;
  p2: Float64Array;
  /** Share of each line's content words found in the page's main text block. */
  cohesion: Float64Array;
} {
  const pf = pageFeatures(lines);
  const n = pf.infos.length;
  const p1 = new Float64Array(n);
  for (let i = 0; i < n; i++) p1[i] = sigmoid(margin(model.stage1, pf.x, i));
  const s2 = stage2Features(pf.infos, p1);
  const d = N_FEATURES + N_STAGE2;
  const row = new Float64Array(d);
  const p2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    row.set(pf.x.subarray(i * N_FEATURES, (i + 1) * N_FEATURES), 0);
    row.set(s2.subarray(i * N_STAGE2, (i + 1) * N_STAGE2), N_FEATURES);
    p2[i] = sigmoid(margin(model.stage2, row, 0));
  }
  const cohesion = new Float64Array(n);
  for (let i = 0; i < n; i++) cohesion[i] = pf.x[i * N_FEATURES + COHESION]!;
  return { index: pf.index, infos: pf.infos, p1, p2, cohesion };
}

/**
 * A lexicon pattern strong enough to drop the line whatever the model says, with its reason.
 * Each one is short-line-only or anchored, so a body sentence that merely mentions the word passes.
 */
export function vetoReason(f: LineInfo): RemovalReason | null {
  if (f.advert) return 'advertising';
  if (f.shareOnly) return 'share';
  if (f.tags) return 'tags';
  if (f.promo) return 'promo';
  if (f.login && f.tokens <= 8) return 'login';
  if (f.cta && (f.url || f.tokens <= 12)) return 'call-to-action';
  if (f.footer && f.tokens <= 25 && !f.terminal) return 'footer';
  if (f.readingTime) return 'navigation';
  if (f.dateOnly) return 'date-only';
  if (f.parenOnly && f.tokens <= 4) return 'boilerplate';
  return null;
}

/** Reason for a line the model dropped, from its shape and context. */
function reasonFor(infos: readonly LineInfo[], i: number): RemovalReason {
  const f = infos[i]!;
  const v = vetoReason(f);
  if (v) return v;
  if (f.caption) return 'caption';
  if (f.login) return 'login';
  if (f.cta) return 'call-to-action';
  if (f.footer) return 'footer';
  if (f.shareStart) return 'share';
  if (f.nav) return 'navigation';
  // headline followed (soon) by a date line, or a run of headline-like lines: a related-links block
  const next = infos[i + 1], next2 = infos[i + 2];
  const headline = f.tokens >= 4 && f.tokens <= 25 && !f.terminal;
  if (headline && ((next && next.dateOnly) || (next2 && next2.dateOnly && next?.repeats))) return 'related-links';
  if (f.repeats > 0) return 'repeated';
  if (headline) {
    let run = 0;
    for (let j = i - 2; j <= i + 2; j++) {
      const g = infos[j];
      if (j !== i && g && g.tokens >= 4 && g.tokens <= 25 && !g.terminal) run++;
    }
    if (run >= 2) return 'related-links';
  }
  if (f.tokens <= 6 && f.titleRatio >= 0.5) return 'navigation';
  return 'boilerplate';
}

/**
 * Body resumption: a full sentence-like paragraph that shares most of its content words with the
 * main text, and is separated from kept body only by short lines of a block opened by a promo lead-in
 * ("Lea también", "Related", "Read more": an in-body related-links block, dates, headlines), continues
 * the article: keep it. Guards against cutting the body at the first
 * boilerplate block when the model's context features pull such a paragraph down.
 */
function resumeBody(infos: readonly LineInfo[], keep: Uint8Array, cohesion: Float64Array): void {
  for (let k = 0; k < infos.length; k++) {
    const f = infos[k]!;
    if (keep[k] || !f.sentenceLike || !f.terminal || f.tokens < 15 || f.repeats > 0 || cohesion[k]! < 0.15 || vetoReason(f)) continue;
    let lead = false;
    for (let j = k - 1; j >= 0 && j >= k - 16; j--) {
      if (keep[j]) { if (lead) keep[k] = 1; break; }
      const g = infos[j]!;
      if (g.promo) lead = true;
      if (g.tokens > 25 || (g.sentenceLike && g.tokens >= 20)) break;
    }
  }
}

/** Classify every line with a given compiled model (the default model is models/boilerplate.json). */
export function classifyLinesWith(model: CompiledBoilerplateModel, lines: readonly string[]): LineVerdict[] {
  const out: LineVerdict[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = { keep: false, reason: null, score: 0 };
  const { index, infos, p2, cohesion } = scoreLines(model, lines);
  const keep = new Uint8Array(index.length);
  for (let k = 0; k < index.length; k++) keep[k] = !vetoReason(infos[k]!) && p2[k]! >= model.threshold ? 1 : 0;
  resumeBody(infos, keep, cohesion);
  for (let k = 0; k < index.length; k++) {
    const f = infos[k]!;
    const kept = keep[k] === 1;
    out[index[k]!] = { keep: kept, reason: kept ? null : (vetoReason(f) ?? reasonFor(infos, k)), score: p2[k]! };
  }
  return out;
}

/** Which lines of a scraped page are article body; one verdict per input line, same order. */
export function classifyLines(lines: readonly string[]): LineVerdict[] {
  return classifyLinesWith(loadDefault(), lines);
}
