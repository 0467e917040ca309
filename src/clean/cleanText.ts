import type { Article, Published, RawDoc, Removed } from '../types/index.ts';
import { articleId } from './articleId.ts';
import { assembleArticle } from './assembleArticle.ts';
import { classifyLines } from './boilerplate/classifyLines.ts';
import type { CleanContext } from './CleanContext.ts';
import { decode } from './decode.ts';
import { lineShapes } from './metadata/lineShapes.ts';
import { readTextMetadata } from './metadata/readTextMetadata.ts';
import { stripMetadataTokens } from './metadata/stripMetadataTokens.ts';

/** Languages that write numeric dates month-first. */
const MONTH_FIRST = new Set(['en']);

/**
 * Clean a plain-text input: decode, strip leading metadata tokens, classify every line as body or
 * boilerplate (keeping what was removed, with its reason), and read metadata with evidence.
 * @param doc a text RawDoc
 * @param ctx loaded models
 */
export function cleanText(doc: RawDoc, ctx: CleanContext): Article {
  if (!doc.bytes) throw new TypeError('Expected a text RawDoc with bytes');
  const decoded = decode(doc.bytes).text.replace(/\r\n?/g, '\n');
  const { text, tokens } = stripMetadataTokens(decoded);
  const removed: Removed[] = tokens.map((t) => ({ text: t.raw, reason: 'metadata-token' }));
  const lines = text.split('\n');
  const verdicts = classifyLines(lines);
  const keep = verdicts.map((v) => v.keep);

  const language = ctx.identifyLanguage(lines.filter((_, i) => keep[i]).join('\n') || text);
  const dateToken = tokens.find((t) => t.key === 'date' || t.key === 'fecha');
  const knownPublished: Published | null = dateToken
    ? { value: dateToken.value.slice(0, 10), evidence: `leading metadata token '${dateToken.raw}'`, inferred: false }
    : null;
  const meta = readTextMetadata({ lines, keep, dayFirst: !MONTH_FIRST.has(language.code), knownPublished });

  const paragraphs: string[] = [];
  const captions: string[] = [];
  lines.forEach((line, i) => {
    if (lineShapes.blank(line)) return;
    const consumed = meta.consumed.get(i);
    if (keep[i] && !consumed) {
      paragraphs.push(line.trim());
      return;
    }
    const reason = consumed ?? verdicts[i]!.reason ?? 'boilerplate';
    removed.push({ text: line.trim(), reason });
    if (reason === 'caption') captions.push(line.trim());
  });
  const urlToken = tokens.find((t) => t.key === 'url');
  const langToken = tokens.find((t) => t.key === 'lang' || t.key === 'language');
  return assembleArticle(
    {
      id: articleId(doc.bytes),
      source: doc.source,
      inputId: null,
      format: 'text',
      paragraphs,
      removed,
      captions,
      meta,
      outlet: meta.outlet,
      url: urlToken?.value ?? null,
      language: langToken ? { code: langToken.value.slice(0, 2), confidence: 1 } : language,
      fetchedAt: doc.fetchedAt,
    },
    ctx,
  );
}
