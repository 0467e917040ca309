/**
 * Gather the renderings of one utterance across articles and grade each against the original:
 * `exact` (same wording), `partial` (a verbatim fragment) or `altered` (inside quotation marks but
 * reworded, with a word diff). Renderings are linked by speaker and word overlap (single link);
 * the original is the most complete direct rendering from an agency-bylined, else the earliest,
 * article. Quote-fidelity checking in the spirit of the Gender Gap Tracker's quote merging.
 */
import type { Quote } from '../extract/quotes/Quote.ts';
import { wordDiff, type DiffOp } from './quotes/wordDiff.ts';
import { foldAccents } from '../text/foldAccents.ts';

/** One rendering of an utterance in one article. */
export interface QuoteVariant {
  article: string;
  /** Index into that article's `quotes`. */
  quote: number;
  fidelity: 'exact' | 'partial' | 'altered';
  original: boolean;
  /** Word diff against the original, for altered renderings. */
  diff?: DiffOp[];
}

/** The renderings of one utterance. */
export interface QuoteGroup {
  /** The speaker's full name (`speakerName`), or null. */
  speaker: string | null;
  variants: QuoteVariant[];
}

/** One article's quotes, as input to `groupQuotes`. */
export interface QuoteGroupInput {
  article: string;
  published: string | null;
  agency: string | null;
  quotes: readonly Quote[];
}

/** Function words ignored when measuring overlap. */
const STOP: ReadonlySet<string> = new Set(
  ('el la los las un una unos unas de del al a en y e o u que con por para se su sus es son ha han lo le les ' +
    'no si mas como pero este esta estos estas ese esa muy ya the a an of to in and or that is are was were it its ' +
    'on for with as at by be this we our i you he she they not').split(' '),
);
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const fold = foldAccents;

interface Node {
  item: number;
  quote: number;
  words: string[];
  content: Set<string>;
  speaker: string | null;
  direct: boolean;
}

/** True when `small` occurs as a contiguous run inside `big`. */
function contains(big: readonly string[], small: readonly string[]): boolean {
  if (small.length === 0 || small.length > big.length) return false;
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let j = 0; j < small.length; j++) if (big[i + j] !== small[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Group quotations across articles.
 *
 * @param items - Per article: its id, publication date (ISO, or null), agency byline (or null) and quotes.
 * @returns Groups in order of first appearance; only quotations in quotation marks (direct and
 *   partial) are grouped, each into exactly one group.
 */
export function groupQuotes(items: readonly QuoteGroupInput[]): QuoteGroup[] {
  if (!Array.isArray(items)) throw new TypeError('Expected an array of { article, published, agency, quotes }');
  const nodes: Node[] = [];
  items.forEach((it, i) => {
    if (!it || typeof it.article !== 'string' || !Array.isArray(it.quotes as unknown)) throw new TypeError('Expected items with `article` and `quotes`');
    it.quotes.forEach((q: Quote, k: number) => {
      if (q.kind === 'indirect') return;
      const words = fold(q.text).match(WORD_RE) ?? [];
      if (words.length === 0) return;
      nodes.push({ item: i, quote: k, words, content: new Set(words.filter((w) => !STOP.has(w))), speaker: q.speakerName ? fold(q.speakerName) : null, direct: q.kind === 'direct' });
    });
  });
  const parent = nodes.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let a = 0; a < nodes.length; a++) {
    for (let b = a + 1; b < nodes.length; b++) {
      const A = nodes[a]!;
      const B = nodes[b]!;
      if (A.speaker !== B.speaker) continue;
      if (A.item === B.item && !(A.direct || B.direct)) continue;
      let shared = 0;
      for (const w of A.content) if (B.content.has(w)) shared++;
      const small = Math.min(A.content.size, B.content.size);
      const [s, l] = A.words.length <= B.words.length ? [A, B] : [B, A];
      const linked = (shared >= 2 && small > 0 && shared / small >= 0.6) || (s.words.length >= 3 && contains(l.words, s.words));
      if (linked) parent[find(a)] = find(b);
    }
  }
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(n);
    else groups.set(r, [n]);
  });
  const out: QuoteGroup[] = [];
  for (const members of groups.values()) {
    const orig = pickOriginal(members, items);
    const o = members[orig]!;
    const origQuote = items[o.item]!.quotes[o.quote]!;
    const variants: QuoteVariant[] = members.map((n, i) => {
      const v: QuoteVariant = { article: items[n.item]!.article, quote: n.quote, fidelity: 'exact', original: i === orig };
      if (i === orig) return v;
      if (n.words.join(' ') === o.words.join(' ') || contains(n.words, o.words)) v.fidelity = 'exact';
      else if (contains(o.words, n.words)) v.fidelity = 'partial';
      else {
        v.fidelity = 'altered';
        v.diff = wordDiff(origQuote.text, items[n.item]!.quotes[n.quote]!.text);
      }
      return v;
    });
    out.push({ speaker: origQuote.speakerName ?? members.find((n) => n.speaker)?.speaker ?? null, variants });
  }
  return out;
}

/** Index of the original among a group's members: direct first, then agency byline, then earliest, then longest. */
function pickOriginal(members: readonly Node[], items: readonly QuoteGroupInput[]): number {
  let best = 0;
  const key = (n: Node): [number, number, string, number, number] => {
    const it = items[n.item]!;
    return [n.direct ? 1 : 0, it.agency ? 1 : 0, it.published ?? '9999', n.words.length, -n.item];
  };
  for (let i = 1; i < members.length; i++) {
    const a = key(members[i]!);
    const b = key(members[best]!);
    const better = a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] !== b[2] ? a[2] < b[2] : a[3] !== b[3] ? a[3] > b[3] : a[4] > b[4];
    if (better) best = i;
  }
  return best;
}
