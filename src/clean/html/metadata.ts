/**
 * Page-level metadata (title, byline, publication date, site name, language, canonical URL)
 * read from JSON-LD, <meta>, <link> and <title>, each value with its evidence.
 * Precedence follows Mozilla Readability's _getArticleMetadata (JSON-LD, then Dublin Core /
 * Open Graph / article:* meta), extended with common news-site meta names.
 */
import type { Evidenced } from '../../types/index.ts';
import type { LightDocument } from './dom.ts';
import { ARTICLE_TYPES, TITLE_SEPARATOR } from './patterns.ts';

/** Metadata read from the page head and structured data. */
export interface HeadMetadata {
  title: Evidenced<string> | null;
  /** Raw <title> text, whitespace-normalised (kept for title/heading comparisons). */
  documentTitle: string | null;
  byline: Evidenced<string> | null;
  published: Evidenced<string> | null;
  siteName: Evidenced<string> | null;
  lang: string | null;
  url: string | null;
  /** JSON-LD articleBody of the page's article, if any (a hint for content selection). */
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', middot: '·', copy: '©', reg: '®',
};
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/** Decode the few entities left over in double-escaped meta values. */
function unescape(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const WS = /\s+/g;
/**
 * Collapse whitespace runs (including no-break spaces) to one space and trim.
 * @param s any text.
 */
export function normalizeSpace(s: string): string {
  return s.replace(WS, ' ').trim();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;

/**
 * Normalise a date string to ISO: YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS][zone] when a time is given.
 * @param raw the date as written in the page.
 * @returns the ISO string, or null if it cannot be read as a plausible date.
 */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  let m = ISO_DATE.exec(s);
  if (!m) {
    const c = COMPACT_DATE.exec(s);
    if (c) m = c;
  }
  if (m) {
    const [, y, mo, d, hh, mi, ss, z] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(y) < 1900 || Number(y) > 2100) return null;
    const date = `${y}-${mo}-${d}`;
    if (hh === undefined || mi === undefined) return date;
    let zone = z ?? '';
    if (zone && zone !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${date}T${hh}:${mi}${ss ? `:${ss}` : ''}${zone}`;
  }
  // Free-form dates ("May 3, 2019", "Tue, 03 May 2019 10:00:00 GMT").
  if (!/\d{4}/.test(s) || s.length > 60 || /[@()—–]/.test(s) || s.split(/\s+/).length > 7) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const dt = new Date(t);
  const y = dt.getFullYear();
  if (y < 1900 || y > 2100) return null;
  return `${y}-${String(dt.getMonth() + 1).padStart(2, '0')}-${String(dt.getDate()).padStart(2, '0')}`;
}

function* walkJson(v: Json, depth = 0): Generator<JsonObject> {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) yield* walkJson(x, depth + 1);
    return;
  }
  yield v;
  const g = v['@graph'];
  if (g) yield* walkJson(g, depth + 1);
}

function parseJsonLd(raw: string): Json | null {
  let s = raw.trim();
  if (s.startsWith('<!--')) s = s.replace(/^<!--/, '').replace(/-->$/, '');
  s = s.replace(/^(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?/, '').replace(/(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?\s*$/, '').trim();
  try {
    return JSON.parse(s) as Json;
  } catch {
    try {
      // Common publisher mistakes: raw newlines/tabs inside strings, trailing commas.
      return JSON.parse(s.replace(/[\n\r\t]/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return null;
    }
  }
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const s = normalizeSpace(unescape(v));
    return s || null;
  }
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function names(v: Json | undefined): string[] {
  if (v == null) return [];
  if (typeof v === 'string') return [normalizeSpace(unescape(v))].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap((x) => names(x));
  if (typeof v === 'object') {
    const n = v.name;
    return typeof n === 'string' ? names(n) : [];
  }
  return [];
}

const URLISH = /^(?:https?:)?\/\//i;

/**
 * Title without a trailing or leading " | Site"-style part, following Readability's
 * _getArticleTitle heuristic: cut at the last separator unless that leaves fewer than 3 words.
 */
function stripSiteFromTitle(title: string, site: string | null): string {
  if (!TITLE_SEPARATOR.test(title)) return title;
  const parts = title.split(TITLE_SEPARATOR);
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (site) {
    const ns = norm(site);
    const last = parts[parts.length - 1]!;
    if (ns && (norm(last) === ns || (norm(last).length > 2 && ns.includes(norm(last))) || norm(last).includes(ns))) return normalizeSpace(parts.slice(0, -1).join(' - ')) || title;
    const first = parts[0]!;
    if (ns && norm(first) === ns) return normalizeSpace(parts.slice(1).join(' - ')) || title;
  }
  // Cut at the last separator: keep the longer side when the head is too short.
  const m = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))];
  const lastSep = m[m.length - 1]!;
  const head = title.slice(0, lastSep.index).trim();
  const tail = title.slice(lastSep.index! + lastSep[0].length).trim();
  const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
  if (words(tail) <= 4 && words(head) >= 3) return head;
  return title;
}

/**
 * Read page metadata from a parsed document.
 * @param doc the light document (metas, links, JSON-LD, <title> collected at parse time).
 * @param pageUrl the page URL if known (fallback for `url`, base for relative canonicals).
 * @param h1 text of the first top-level heading, a title fallback.
 */
export function readHeadMetadata(doc: LightDocument, pageUrl: string | null, h1: string | null): HeadMetadata {
  // Meta values: property (space-separated list), name, itemprop, http-equiv; first wins.
  const meta = new Map<string, string>();
  for (const m of doc.metas) {
    const content = m.content ?? m.value;
    if (content == null || !content.trim()) continue;
    for (const key of [m.property, m.name, m.itemprop, m['http-equiv']]) {
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) if (k && !meta.has(k)) meta.set(k, normalizeSpace(unescape(content)));
    }
  }
  const get = (...keys: string[]): Evidenced<string> | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return { value: v, evidence: `meta[${k.includes(':') && !k.startsWith('dc') ? 'property' : 'name'}="${k}"] ${v}` };
    }
    return null;
  };

  // JSON-LD: prefer the item whose @type is an article type; WebPage only as a fallback.
  let article: JsonObject | null = null;
  let articleRank = 99;
  let publisherName: string | null = null;
  let websiteName: string | null = null;
  for (const raw of doc.jsonLd) {
    const parsed = parseJsonLd(raw);
    if (parsed === null) continue;
    for (const o of walkJson(parsed)) {
      const types = typesOf(o);
      for (const t of types) {
        if (ARTICLE_TYPES.test(t)) {
          const rank = /WebPage|Blog$|Recipe/.test(t) ? 2 : 1;
          if (rank < articleRank) {
            article = o;
            articleRank = rank;
          }
        } else if (t === 'WebSite' && !websiteName) websiteName = str(o.name);
        else if ((t === 'Organization' || t === 'NewsMediaOrganization') && !publisherName) publisherName = str(o.name);
      }
    }
  }

  const ld = (field: string, value: string | null): Evidenced<string> | null =>
    value ? { value, evidence: `json-ld ${field} ${value}` } : null;

  // Site name.
  let siteName: Evidenced<string> | null = null;
  if (article && article.publisher && typeof article.publisher === 'object') {
    const pn = names(article.publisher)[0];
    if (pn) siteName = ld('publisher.name', pn);
  }
  siteName = get('og:site_name') ?? siteName ?? ld('WebSite.name', websiteName) ?? ld('Organization.name', publisherName) ?? get('application-name', 'apple-mobile-web-app-title');

  // Title.
  const documentTitle = doc.title !== null ? normalizeSpace(doc.title) || null : null;
  let title: Evidenced<string> | null = null;
  if (article) {
    const headline = str(article.headline);
    const name = str(article.name);
    let t = headline ?? name;
    // Readability: when name and headline differ, prefer the one resembling <title>.
    if (headline && name && headline !== name && documentTitle) {
      const dt = documentTitle.toLowerCase();
      if (dt.includes(name.toLowerCase()) && !dt.includes(headline.toLowerCase())) t = name;
    }
    if (t && articleRank === 1) title = ld(headline === t ? 'headline' : 'name', t);
  }
  title ??= get('dc.title', 'dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title');
  if (!title && documentTitle) title = { value: stripSiteFromTitle(documentTitle, siteName?.value ?? null), evidence: `<title> ${documentTitle}` };
  if (!title && h1) title = { value: h1, evidence: `<h1> ${h1}` };
  if (title && title.evidence.startsWith('meta')) {
    const cleaned = stripSiteFromTitle(title.value, siteName?.value ?? null);
    if (cleaned !== title.value && siteName) title = { value: cleaned, evidence: title.evidence };
  }

  // Byline.
  let byline: Evidenced<string> | null = null;
  if (article) {
    const authors = names(article.author ?? article.creator).filter((n) => !URLISH.test(n));
    if (authors.length) byline = ld('author.name', authors.join(', '));
  }
  byline ??= get('dc.creator', 'dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru.author', 'byl');
  if (!byline) {
    const aa = meta.get('article:author');
    if (aa && !URLISH.test(aa)) byline = { value: aa, evidence: `meta[property="article:author"] ${aa}` };
  }
  if (byline) {
    const v = byline.value.replace(/^(?:by|por)\s+/i, '').trim();
    byline = v ? { value: v, evidence: byline.evidence } : null;
  }

  // Publication date: never dateModified.
  let published: Evidenced<string> | null = null;
  const tryDate = (raw: string | null | undefined, evidence: string): boolean => {
    if (!raw) return false;
    const v = normalizeDate(raw);
    if (!v) return false;
    published = { value: v, evidence: `${evidence} ${raw}` };
    return true;
  };
  if (!(article && tryDate(str(article.datePublished), 'json-ld datePublished'))) {
    for (const k of [
      'article:published_time', 'parsely-pub-date', 'og:published_time', 'article.published', 'datepublished',
      'publish-date', 'publishdate', 'pubdate', 'publication_date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created',
      'sailthru.date', 'date', 'dc.date', 'og:article:published_time', 'article:published',
    ]) {
      if (tryDate(meta.get(k), `meta[${k.startsWith('article:') || k.startsWith('og:') ? 'property' : 'name'}="${k}"]`)) break;
    }
  }
  if (!published && article) tryDate(str(article.dateCreated), 'json-ld dateCreated');

  // Language.
  let lang: string | null = doc.htmlLang ? doc.htmlLang.trim() || null : null;
  if (!lang) {
    const loc = meta.get('og:locale') ?? meta.get('content-language') ?? meta.get('language') ?? meta.get('dc.language');
    if (loc) lang = loc.split(/[,\s]/)[0]!.replace('_', '-') || null;
  }

  // Canonical URL.
  let url: string | null = null;
  for (const l of doc.links) {
    if ((l.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && l.href) {
      url = l.href.trim();
      break;
    }
  }
  url ??= meta.get('og:url') ?? null;
  if (url && pageUrl) {
    try {
      url = new URL(url, pageUrl).href;
    } catch {
      /* keep as written */
    }
  }
  url ??= pageUrl;

  const body = article ? str(article.articleBody) : null;
  return { title, documentTitle, byline, published, siteName, lang, url, articleBody: body && body.length > 200 ? body : null };
}
