import type { ListQuery } from '../serve/parseQuery.ts';
import { html, type SafeHtml } from './html.ts';

/** Which fields a list's filter form shows. */
export type FilterField = 'q' | 'outlet' | 'language' | 'from' | 'to' | 'entity' | 'type';

const LABELS: Record<FilterField, string> = { q: 'Search', outlet: 'Outlet', language: 'Language', from: 'From', to: 'To', entity: 'Entity', type: 'Type' };
const PLACEHOLDERS: Record<FilterField, string> = { q: 'words, "a phrase", EE.UU.…', outlet: 'exact name', language: 'es, en…', from: 'YYYY-MM-DD', to: 'YYYY-MM-DD', entity: 'id or name', type: 'PER, ORG, LOC, MISC' };

/**
 * A GET form that filters a list; the current values are filled in.
 * @param action the list's path
 * @param fields the fields to show
 * @param q the current query
 */
export function filterForm(action: string, fields: readonly FilterField[], q: Partial<ListQuery>): SafeHtml {
  return html`<form class="filters" method="get" action="${action}" role="search">${fields.map(
    (f) => html`<label>${LABELS[f]} <input name="${f}" value="${q[f] ?? ''}" placeholder="${PLACEHOLDERS[f]}"${f === 'q' ? html` type="search" autofocus` : ''}></label>`,
  )}<button type="submit">Filter</button> <a class="reset" href="${action}">reset</a></form>`;
}
