import type { ListQuery } from '../serve/parseQuery.ts';
import type { Page } from '../serve/viewTypes.ts';
import { html, type SafeHtml } from './html.ts';
import { link } from './links.ts';

/**
 * "Showing 1–50 of 120" with previous and next links that keep the filters.
 * @param path the list's path segments
 * @param page the page shown
 * @param q the query (its filters are kept in the links)
 */
export function pager(path: readonly string[], page: Page<unknown>, q: ListQuery): SafeHtml {
  const { limit: _l, offset: _o, ...filters } = q;
  const at = (offset: number): string => link(path, { ...filters, limit: q.limit === 50 ? undefined : q.limit, offset: offset || undefined });
  const first = page.total ? page.offset + 1 : 0;
  const last = Math.min(page.offset + page.items.length, page.total);
  return html`<p class="pager">Showing ${first}–${last} of ${page.total}
${page.offset > 0 ? html` · <a rel="prev" href="${at(Math.max(0, page.offset - page.limit))}">previous</a>` : ''}
${last < page.total ? html` · <a rel="next" href="${at(page.offset + page.limit)}">next</a>` : ''}</p>`;
}
