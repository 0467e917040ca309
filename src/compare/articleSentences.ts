import { normalizeTokens } from '../fingerprint/normalizeTokens.ts';
import { contentStems, sentenceRanges } from '../reuse/matchSentences.ts';

/** A sentence of an article with its offsets and content-word stems. */
export interface ArticleSentence {
  article: string;
  /** Index of the sentence in its article. */
  index: number;
  start: number;
  end: number;
  text: string;
  stems: Set<string>;
}

/**
 * Split an article's clean text into sentences with offsets and content stems (the same sentence rules and
 * stems the reuse stage uses, so facts and rewrites agree).
 * @param article id and clean text of the article
 */
export function articleSentences(article: { id: string; text: string }): ArticleSentence[] {
  const t = normalizeTokens(article.text);
  return sentenceRanges(t).map(([from, to], index) => {
    const start = t.starts[from]!;
    // Extend to the closing punctuation and quotes that follow the last word.
    let end = t.ends[to - 1]!;
    while (end < article.text.length && /[.!?…»”"’)\]]/u.test(article.text[end]!)) end++;
    return { article: article.id, index, start, end, text: article.text.slice(start, end), stems: contentStems(t, from, to) };
  });
}
