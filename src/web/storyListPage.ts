import type { ListQuery } from '../serve/parseQuery.ts';
import type { Page, StoryRow } from '../serve/viewTypes.ts';
import { filterForm } from './filterForm.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { link } from './links.ts';
import { pager } from './pager.ts';

/**
 * The story list: search and filters, and for each story its date range, outlets, and how many of its
 * articles are independent sources rather than copies or rewrites.
 * @param page the stories shown
 * @param q the query
 * @param totalArticles articles in the store
 */
export function storyListPage(page: Page<StoryRow>, q: ListQuery, totalArticles: number): string {
  const provisional = page.items.some((s) => s.provisional);
  const body = html`<h1>Stories</h1>
<p class="lede">${page.total} stories from ${totalArticles} articles.${provisional ? ' Stories are not clustered yet: each group below is a set of articles that share text.' : ''}</p>
${filterForm('/', ['q', 'outlet', 'language', 'from', 'to', 'entity'], q)}
<ol class="stories" data-testid="story-list">${page.items.map(
    (s) => html`<li class="story-row">
<a class="story-link" href="${link(['stories', s.id])}">${s.label}</a>
<div class="meta"><span class="counts" title="articles that are not copies or rewrites of another article of the story"><b>${s.independentSources}</b> independent ${s.independentSources === 1 ? 'source' : 'sources'} · <b>${s.articles.length}</b> ${s.articles.length === 1 ? 'article' : 'articles'}</span>
${s.dateRange ? html`<span class="dates">${s.dateRange[0] === s.dateRange[1] ? s.dateRange[0] : `${s.dateRange[0]} – ${s.dateRange[1]}`}</span>` : html`<span class="dates">undated</span>`}
<span class="outlets">${s.outlets.join(' · ') || 'unknown outlets'}</span> <span class="langs">${s.languages.join(', ')}</span></div></li>`,
  )}</ol>
${page.items.length ? '' : html`<p class="empty">No story matches.</p>`}
${pager([], page, q)}`;
  return layout({ title: 'Stories', body, section: 'stories' });
}
