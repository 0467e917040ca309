import type { Article, LanguageGuess, Removed } from '../types/index.ts';
import type { CleanContext } from './CleanContext.ts';
import type { TextMetadata } from './metadata/readTextMetadata.ts';

/** Parts of an article gathered by one of the format-specific cleaners. */
export interface ArticleParts {
  id: string;
  source: string;
  inputId: string | null;
  format: Article['format'];
  paragraphs: string[];
  removed: Removed[];
  captions: string[];
  meta: Omit<TextMetadata, 'consumed'>;
  outlet: Article['outlet'];
  url: string | null;
  language?: LanguageGuess;
  fetchedAt: string;
}

/**
 * Build the final article record from cleaned parts: join paragraphs, detect the language when
 * the input did not declare it, and copy each metadata field with its evidence.
 * @param parts what the format-specific cleaner found
 * @param ctx loaded models
 */
export function assembleArticle(parts: ArticleParts, ctx: CleanContext): Article {
  const text = parts.paragraphs.join('\n\n');
  const language = parts.language ?? ctx.identifyLanguage(text);
  const diagnostics: Article['diagnostics'] = [];
  if (!text.trim()) diagnostics.push({ stage: 'clean', rule: 'no-body', message: 'no article body was found', place: parts.source });
  return {
    id: parts.id,
    source: parts.source,
    inputId: parts.inputId,
    format: parts.format,
    outlet: parts.outlet,
    title: parts.meta.title,
    language,
    published: parts.meta.published,
    dateline: parts.meta.dateline,
    agency: parts.meta.agency,
    byline: parts.meta.byline,
    url: parts.url,
    text,
    removed: parts.removed,
    captions: [...new Set(parts.captions)],
    diagnostics,
    fetchedAt: parts.fetchedAt,
  };
}
