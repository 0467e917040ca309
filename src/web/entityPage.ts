import type { EntityDetail } from '../serve/viewTypes.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { link } from './links.ts';

/**
 * An entity's page: every designation, by outlet, loaded terms flagged, each linked to its article.
 * @param e the entity
 */
export function entityPage(e: EntityDetail): string {
  const body = html`<h1>${e.name} <span class="badge">${e.type}</span></h1>
<p class="lede">${e.mentions} mentions in ${e.articles} articles. ${e.aliases.length ? html`Also written: ${e.aliases.join(' · ')}.` : ''}
<a href="${link(['articles'], { entity: e.id })}">Articles that mention ${e.name}</a> · <a href="${link([], { entity: e.id })}">stories</a></p>
<h2>Designations by outlet</h2>
${e.byOutlet.length ? html`<table class="designations" data-testid="designations"><thead><tr><th>Outlet</th><th>Designation</th><th>How</th><th>Article</th></tr></thead><tbody>${e.byOutlet.map((g) =>
    g.designations.map(
      (d, i) => html`<tr>${i === 0 ? html`<th scope="rowgroup" rowspan="${g.designations.length}">${g.outlet}</th>` : ''}<td><span class="${d.loaded ? 'desig loaded' : 'desig'}">${d.text}</span>${d.loaded ? html` <span class="flag" title="carries a judgement">loaded</span>` : ''}</td><td>${d.how}</td><td><a href="${link(['articles', d.article], { hl: `${d.start}-${d.end}` })}">${d.article.slice(0, 8)}</a></td></tr>`,
    ),
  )}</tbody></table>` : html`<p class="empty">No article designates ${e.name} without naming it.</p>`}`;
  return layout({ title: e.name, body, section: 'entities' });
}
