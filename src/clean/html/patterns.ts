/**
 * Tag sets and class/id/text patterns used by the HTML main-content extractor,
 * kept as data in one place and compiled once. Class/id hints follow Mozilla Readability's
 * REGEXPS (Apache-2.0) extended with common news-site chrome (share bars, newsletters,
 * recirculation widgets, cookie banners).
 */
import type { RemovalReason } from '../../types/index.ts';

/** Tags whose whole subtree is dropped while parsing (never content). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'svg', 'math', 'template', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'select', 'textarea', 'button', 'option', 'datalist', 'dialog',
]);

/** Tags that start a new text block when walking content. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'td', 'th',
  'tr', 'ul', 'br', 'html', '#root', 'caption', 'menu', 'legend', 'img', 'picture',
]);

/** Children that make a <div> a container rather than a paragraph (Readability's DIV_TO_P_ELEMS). */
export const DIV_BLOCK_CHILDREN: ReadonlySet<string> = new Set([
  'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'header',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'aside', 'main', 'form', 'nav', 'footer',
]);

/** Tags scored as paragraphs (Readability's DEFAULT_TAGS_TO_SCORE). */
export const SCORE_TAGS: ReadonlySet<string> = new Set(['p', 'td', 'pre', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** Heading tags. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Tags removed wholesale as page chrome, with the reason recorded. */
export const CHROME_TAGS: ReadonlyMap<string, RemovalReason> = new Map<string, RemovalReason>([
  ['nav', 'navigation'],
  ['aside', 'related-links'],
  ['footer', 'footer'],
  ['menu', 'navigation'],
  ['form', 'call-to-action'],
]);

/** ARIA roles that mark chrome. */
export const CHROME_ROLES: ReadonlyMap<string, RemovalReason> = new Map<string, RemovalReason>([
  ['navigation', 'navigation'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['banner', 'navigation'],
  ['contentinfo', 'footer'],
  ['complementary', 'related-links'],
  ['search', 'navigation'],
  ['dialog', 'call-to-action'],
  ['alertdialog', 'call-to-action'],
]);

/** Readability's unlikelyCandidates, extended: class/id of elements that are usually not content. */
export const UNLIKELY = new RegExp(
  [
    '-ad-', 'ai2html', 'banner', 'breadcrumb', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra', 'footer',
    'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar', 'skyscraper',
    'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup', 'yom-remote',
    'newsletter', 'cookie', 'consent', 'outbrain', 'taboola', 'recirc', 'trending', 'most-popular', 'mostpopular',
    'paywall', 'subscribe', 'signup', 'sign-up', 'modal', 'share', 'sharing', 'toolbar', 'masthead', 'navbar',
  ].join('|'),
);

/** Readability's okMaybeItsACandidate: rescues an UNLIKELY match. */
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow|story|entry|post-text/;

/**
 * Class/id tokens that mark chrome even when MAYBE_CANDIDATE matches (e.g. "article-share",
 * "related-articles"), with the reason to record. Matched on whole [-_ ]-delimited words.
 */
export const STRONG_CHROME: readonly (readonly [RegExp, RemovalReason])[] = [
  [/(?:^|[\s_-])(?:share|sharing|sharebar|social|socials|sharedaddy|addthis|shareaholic)(?:$|[\s_-])/, 'share'],
  [/(?:^|[\s_-])(?:related|relatedposts|recirc|recirculation|more-stories|read-more|readmore|recommended|recommendations|outbrain|taboola|trending|popular|most-read|mostread|also-read|jp-relatedposts)(?:$|[\s_-])/, 'related-links'],
  [/(?:^|[\s_-])(?:newsletter|newsletters|subscribe|subscription|signup|sign-up|promo|promotion|cta|paywall|donate|membership)(?:$|[\s_-])/, 'call-to-action'],
  [/(?:^|[\s_-])(?:comment|comments|commentlist|comment-list|disqus|replies|respond)(?:$|[\s_-])/, 'boilerplate'],
  [/(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|advertising|ad-slot|adslot|adunit|ad-unit|dfp|gpt|sponsored|banner-ad)(?:$|[\s_-])/, 'advertising'],
  [/(?:^|[\s_-])(?:cookie|cookies|gdpr|consent)(?:$|[\s_-])/, 'boilerplate'],
  [/(?:^|[\s_-])(?:tags|tag-list|taglist|post-tags|article-tags|entry-tags|topics|keywords)(?:$|[\s_-])/, 'tags'],
  [/(?:^|[\s_-])(?:breadcrumb|breadcrumbs|navbar|nav|menu|pagination|pager)(?:$|[\s_-])/, 'navigation'],
  [/(?:^|[\s_-])(?:login|log-in|signin|sign-in|register)(?:$|[\s_-])/, 'login'],
  [/(?:^|[\s_-])(?:copyright|colophon|site-info|site-footer|footer|disclaimer-footer)(?:$|[\s_-])/, 'footer'],
  [/(?:^|[\s_-])(?:tooltip|popover|hovercard)(?:$|[\s_-])/, 'boilerplate'],
  [/(?:^|[\s_-])(?:sr-only|visually-hidden|screen-reader-text|hidden|hide|invisible|offscreen)(?:$|[\s_-])/, 'boilerplate'],
];

/** Readability's negative class weight pattern (-25). */
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|caption|credit|newsletter|subscribe/;

/** Readability's positive class weight pattern (+25). */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|post|text|blog|story/;

/** Class/id of photo captions and credits. */
export const CAPTION = /(?:^|[\s_-])(?:caption|captions|figcaption|credit|credits|photo-credit|image-credit|wp-caption-text|img-caption|media-caption|photo-caption|pie-foto|foto-pie)(?:$|[\s_-])/;

/** Class/id/rel of bylines (Readability's byline pattern). */
export const BYLINE = /byline|author|dateline|writtenby|p-author|autor|firma/;

/** Commas in several scripts (Readability's commas pattern). */
export const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Whole-block texts that are chrome regardless of markup, with their reason. */
export const BLOCK_TEXT_CHROME: readonly (readonly [RegExp, RemovalReason])[] = [
  [/^(?:advertisement|advertising|publicidad|anuncio|sponsored|patrocinado|ad|ads|story continues below(?: advertisement)?|continues below|contin[uú]a (?:despu[eé]s|debajo) de la publicidad)\.?$/i, 'advertising'],
  [/^(?:share|compartir|share this(?: article| story| post)?|comparte(?: esta noticia)?|tweet|pin it|email|print|imprimir|whatsapp|facebook|twitter|linkedin|copy link|copiar enlace)(?:\s*(?:on|en)\s+\w+)?[.:!]?$/i, 'share'],
  [/^(?=.*[?!]).{0,50}\b(?:share (?:this|it|with)|comp[aá]rte(?:lo|la)?)\b.{0,60}$/i, 'share'],
  [/^(?:read more|leer m[aá]s|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|more (?:stories|news|on this|coverage)|m[aá]s noticias|see also|ver tambi[eé]n|related(?: articles| stories| content)?|noticias relacionadas|te puede interesar|tambi[eé]n te puede interesar|more from|recommended(?: for you)?|most read|lo m[aá]s le[ií]do)\b.{0,80}$/i, 'related-links'],
  [/^(?:sign up|subscribe|suscr[ií]bete|reg[ií]strate|join|get)\b.{0,80}\b(?:newsletters?|bolet[ií]n|our|nuestro|nuestra|updates|alerts|inbox|briefing|digest|today|now|here|hoy|aqu[ií])\b.{0,120}$/i, 'call-to-action'],
  [/^(?:follow us|s[ií]guenos|download (?:the|our) app|descarga (?:la|nuestra) app|want more|click here|haz clic aqu[ií])\b.{0,160}$/i, 'call-to-action'],
  [/^(?:log ?in|sign ?in|inicia(?:r)? sesi[oó]n|reg[ií]strate|already (?:a subscriber|have an account))\b.{0,80}$/i, 'login'],
  [/^(?:tags?|etiquetas?|topics?|temas?|filed under|categor[ií]as?)\s*:.{0,200}$/i, 'tags'],
  [/^(?:comments?|comentarios?|\d+\s+comments?|\d+\s+comentarios?|leave a (?:comment|reply)|deja (?:un|tu) comentario|show comments|ver comentarios)\.?$/i, 'boilerplate'],
  [/^(?:©|\(c\)|copyright\b|all rights reserved|todos los derechos reservados).{0,200}$/i, 'footer'],
  [/^(?:photo|foto|image|imagen|picture)\s*:.{0,150}$/i, 'caption'],
];

/** Block texts that look like a byline ("By Jane Doe", "Por Ana Gómez"). */
export const BYLINE_TEXT = /^(?:by|por|written by|escrito por|de)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|del|la|y|and|&|van|von|da))*\s*(?:[,|·•–—-].{0,80})?$/u;

/** Title separators of the kind "Headline | Site" / "Headline - Site". */
export const TITLE_SEPARATOR = /\s+[|\-–—:»·•\\/]\s+|\s+::\s+/;

/** JSON-LD @type values that denote the page's article. */
export const ARTICLE_TYPES = /(?:^|[\s:/])(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|Review|Blog|WebPage|Recipe)$/;

/** A block that is only a date (with optional weekday, time and "Updated:" label), in English or Spanish. */
export const DATE_ONLY = /^(?:(?:updated|published|posted|actualizado|publicado)\s*:?\s*)?(?:\p{L}+\.?,?\s+)?(?:\d{1,2}(?:\s+de)?\s+\p{L}{3,}\.?(?:\s+de)?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(?:[\s,|·-]+(?:a las\s+|at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?\p{Lu}{2,5}\)?)?)?$/iu;
