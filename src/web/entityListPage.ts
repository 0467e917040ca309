import type { ListQuery } from '../serve/parseQuery.ts';
import type { EntityRow, Page } from '../serve/viewTypes.ts';
import { filterForm } from './filterForm.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { link } from './links.ts';
import { pager } from './pager.ts';

/**
 * The entity list: people, organisations and places across the corpus, with how often they are
 * designated and how many of those designations are loaded.
 * @param page the entities shown
 * @param q the query
 */
export function entityListPage(page: Page<EntityRow>, q: ListQuery): string {
  const body = html`<h1>Entities</h1>
${filterForm('/entities', ['q', 'type'], q)}
<table class="list"><thead><tr><th>Name</th><th>Type</th><th>Mentions</th><th>Articles</th><th>Designations</th><th>Loaded</th></tr></thead><tbody>${page.items.map(
    (e) => html`<tr><td><a href="${link(['entities', e.id])}">${e.name}</a>${e.aliases.length > 1 ? html` <span class="aliases">(${e.aliases.filter((a) => a !== e.name).join(', ')})</span>` : ''}</td><td>${e.type}</td><td>${e.mentions}</td><td>${e.articles}</td><td>${e.designations}</td><td>${e.loaded ? html`<span class="loaded">${e.loaded}</span>` : '0'}</td></tr>`,
  )}</tbody></table>
${page.items.length ? '' : html`<p class="empty">No entity matches.</p>`}
${pager(['entities'], page, q)}`;
  return layout({ title: 'Entities', body, section: 'entities' });
}
