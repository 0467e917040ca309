import type { Article, Published, RawDoc } from '../types/index.ts';
import { articleId } from './articleId.ts';
import { assembleArticle } from './assembleArticle.ts';
import type { CleanContext } from './CleanContext.ts';
import { decode } from './decode.ts';
import { extractHtml } from './html/extractHtml.ts';
import { readTextMetadata } from './metadata/readTextMetadata.ts';
import { PROMO_LEAD_RE } from './boilerplate/patterns.ts';

/** In-body promos ("Conozca: …", "Read more: …") are short; longer paragraphs that open the same way are body. */
const MAX_PROMO_CHARS = 200;

const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Clean an HTML input: extract the main content and the page metadata (meta tags, JSON-LD, `<time>`),
 * then read the dateline, agency and outlet footers from the extracted text.
 * @param doc an html RawDoc
 * @param ctx loaded models
 */
export function cleanHtml(doc: RawDoc, ctx: CleanContext): Article {
  if (!doc.bytes) throw new TypeError('Expected an html RawDoc with bytes');
  const html = decode(doc.bytes).text;
  const pageUrl = doc.url ?? (/^https?:/.test(doc.source) ? doc.source : undefined);
  const x = extractHtml(html, { url: pageUrl });
  const removed = [...x.removed];
  const paragraphs = x.paragraphs.filter((p) => {
    if (p.length > MAX_PROMO_CHARS || !PROMO_LEAD_RE.test(p)) return true;
    removed.push({ text: p, reason: 'promo' });
    return false;
  });
  const removedTexts = removed.map((r) => r.text);
  const lines = [...paragraphs, ...removedTexts];
  const keep = lines.map((_, i) => i < paragraphs.length);
  const published: Published = x.published
    ? { value: x.published.value.slice(0, 10), evidence: x.published.evidence, inferred: false }
    : { value: null, evidence: null, inferred: false };
  const lang = x.lang?.slice(0, 2).toLowerCase() ?? null;
  const meta = readTextMetadata({ lines, keep, dayFirst: lang !== 'en', knownPublished: published });
  // The headline often opens the extracted body: move it out when it is the page title.
  const title = x.title ?? meta.title;
  if (title && paragraphs.length && norm(paragraphs[0]!) === norm(title.value)) removed.unshift({ text: paragraphs.shift()!, reason: 'title' });
  return assembleArticle(
    {
      id: articleId(doc.bytes),
      source: doc.source,
      inputId: null,
      format: 'html',
      paragraphs,
      removed,
      captions: x.captions,
      meta: { ...meta, title, byline: x.byline ?? meta.byline, published },
      outlet: x.siteName ?? meta.outlet,
      url: x.url ?? pageUrl ?? null,
      fetchedAt: doc.fetchedAt,
    },
    ctx,
  );
}
