import type { ArticleSentence } from './articleSentences.ts';

/** A fact of a story: sentences of several articles that state the same thing, in any wording. */
export interface Fact {
  id: string;
  /** The wording of the fact in its earliest (or source) article. */
  text: string;
  /** Articles that carry the fact. */
  articles: string[];
  /** Where each article states it. */
  spans: { article: string; start: number; end: number; text: string }[];
}

/** Sentences at least this similar (Dice of content stems) state the same fact. */
export const FACT_SIMILARITY = 0.35;

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size < 3 || b.size < 3) return 0;
  let c = 0;
  for (const w of a) if (b.has(w)) c++;
  return (2 * c) / (a.size + b.size);
}

/**
 * Align the sentences of a story's articles into facts: sentences of different articles whose content-word
 * stems overlap (Dice ≥ {@link FACT_SIMILARITY}) are joined, strongest first, at most one sentence per article
 * in a fact, so each fact lists the articles that state it. This is the coverage matrix: facts against articles.
 * @param sentences the sentences of every article of the story, articles in order of preference (source first)
 */
export function buildFacts(sentences: readonly ArticleSentence[]): Fact[] {
  const parent = sentences.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const members = sentences.map((s) => new Set([s.article]));
  const links: [number, number, number][] = [];
  for (let i = 0; i < sentences.length; i++)
    for (let j = i + 1; j < sentences.length; j++) {
      if (sentences[i]!.article === sentences[j]!.article) continue;
      const d = dice(sentences[i]!.stems, sentences[j]!.stems);
      if (d >= FACT_SIMILARITY) links.push([d, i, j]);
    }
  // Strongest links first; a fact takes at most one sentence of each article, so a sentence that packs two
  // facts does not chain them into one.
  links.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of links) {
    const ri = find(i), rj = find(j);
    if (ri === rj || [...members[rj]!].some((a) => members[ri]!.has(a))) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    parent[drop] = keep;
    for (const a of members[drop]!) members[keep]!.add(a);
  }
  const groups = new Map<number, ArticleSentence[]>();
  sentences.forEach((s, i) => {
    if (s.stems.size < 3) return;
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(s);
    groups.set(r, g);
  });
  const facts: Fact[] = [];
  for (const g of groups.values()) {
    const first = g[0]!;
    facts.push({
      id: `f-${first.article.slice(0, 8)}-${first.index}`,
      text: first.text,
      articles: [...new Set(g.map((s) => s.article))],
      spans: g.map((s) => ({ article: s.article, start: s.start, end: s.end, text: s.text })),
    });
  }
  return facts;
}
