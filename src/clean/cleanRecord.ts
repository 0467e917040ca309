import type { Article, Evidenced, Published, RawDoc } from '../types/index.ts';
import { articleId } from './articleId.ts';
import { assembleArticle } from './assembleArticle.ts';
import type { CleanContext } from './CleanContext.ts';
import { readTextMetadata } from './metadata/readTextMetadata.ts';
import { parseDate } from './metadata/parseDate.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
const first = (r: Record<string, unknown>, keys: readonly string[]): [string, string] | null => {
  for (const k of keys) {
    const v = str(r[k]);
    if (v) return [k, v];
  }
  return null;
};

/** Record fields read, in order of preference (news-please names first). */
export const RECORD_FIELDS = {
  text: ['maintext', 'text', 'body', 'content'],
  title: ['title', 'headline'],
  date: ['date_publish', 'date', 'published', 'datePublished', 'pubDate'],
  url: ['url', 'link'],
  outlet: ['outlet', 'source_domain', 'source', 'publisher', 'site_name'],
  language: ['language', 'lang'],
  id: ['id', '_id', 'uuid'],
  author: ['authors', 'author', 'byline'],
} as const;

/**
 * Clean a JSON/JSON Lines record with news-please style fields: take its text as the body
 * (one paragraph per line), its fields as metadata with the field name as evidence.
 * @param doc a json RawDoc
 * @param ctx loaded models
 */
export function cleanRecord(doc: RawDoc, ctx: CleanContext): Article {
  const r = doc.record;
  if (!r) throw new TypeError('Expected a json RawDoc with a record');
  const text = first(r, RECORD_FIELDS.text)?.[1] ?? '';
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const titleF = first(r, RECORD_FIELDS.title);
  const dateF = first(r, RECORD_FIELDS.date);
  const outletF = first(r, RECORD_FIELDS.outlet);
  const langF = first(r, RECORD_FIELDS.language);
  const idF = first(r, RECORD_FIELDS.id);
  const urlF = first(r, RECORD_FIELDS.url);
  const authors = Array.isArray(r.authors) ? r.authors.filter((a): a is string => typeof a === 'string').join(', ') : first(r, RECORD_FIELDS.author)?.[1];

  const dateValue = dateF ? (parseDate(dateF[1], true)?.iso ?? (/^\d{4}(-\d\d)?$/.test(dateF[1]) ? dateF[1] : null)) : null;
  const published: Published = dateValue
    ? { value: dateValue, evidence: `record field ${dateF![0]}: ${dateF![1]}`, inferred: false }
    : { value: null, evidence: null, inferred: false };
  const lang = langF && /^[a-z]{2}\b/i.test(langF[1]) ? langF[1].slice(0, 2).toLowerCase() : null;
  const meta = readTextMetadata({ lines: paragraphs, keep: paragraphs.map(() => true), dayFirst: lang !== 'en', knownPublished: published });
  const ev = (f: [string, string] | null): Evidenced<string> | null => (f ? { value: f[1], evidence: `record field ${f[0]}` } : null);
  const canonical = JSON.stringify([text, titleF?.[1] ?? null, dateF?.[1] ?? null, urlF?.[1] ?? null, outletF?.[1] ?? null]);
  return assembleArticle(
    {
      id: articleId(canonical),
      source: doc.source,
      inputId: idF?.[1] ?? null,
      format: 'json',
      paragraphs,
      removed: [],
      captions: [],
      meta: { ...meta, title: ev(titleF), byline: authors ? { value: authors, evidence: 'record field authors' } : null, published },
      outlet: ev(outletF),
      url: urlF?.[1] ?? null,
      language: lang ? { code: lang, confidence: 1 } : undefined,
      fetchedAt: doc.fetchedAt,
    },
    ctx,
  );
}
