import type { Article, ExtractedArticle } from '../types/index.ts';
import { findDesignations } from './designations/findDesignations.ts';
import { findEntities } from './entities/findEntities.ts';
import { findTimes } from './time/findTimes.ts';
import { findQuotes } from './quotes/findQuotes.ts';

/**
 * The extract stage: entity mentions (trained tagger), designations of people, quotes with their speakers and
 * attributed claims, and time expressions resolved
 * against the article's own date (publication date, else dateline date; unresolvable relative expressions
 * get null, never today's date). Pure and deterministic.
 * @param article a cleaned article
 */
export function extract(article: Article): ExtractedArticle {
  const lang = article.language.code;
  const day = (v: string | null | undefined): string | null => (v && /^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : null);
  const dct = day(article.published.value) ?? day(article.dateline?.date);
  const mentions = findEntities(article.text, lang);
  const times = findTimes(article.text, { dct, lang: lang === 'und' ? 'es' : lang }).map((t) => ({ text: t.text, start: t.start, end: t.end, type: t.type, value: t.value }));
  const { quotes, claims } = findQuotes(article.text, { lang, entities: mentions });
  return { ...article, dct, mentions, times, designations: findDesignations(article.text, mentions, lang), quotes, claims };
}
