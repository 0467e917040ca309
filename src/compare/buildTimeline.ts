import type { ArticleSentence } from './articleSentences.ts';
import type { Fact } from './buildFacts.ts';

/** One dated entry of a story's timeline, with the sentence that gives it. */
export interface TimelineEntry {
  date: string;
  text: string;
  article: string;
  start: number;
  end: number;
  /** The time expression as written, or `published` for a publication date. */
  evidence: string;
  /** Other articles that state the same dated fact. */
  alsoIn: string[];
}

/** A story article as the timeline needs it. */
export interface TimelineArticle {
  id: string;
  published: string | null;
  title: string | null;
  times: readonly { text: string; start: number; end: number; type: string; value: string | null }[];
}

const DATE_VALUE = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

/**
 * Build a story's timeline: every resolved date expression (year, month or day) with its evidence sentence,
 * plus each article's publication date; entries for the same date whose sentences state the same fact
 * (copies of one wire) are merged, keeping the first article's wording.
 * @param articles the story's articles, in order of preference (sources first)
 * @param sentences their sentences
 * @param facts the story's facts (to merge copies)
 */
export function buildTimeline(articles: readonly TimelineArticle[], sentences: readonly ArticleSentence[], facts: readonly Fact[]): TimelineEntry[] {
  const factOf = new Map<string, string>();
  for (const f of facts) for (const s of f.spans) factOf.set(`${s.article}:${s.start}`, f.id);
  const byArticle = new Map<string, ArticleSentence[]>();
  for (const s of sentences) (byArticle.get(s.article) ?? byArticle.set(s.article, []).get(s.article)!).push(s);
  const entries: TimelineEntry[] = [];
  const seen = new Map<string, TimelineEntry>();
  for (const a of articles) {
    for (const t of a.times) {
      if (!t.value || !DATE_VALUE.test(t.value) || t.type !== 'DATE') continue;
      const s = byArticle.get(a.id)?.find((x) => x.start <= t.start && t.end <= x.end);
      if (!s) continue;
      const key = `${t.value}|${factOf.get(`${a.id}:${s.start}`) ?? `${a.id}:${s.start}`}`;
      const prior = seen.get(key);
      if (prior) {
        if (prior.article !== a.id && !prior.alsoIn.includes(a.id)) prior.alsoIn.push(a.id);
        continue;
      }
      const e: TimelineEntry = { date: t.value, text: s.text, article: a.id, start: s.start, end: s.end, evidence: t.text, alsoIn: [] };
      seen.set(key, e);
      entries.push(e);
    }
    if (a.published) {
      const lead = byArticle.get(a.id)?.[0];
      entries.push({ date: a.published.slice(0, 10), text: a.title ?? lead?.text ?? '', article: a.id, start: lead?.start ?? 0, end: lead?.end ?? 0, evidence: 'published', alsoIn: [] });
    }
  }
  return entries.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
