import type { ListQuery } from '../serve/parseQuery.ts';
import type { ArticleRow, Page } from '../serve/viewTypes.ts';
import { filterForm } from './filterForm.ts';
import { html, raw, type SafeHtml } from './html.ts';
import { escapeHtml } from './html.ts';
import { layout } from './layout.ts';
import { link } from './links.ts';
import { pager } from './pager.ts';

/**
 * A search snippet with the matched words (between [ and ] in the store's snippet) highlighted; escaped.
 * @param snippet the snippet
 */
function snippetHtml(snippet: string): SafeHtml {
  return raw(escapeHtml(snippet).replace(/\[([^\[\]]*)\]/g, '<mark class="hit">$1</mark>'));
}

/**
 * The article list, with search (best hits first, with snippets) and filters.
 * @param page the articles shown
 * @param q the query
 */
export function articleListPage(page: Page<ArticleRow>, q: ListQuery): string {
  const body = html`<h1>Articles</h1>
${filterForm('/articles', ['q', 'outlet', 'language', 'from', 'to', 'entity'], q)}
<table class="list"><thead><tr><th>Date</th><th>Outlet</th><th>Title</th><th>Lang</th><th>Story</th></tr></thead><tbody>${page.items.map(
    (a) => html`<tr><td class="nowrap">${a.published ?? '—'}</td><td>${a.outlet ?? '—'}</td><td><a href="${link(['articles', a.id])}">${a.title ?? a.id}</a>${a.snippet ? html`<div class="snippet">${snippetHtml(a.snippet)}</div>` : ''}</td><td>${a.language}</td><td>${a.story ? html`<a href="${link(['stories', a.story])}">story</a>` : ''}</td></tr>`,
  )}</tbody></table>
${page.items.length ? '' : html`<p class="empty">No article matches.</p>`}
${pager(['articles'], page, q)}`;
  return layout({ title: 'Articles', body, section: 'articles' });
}
