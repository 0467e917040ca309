import type { Article } from '../types/index.ts';
import type { NormTokens } from '../fingerprint/normalizeTokens.ts';
import { alignPassages, type AlignedPassage } from './alignPassages.ts';
import { matchSentences, sentenceRanges, type SentenceMatch } from './matchSentences.ts';
import { REUSE } from './thresholds.ts';
import { intersectSorted } from '../fingerprint/intersectSorted.ts';

/** How two articles reuse text. */
export type ReuseRelation = 'duplicate' | 'wire_copy' | 'rewrite' | 'shared_passages';

/** A text span of one article, with UTF-16 offsets into its clean text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The comparison of two articles (contract `reuse` item, with its evidence). */
export interface ReusePair {
  a: string;
  b: string;
  relation: ReuseRelation;
  /** Id of the article the text comes from, or null when the evidence does not say. */
  source: string | null;
  /** Why that source: agency byline/dateline, earlier date, containment asymmetry, or a conflict. */
  sourceEvidence: string[];
  /** Share of each text's shingles found in the other. */
  containment: { aInB: number; bInA: number };
  /** Share of each text's words covered by aligned passages. */
  coverage: { a: number; b: number };
  passages: { a: [number, number]; b: [number, number]; similarity: number }[];
  /** Sentences matched by content (rewordings), as sentence offsets in a and b. */
  sentences: { a: [number, number]; b: [number, number]; score: number }[];
  /** For a derived article: what it adds to the source and what it drops from it. */
  added: Span[];
  dropped: Span[];
}

/** What comparePair needs of each article. */
export interface PairSide {
  article: Pick<Article, 'id' | 'text' | 'published' | 'agency' | 'dateline'>;
  tokens: NormTokens;
  shingles: Uint32Array;
}


function longestIncreasing(xs: number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function classify(
  x: PairSide,
  y: PairSide,
  containment: { aInB: number; bInA: number },
  coverage: { a: number; b: number },
  passages: AlignedPassage[],
  strong: SentenceMatch[],
): ReuseRelation | null {
  if (containment.aInB >= REUSE.duplicateContainment && containment.bInA >= REUSE.duplicateContainment) return 'duplicate';
  const smaller = x.tokens.words.length <= y.tokens.words.length ? coverage.a : coverage.b;
  if (smaller >= REUSE.wireCopyCoverage) return 'wire_copy';
  const lead = strong.some((m) => m.a < REUSE.leadSentences && m.b < REUSE.leadSentences);
  const ordered = longestIncreasing(strong.map((m) => m.b)) >= REUSE.rewriteOrder * strong.length;
  if (strong.length >= REUSE.rewriteMinSentences && lead && ordered) return 'rewrite';
  const words = passages.reduce((s, p) => s + p.matches, 0);
  const longest = passages.reduce((s, p) => Math.max(s, p.matches), 0);
  if (words >= REUSE.sharedMinWords && longest >= REUSE.sharedLongestPassage) return 'shared_passages';
  return null;
}

function pickSource(x: PairSide, y: PairSide, containment: { aInB: number; bInA: number }, relation: ReuseRelation): { source: string | null; evidence: string[] } {
  const votes: { id: string; why: string; strong: boolean }[] = [];
  const ax = x.article.agency?.value, ay = y.article.agency?.value;
  if (ax && !ay) votes.push({ id: x.article.id, why: `agency ${ax}: ${x.article.agency!.evidence}`, strong: true });
  if (ay && !ax) votes.push({ id: y.article.id, why: `agency ${ay}: ${y.article.agency!.evidence}`, strong: true });
  const dx = x.article.published.value ?? x.article.dateline?.date ?? null;
  const dy = y.article.published.value ?? y.article.dateline?.date ?? null;
  if (dx && dy && dx.slice(0, 10) !== dy.slice(0, 10)) {
    const earlier = dx < dy ? x : y;
    votes.push({ id: earlier.article.id, why: `earlier date: ${dx < dy ? dx : dy} against ${dx < dy ? dy : dx}`, strong: false });
  }
  const diff = containment.bInA - containment.aInB;
  if (Math.abs(diff) > REUSE.asymmetry) {
    const src = diff > 0 ? x : y;
    votes.push({ id: src.article.id, why: `containment asymmetry: ${round(Math.max(containment.aInB, containment.bInA))} of the other text is inside it, against ${round(Math.min(containment.aInB, containment.bInA))}`, strong: true });
  }
  const ids = new Set(votes.map((v) => v.id));
  // Passages shared by two articles may both come from a third text: an earlier date alone does not make a source.
  if (relation === 'shared_passages' && !votes.some((v) => v.strong)) return { source: null, evidence: ['only a date difference: shared passages may come from a common third source', ...votes.map((v) => v.why)] };
  if (ids.size === 1) return { source: votes[0]!.id, evidence: votes.map((v) => v.why) };
  if (ids.size > 1) return { source: null, evidence: ['conflicting evidence', ...votes.map((v) => `${v.id}: ${v.why}`)] };
  return { source: null, evidence: ['no agency, date or containment evidence'] };
}

/**
 * Compare two articles: align their shared passages, match reworded sentences, classify the relation
 * (duplicate, wire copy, rewrite, shared passages, or none) and name the likely source with its evidence.
 * Pure: everything it needs is in its arguments.
 * @param x first article with its tokens and shingles
 * @param y second article with its tokens and shingles
 * @returns the pair, with `a` the source when one is named; null when the texts are not related
 */
export function comparePair(x: PairSide, y: PairSide): ReusePair | null {
  const common = intersectSorted(x.shingles, y.shingles);
  const containment = { aInB: x.shingles.length ? common / x.shingles.length : 0, bInA: y.shingles.length ? common / y.shingles.length : 0 };
  const passages = alignPassages(x.tokens, y.tokens);
  const coveredA = passages.reduce((s, p) => s + p.wordsA[1] - p.wordsA[0], 0);
  const coveredB = passages.reduce((s, p) => s + p.wordsB[1] - p.wordsB[0], 0);
  const coverage = { a: x.tokens.words.length ? coveredA / x.tokens.words.length : 0, b: y.tokens.words.length ? coveredB / y.tokens.words.length : 0 };
  const matches = matchSentences(x.tokens, y.tokens);
  const strong = matches.filter((m) => m.score >= REUSE.strongSentence);
  const relation = classify(x, y, containment, coverage, passages, strong);
  if (!relation) return null;
  const { source, evidence } = pickSource(x, y, containment, relation);
  const flip = source === y.article.id;
  const [s, d] = flip ? [y, x] : [x, y];
  const rs = sentenceRanges(s.tokens), rd = sentenceRanges(d.tokens);
  const span = (side: PairSide, r: [number, number]): Span => {
    const start = side.tokens.starts[r[0]]!, end = side.tokens.ends[r[1] - 1]!;
    return { start, end, text: side.article.text.slice(start, end) };
  };
  const sentOff = (side: PairSide, r: [number, number]): [number, number] => [side.tokens.starts[r[0]]!, side.tokens.ends[r[1] - 1]!];
  const matchedS = new Set(matches.map((m) => (flip ? m.b : m.a)));
  const matchedD = new Set(matches.map((m) => (flip ? m.a : m.b)));
  const derived = source !== null && (relation === 'rewrite' || relation === 'wire_copy');
  return {
    a: s.article.id,
    b: d.article.id,
    relation,
    source,
    sourceEvidence: evidence,
    containment: flip ? { aInB: round(containment.bInA), bInA: round(containment.aInB) } : { aInB: round(containment.aInB), bInA: round(containment.bInA) },
    coverage: flip ? { a: round(coverage.b), b: round(coverage.a) } : { a: round(coverage.a), b: round(coverage.b) },
    passages: passages.map((p) => (flip ? { a: p.b, b: p.a, similarity: p.similarity } : { a: p.a, b: p.b, similarity: p.similarity })),
    sentences: matches.map((m) => {
      const [ia, ib] = flip ? [m.b, m.a] : [m.a, m.b];
      return { a: sentOff(s, rs[ia]!), b: sentOff(d, rd[ib]!), score: m.score };
    }),
    added: derived ? rd.flatMap((r, i) => (matchedD.has(i) ? [] : [span(d, r)])) : [],
    dropped: derived ? rs.flatMap((r, i) => (matchedS.has(i) ? [] : [span(s, r)])) : [],
  };
}
