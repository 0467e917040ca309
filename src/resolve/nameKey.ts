import { LEADING_ARTICLES } from './aliases.ts';
import { foldAccents } from '../text/foldAccents.ts';

const ARTICLE = new RegExp(`^(?:${LEADING_ARTICLES.join('|')})\\s+`, 'iu');

/**
 * The comparison key of a name: accents folded, case folded, dots and spaces inside abbreviations removed,
 * a leading article dropped ("Vladímir Putin" = "Vladimir Putin"; "EE. UU." = "EEUU"; "The Washington Post" = "Washington Post").
 * @param name a name as written
 */
export function nameKey(name: string): string {
  return foldAccents(name)
    .replace(ARTICLE, '')
    .replace(/(?<=\p{L})\.\s?(?=\p{L})/gu, '')
    .replace(/[.’'"«»“”]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
