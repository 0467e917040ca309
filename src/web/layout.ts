import { html, type SafeHtml } from './html.ts';

/** What a page of the UI is made of. */
export interface PageParts {
  /** Document title (escaped). */
  title: string;
  /** Main content. */
  body: SafeHtml;
  /** Which navigation entry is current. */
  section?: 'stories' | 'articles' | 'entities';
}

/**
 * The shell of every page: one stylesheet and one script, both served by this server (the
 * Content-Security-Policy allows nothing else), and the navigation.
 * @param parts title, body and current section
 */
export function layout(parts: PageParts): string {
  const nav = (href: string, label: string, key: PageParts['section']): SafeHtml =>
    html`<a href="${href}"${parts.section === key ? html` aria-current="page"` : ''}>${label}</a>`;
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title} · cotejo</title><link rel="stylesheet" href="/assets/app.css"><script src="/assets/app.js" defer></script></head>
<body><header class="top"><a class="brand" href="/">cotejo</a><nav>${nav('/', 'Stories', 'stories')}${nav('/articles', 'Articles', 'articles')}${nav('/entities', 'Entities', 'entities')}<a href="/api/openapi.json">API</a></nav></header>
<main>${parts.body}</main></body></html>`}`;
}
