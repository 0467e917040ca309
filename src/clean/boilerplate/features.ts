/**
 * Feature extraction for the line classifier. Shared by the runtime (classifyLines) and the trainer
 * (scripts/train-boilerplate.ts), so both see exactly the same numbers.
 *
 * Lines are looked at without blank lines (blanks are only separators). Each line gets local
 * features (shape, stop words, lexicon hits), context features (neighbours, windows, runs) and
 * page-position features (distance to the densest run of sentence-like lines).
 */
import {
  ADVERT_RE, BULLET_RE, BYLINE_RE, CAPTION_START_RE, CAPTION_TAIL_RE, DANGLING_RE, DATE_WORDS, FOOTER_RE, INNER_SENTENCE_RE,
  LEX_CAPTION, LEX_CTA, LEX_LOGIN, LEXICON, NAV_RE, NUMERIC_DATE_RE, OPEN_QUOTE_RE, PAREN_ONLY_RE, PROMO_LEAD_RE,
  FOOTER_HINT_WORDS, READING_HINT_WORDS, READING_TIME_RE, SHARE_ONLY_RE, SHARE_START_RE, SHARE_WORD_RE, STOPWORDS, TAGS_RE, TERMINAL_RE, URL_RE,
} from './patterns.ts';

/** Local (per-line) measurements, reused for context features and for removal reasons. */
export interface LineInfo {
  text: string;
  chars: number;
  tokens: number;
  terminal: boolean;
  stopRatio: number;
  titleRatio: number;
  dateOnly: boolean;
  /** Other lines on the page with the same normalised text. */
  repeats: number;
  dupNear: boolean;
  sentenceLike: boolean;
  promo: boolean;
  cta: boolean;
  shareOnly: boolean;
  shareStart: boolean;
  login: boolean;
  tags: boolean;
  caption: boolean;
  advert: boolean;
  footer: boolean;
  nav: boolean;
  readingTime: boolean;
  byline: boolean;
  url: boolean;
  parenOnly: boolean;
  dangling: boolean;
  /** Lower-cased content words (no stop words, no digits, 4+ letters), for lexical cohesion. */
  words: string[];
}

export const LOCAL_NAMES = [
  'logChars', 'logTokens', 'terminal', 'endsColon', 'innerSentences', 'stopRatio', 'logStop', 'titleRatio', 'punctRatio',
  'digitRatio', 'commasPerToken', 'bullet', 'dateOnly', 'repeats', 'dupNear', 'promo', 'cta', 'shareOnly', 'shareStart',
  'login', 'tags', 'caption', 'advert', 'footer', 'nav', 'readingTime', 'byline', 'url', 'openQuote', 'lowerStart',
  'upperRatio', 'pipes', 'parenOnly', 'dangling', 'meanWordLen', 'numberRatio', 'glued',
] as const;
const NL = LOCAL_NAMES.length;
const NEIGHBOUR_OFFSETS = [-3, -2, -1, 1, 2, 3] as const;
const NEIGHBOUR_NAMES = ['logTokens', 'terminal', 'stopRatio', 'dateOnly', 'repeats', 'titleRatio'] as const;
const CONTEXT_NAMES = [
  ...NEIGHBOUR_OFFSETS.flatMap((o) => NEIGHBOUR_NAMES.map((n) => `${n}@${o}`)),
  'winSent3', 'winSent8', 'winTok3', 'winTok8', 'shortRun', 'dateNext2', 'datePrev2', 'relPos', 'inBlock', 'blockDist', 'sentTokBefore',
  'sentTokAfter', 'relMaxLen', 'logLines', 'blockShare', 'firstLine', 'lastLine', 'cohesion', 'logShared',
];
export const FEATURE_NAMES: readonly string[] = [...LOCAL_NAMES, ...CONTEXT_NAMES];
export const N_FEATURES = FEATURE_NAMES.length;

/** Stage-two features: first-stage scores of the line and its neighbourhood. */
export const STAGE2_NAMES: readonly string[] = [
  'p', 'p@-3', 'p@-2', 'p@-1', 'p@1', 'p@2', 'p@3', 'pWin3', 'pWin8', 'pMaxBefore3', 'pMaxAfter3', 'pTokBefore', 'pTokAfter',
  'pDistHigh', 'pRelMax', 'pMaxPage', 'keptShare',
];
export const N_STAGE2 = STAGE2_NAMES.length;

const NON_SPACE_RE = /\S/;
const ODD_SPACE_RE = /[^\S ]| {2}/;
const SPACES_RE = /\s+/g;
/** Mean of prefix-summed `arr` over the window of radius r around i, among n items. */
function winMean(arr: Float64Array, i: number, r: number, n: number): number {
  const a = i - r < 0 ? 0 : i - r, b = i + r + 1 > n ? n : i + r + 1;
  return (arr[b]! - arr[a]!) / (b - a);
}
const log1 = (x: number): number => Math.log(1 + x);

/** Whether a non-ASCII code unit belongs to a word (letters of any script); fast range checks. */
function wordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c < 0x2000) return true;
  if (c < 0x3040) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false;
  if (c >= 0xfe00 && c < 0xff10) return false;
  return c < 0xffef;
}
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const APOS = (c: number): boolean => c === 39 || c === 0x2019;

/** Case of the code unit at k: 1 upper, -1 lower, 0 caseless. `lower` is `s` lower-cased when `same` (same length). */
function caseAt(s: string, lower: string, same: boolean, k: number): number {
  const c = s.charCodeAt(k);
  if (c < 0x80) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? -1 : 0;
  const o = s[k]!, l = same ? lower[k]! : o.toLowerCase();
  if (o !== l) return 1;
  return o.toUpperCase() !== o ? -1 : 0;
}

// local copies of the pattern tables (cheaper than live module bindings in hot loops)
const LEXW = LEXICON.words, LEXP2 = LEXICON.prefix2, LEXP3 = LEXICON.prefix3;
const W_STOP = 1 << 8, W_DATE = 1 << 9, W_FOOTER = 1 << 10, W_READ = 1 << 11;
/** One lookup per word: stop word, date word and single-word lexicon flags together. */
const WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const w of STOPWORDS) m.set(w, (m.get(w) ?? 0) | W_STOP);
  for (const w of DATE_WORDS) m.set(w, (m.get(w) ?? 0) | W_DATE);
  for (const [w, f] of LEXICON.words) if (!w.includes(' ')) m.set(w, (m.get(w) ?? 0) | f);
  for (const w of FOOTER_HINT_WORDS) m.set(w, (m.get(w) ?? 0) | W_FOOTER);
  for (const w of READING_HINT_WORDS) m.set(w, (m.get(w) ?? 0) | W_READ);
  return m;
})();

export function measure(text: string): { info: LineInfo; local: number[]; key: string } {
  const trimmed = text.trim();
  const chars = trimmed.length;
  let lower = trimmed.toLowerCase();
  const sameLen = lower.length === chars;
  if (!sameLen) lower = trimmed; // rare (e.g. dotted capital I): fall back to per-word lower-casing below
  let tokens = 0, stop = 0, title = 0, upper = 0, nums = 0, wordChars = 0, dateish = 0, lex = 0, glued = 0;
  let punct = 0, digits = 0, commas = 0, pipes = 0, slashes = 0, marks = 0;
  let p1 = '', p2 = '';
  const words: string[] = [];
  let i = 0;
  while (i < chars) {
    const c = trimmed.charCodeAt(i);
    if (!wordCode(c)) {
      if (isAsciiDigit(c)) digits++;
      else if (c === 44) commas++;
      else if (c === 124) pipes++;
      else if (c === 47 || c === 40) slashes++;
      else if (c === 64 || c === 0xa9) marks++;
      if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) punct++;
      i++;
      continue;
    }
    const s = i;
    let hasDigit = false, up = 0, letters = 0;
    // case of the previous two letters inside this word (-1 lower), for glued-word detection
    let c1 = 0, c2 = 0;
    for (;;) {
      const d = trimmed.charCodeAt(i);
      let cs: number;
      if (d < 0x80) {
        if (d >= 97 && d <= 122) cs = -1;
        else if (d >= 65 && d <= 90) cs = 1;
        else if (d >= 48 && d <= 57) cs = 2;
        else if (APOS(d) && i > s && i + 1 < chars && wordCode(trimmed.charCodeAt(i + 1))) { i++; c1 = 0; c2 = 0; continue; }
        else break;
      } else if (wordCode(d)) cs = caseAt(trimmed, lower, sameLen, i);
      else if (APOS(d) && i > s && i + 1 < chars && wordCode(trimmed.charCodeAt(i + 1))) { i++; c1 = 0; c2 = 0; continue; }
      else break;
      if (cs === 2) { hasDigit = true; digits++; } else {
        letters++;
        if (cs === 1) {
          up++;
          // glued words: two lower-case letters, then a capital followed by lower case or a space
          if (c1 === -1 && c2 === -1 && i + 1 < chars) {
            const n = trimmed.charCodeAt(i + 1);
            if (n === 32 || (n >= 97 && n <= 122) || (n >= 0x80 && caseAt(trimmed, lower, sameLen, i + 1) === -1)) glued++;
          }
        }
      }
      c2 = c1;
      c1 = cs;
      i++;
    }
    const e = i;
    // glue across punctuation: "...Rise?Violence"
    if (c1 === -1 && e + 2 < chars && e - s >= 2) {
      const d = trimmed.charCodeAt(e);
      if ((d === 63 || d === 33 || d === 46 || d === 58) && caseAt(trimmed, lower, sameLen, e + 1) === 1 && caseAt(trimmed, lower, sameLen, e + 2) === -1) glued++;
    }
    tokens++;
    wordChars += e - s;
    const firstCase = trimmed.charCodeAt(s) < 0x80 ? (trimmed.charCodeAt(s) <= 90 && trimmed.charCodeAt(s) >= 65 ? 1 : 0) : caseAt(trimmed, lower, sameLen, s);
    if (firstCase === 1) {
      title++;
      if (letters > 1 && up === letters) upper++;
    }
    if (hasDigit) nums++;
    if (e - s <= 14) {
      const lw = sameLen ? lower.slice(s, e) : trimmed.slice(s, e).toLowerCase();
      const fl = WORDS.get(lw);
      if (fl !== undefined) {
        if (fl & W_STOP) stop++;
        if (fl & W_DATE) dateish++;
        lex |= fl;
      } else if (hasDigit) {
        if (NUMERIC_DATE_RE.test(lw)) dateish++;
      } else if (e - s >= 4) words.push(lw);
      if (p1 && LEXP2.has(p1)) {
        const bi = `${p1} ${lw}`;
        const f2 = LEXW.get(bi);
        if (f2 !== undefined) lex |= f2;
        if (p2 && LEXP3.has(`${p2} ${p1}`)) {
          const f3 = LEXW.get(`${p2} ${bi}`);
          if (f3 !== undefined) lex |= f3;
        }
      }
      p2 = p1;
      p1 = lw;
    } else {
      p2 = p1;
      p1 = '';
    }
  }
  if (glued > 5) glued = 5;
  const dateOnly = tokens > 0 && tokens <= 8 && dateish === tokens && (nums > 0 || tokens >= 2);
  const terminal = TERMINAL_RE.test(trimmed);
  INNER_SENTENCE_RE.lastIndex = 0;
  let inner = 0;
  while (inner < 10 && INNER_SENTENCE_RE.exec(trimmed)) inner++;
  const stopRatio = tokens ? stop / tokens : 0;
  const titleRatio = tokens ? title / tokens : 0;
  const url = (slashes > 0 || marks > 0 || (lex & W_STOP) === 0) && URL_RE.test(lower);
  const info: LineInfo = {
    text: trimmed,
    chars,
    tokens,
    terminal,
    stopRatio,
    titleRatio,
    dateOnly,
    repeats: 0,
    dupNear: false,
    sentenceLike: tokens >= 8 && stopRatio >= 0.12 && (terminal || tokens >= 25),
    promo: tokens <= 30 && PROMO_LEAD_RE.test(trimmed),
    cta: (lex & LEX_CTA) !== 0,
    shareOnly: tokens <= 12 && SHARE_ONLY_RE.test(trimmed) && SHARE_WORD_RE.test(trimmed),
    shareStart: tokens <= 40 && SHARE_START_RE.test(trimmed),
    login: tokens <= 20 && (lex & LEX_LOGIN) !== 0,
    tags: TAGS_RE.test(trimmed),
    caption: tokens <= 60 && ((lex & LEX_CAPTION) !== 0 || CAPTION_START_RE.test(trimmed) || (slashes > 0 && CAPTION_TAIL_RE.test(chars > 80 ? trimmed.slice(-80) : trimmed))),
    advert: tokens <= 6 && ADVERT_RE.test(trimmed),
    footer: tokens <= 50 && (marks > 0 || (lex & W_FOOTER) !== 0) && FOOTER_RE.test(trimmed),
    nav: tokens <= 8 && NAV_RE.test(trimmed),
    readingTime: tokens <= 10 && (lex & W_READ) !== 0 && READING_TIME_RE.test(trimmed),
    byline: tokens <= 10 && BYLINE_RE.test(trimmed),
    url,
    parenOnly: tokens <= 6 && PAREN_ONLY_RE.test(trimmed),
    dangling: tokens <= 6 && DANGLING_RE.test(chars > 8 ? trimmed.slice(-8) : trimmed),
    words,
  };
  const local = [
    log1(chars), log1(tokens), terminal ? 1 : 0, trimmed.endsWith(':') ? 1 : 0, inner, stopRatio, log1(stop), titleRatio,
    chars ? punct / chars : 0, chars ? digits / chars : 0, tokens ? commas / tokens : 0, BULLET_RE.test(text) ? 1 : 0,
    dateOnly ? 1 : 0, 0, 0, info.promo ? 1 : 0, info.cta ? 1 : 0, info.shareOnly ? 1 : 0, info.shareStart ? 1 : 0,
    info.login ? 1 : 0, info.tags ? 1 : 0, info.caption ? 1 : 0, info.advert ? 1 : 0, info.footer ? 1 : 0, info.nav ? 1 : 0,
    info.readingTime ? 1 : 0, info.byline ? 1 : 0, url ? 1 : 0, OPEN_QUOTE_RE.test(trimmed) ? 1 : 0,
    caseAt(trimmed, lower, sameLen, 0) === -1 ? 1 : 0, tokens ? upper / tokens : 0, Math.min(pipes, 5), info.parenOnly ? 1 : 0,
    info.dangling ? 1 : 0, tokens ? wordChars / tokens : 0, tokens ? nums / tokens : 0, glued,
  ];
  return { info, local, key: sameLen ? lower : trimmed.toLowerCase() };
}

const shortish = (f: LineInfo): boolean => !f.sentenceLike && f.tokens <= 14;

export interface PageFeatures {
  /** Indices (into the input) of the non-blank lines, in order. */
  index: number[];
  infos: LineInfo[];
  /** Row-major matrix: one row of N_FEATURES per non-blank line. */
  x: Float64Array;
}

const IDX_REPEATS = LOCAL_NAMES.indexOf('repeats');
const IDX_DUPNEAR = LOCAL_NAMES.indexOf('dupNear');

/** Compute the stage-one feature matrix of a page. */
export function pageFeatures(lines: readonly string[]): PageFeatures {
  const index: number[] = [];
  const infos: LineInfo[] = [];
  const locals: number[][] = [];
  const keys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!NON_SPACE_RE.test(l)) continue;
    const { info, local, key } = measure(l);
    if (info.chars === 0) continue;
    index.push(i);
    infos.push(info);
    locals.push(local);
    keys.push(ODD_SPACE_RE.test(key) ? key.replace(SPACES_RE, ' ') : key);
  }
  const n = infos.length;
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (let i = 0; i < n; i++) {
    const r = counts.get(keys[i]!)! - 1;
    infos[i]!.repeats = r;
    locals[i]![IDX_REPEATS] = Math.min(r, 3);
    if (r > 0) {
      for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        if (j !== i && keys[j] === keys[i]) infos[i]!.dupNear = true;
      }
      locals[i]![IDX_DUPNEAR] = infos[i]!.dupNear ? 1 : 0;
    }
  }
  // main block: maximum-sum run where sentence-like lines earn their tokens and other lines cost a little
  let best = -Infinity, bestA = 0, bestB = -1, cur = 0, curA = 0, totalSent = 0, maxTok = 1;
  for (let i = 0; i < n; i++) {
    const f = infos[i]!;
    if (f.tokens > maxTok) maxTok = f.tokens;
    const v = f.sentenceLike ? f.tokens : f.repeats > 0 || f.dateOnly ? -8 : -3;
    if (f.sentenceLike) totalSent += f.tokens;
    if (cur <= 0) { cur = v; curA = i; } else cur += v;
    if (cur > best) { best = cur; bestA = curA; bestB = i; }
  }
  let blockTok = 0;
  // vocabulary of the main block, for lexical cohesion of every line with it
  const vocab = new Map<string, number>();
  for (let i = bestA; i <= bestB; i++) {
    const f = infos[i]!;
    if (!f.sentenceLike) continue;
    blockTok += f.tokens;
    for (const w of f.words) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  }
  const sentPrefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sentPrefix[i + 1] = sentPrefix[i]! + (infos[i]!.sentenceLike ? infos[i]!.tokens : 0);
  const sentFlag = new Float64Array(n + 1);
  const tokPrefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sentFlag[i + 1] = sentFlag[i]! + (infos[i]!.sentenceLike ? 1 : 0);
    tokPrefix[i + 1] = tokPrefix[i]! + log1(infos[i]!.tokens);
  }
  const runStart = new Int32Array(n);
  for (let i = 0; i < n; i++) runStart[i] = shortish(infos[i]!) ? (i > 0 && shortish(infos[i - 1]!) ? runStart[i - 1]! : i) : i;
  const runLen = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (!shortish(infos[i]!)) { runLen[i] = 0; continue; }
    runLen[i] = i + 1 < n && shortish(infos[i + 1]!) && runStart[i + 1] === runStart[i] ? runLen[i + 1]! : i - runStart[i]! + 1;
  }

  const d = N_FEATURES;
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row = i * d;
    const loc = locals[i]!;
    for (let k = 0; k < NL; k++) x[row + k] = loc[k]!;
    let c = row + NL;
    for (const o of NEIGHBOUR_OFFSETS) {
      const j = i + o;
      if (j < 0 || j >= n) {
        x[c++] = -1; x[c++] = -1; x[c++] = -1; x[c++] = -1; x[c++] = -1; x[c++] = -1;
        continue;
      }
      const g = infos[j]!;
      x[c++] = log1(g.tokens); x[c++] = g.terminal ? 1 : 0; x[c++] = g.stopRatio; x[c++] = g.dateOnly ? 1 : 0;
      x[c++] = Math.min(g.repeats, 3); x[c++] = g.titleRatio;
    }
    x[c++] = winMean(sentFlag, i, 3, n);
    x[c++] = winMean(sentFlag, i, 8, n);
    x[c++] = winMean(tokPrefix, i, 3, n);
    x[c++] = winMean(tokPrefix, i, 8, n);
    x[c++] = log1(runLen[i]!);
    x[c++] = (i + 1 < n && infos[i + 1]!.dateOnly) || (i + 2 < n && infos[i + 2]!.dateOnly) ? 1 : 0;
    x[c++] = (i >= 1 && infos[i - 1]!.dateOnly) || (i >= 2 && infos[i - 2]!.dateOnly) ? 1 : 0;
    x[c++] = n > 1 ? i / (n - 1) : 0;
    x[c++] = i >= bestA && i <= bestB ? 1 : 0;
    x[c++] = i < bestA ? -log1(bestA - i) : i > bestB ? log1(i - bestB) : 0;
    x[c++] = totalSent ? sentPrefix[i]! / totalSent : 0;
    x[c++] = totalSent ? (totalSent - sentPrefix[i + 1]!) / totalSent : 0;
    x[c++] = infos[i]!.tokens / maxTok;
    x[c++] = log1(n);
    x[c++] = totalSent ? blockTok / totalSent : 0;
    x[c++] = i === 0 ? 1 : 0;
    x[c++] = i === n - 1 ? 1 : 0;
    // share of the line's content words found elsewhere in the main block (own occurrences discounted)
    const f = infos[i]!;
    const own = f.sentenceLike && i >= bestA && i <= bestB;
    let shared = 0;
    for (const w of f.words) {
      const k = vocab.get(w);
      if (k !== undefined && (!own || k > 1)) shared++;
    }
    x[c++] = f.words.length ? shared / f.words.length : 0;
    x[c++] = log1(shared);
  }
  return { index, infos, x };
}

/** Stage-two features from first-stage probabilities `p` (one per non-blank line). */
export function stage2Features(infos: readonly LineInfo[], p: ArrayLike<number>): Float64Array {
  const n = infos.length;
  const d = N_STAGE2;
  const out = new Float64Array(n * d);
  const pre = new Float64Array(n + 1);
  const tokW = new Float64Array(n + 1);
  let lastHigh = -1e9;
  const distPrev = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    pre[i + 1] = pre[i]! + p[i]!;
    tokW[i + 1] = tokW[i]! + p[i]! * infos[i]!.tokens;
    distPrev[i] = i - lastHigh;
    if (p[i]! >= 0.5) lastHigh = i;
  }
  const total = tokW[n]! || 1;
  let maxP = 1e-6, keptTok = 0, allTok = 0;
  for (let i = 0; i < n; i++) {
    if (p[i]! > maxP) maxP = p[i]!;
    allTok += infos[i]!.tokens;
    if (p[i]! >= 0.5) keptTok += infos[i]!.tokens;
  }
  const keptShare = allTok ? keptTok / allTok : 0;
  let nextHigh = 1e9;
  const pp = (j: number): number => (j < 0 || j >= n ? -0.5 : p[j]!);
  for (let i = n - 1; i >= 0; i--) {
    const distNext = nextHigh - i;
    if (p[i]! >= 0.5) nextHigh = i;
    const row = i * d;
    const win = (r: number): number => {
      const a = Math.max(0, i - r), b = Math.min(n, i + r + 1);
      return (pre[b]! - pre[a]! - p[i]!) / Math.max(1, b - a - 1);
    };
    let mb = 0, ma = 0;
    for (let j = Math.max(0, i - 3); j < i; j++) mb = Math.max(mb, p[j]!);
    for (let j = i + 1; j <= Math.min(n - 1, i + 3); j++) ma = Math.max(ma, p[j]!);
    out[row] = p[i]!;
    out[row + 1] = pp(i - 3); out[row + 2] = pp(i - 2); out[row + 3] = pp(i - 1);
    out[row + 4] = pp(i + 1); out[row + 5] = pp(i + 2); out[row + 6] = pp(i + 3);
    out[row + 7] = win(3); out[row + 8] = win(8);
    out[row + 9] = mb; out[row + 10] = ma;
    out[row + 11] = tokW[i]! / total; out[row + 12] = (total - tokW[i + 1]!) / total;
    out[row + 13] = log1(Math.min(distPrev[i]!, distNext, 1000));
    out[row + 14] = p[i]! / maxP;
    out[row + 15] = maxP;
    out[row + 16] = keptShare;
  }
  return out;
}
