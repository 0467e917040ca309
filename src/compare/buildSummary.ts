import type { Fact } from './buildFacts.ts';

/** One sentence of an extractive summary, with its citation. */
export interface SummarySentence {
  text: string;
  article: string;
  start: number;
  end: number;
  /** How many of the story's articles state this fact. */
  support: number;
}

/**
 * An extractive multi-document summary: the facts stated by the most articles (ties: earlier in the
 * preferred article), each in the wording of the first article that states it, deduplicated across copies
 * because copies of a sentence are one fact. Sentences come out in the order of the preferred articles.
 * @param facts the story's facts
 * @param order article ids in order of preference (sources first)
 * @param size most sentences to keep (default 5)
 */
export function buildSummary(facts: readonly Fact[], order: readonly string[], size = 5): SummarySentence[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const pos = (f: Fact): number => (rank.get(f.spans[0]!.article) ?? 0) * 1e6 + f.spans[0]!.start;
  const picked = [...facts]
    .filter((f) => f.spans[0]!.text.length >= 40)
    .sort((a, b) => b.articles.length - a.articles.length || pos(a) - pos(b))
    .slice(0, size);
  return picked.sort((a, b) => pos(a) - pos(b)).map((f) => ({ ...pickSpan(f), support: f.articles.length }));
}

function pickSpan(f: Fact): { text: string; article: string; start: number; end: number } {
  const s = f.spans[0]!;
  return { text: s.text, article: s.article, start: s.start, end: s.end };
}
