import type { AnalysisArticle } from '../types/index.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { link } from './links.ts';
import { markText, type MarkSpan } from './markText.ts';
import { safeUrl } from './safeUrl.ts';

function row(label: string, value: unknown, evidence?: string | null, note?: SafeHtml | string): SafeHtml {
  return html`<tr><th scope="row">${label}</th><td>${value === null || value === undefined || value === '' ? html`<span class="unknown">unknown</span>` : value}${note ? html` ${note}` : ''}</td><td class="evidence">${evidence ? html`<q>${evidence}</q>` : ''}</td></tr>`;
}

/**
 * An article's page: metadata with the evidence for each judgement, the clean text with quotes and
 * mentions marked, the removed boilerplate with reasons behind a toggle, and the quotes with speakers.
 * @param a the article as in the analysis JSON
 * @param highlight a span of the text to highlight (from a designation link), or null
 */
export function articlePage(a: AnalysisArticle, highlight: [number, number] | null = null): string {
  const url = safeUrl(a.url);
  const spans: MarkSpan[] = [
    ...a.quotes.map((q, i) => ({ start: q.start, end: q.end, cls: `quote q-${q.kind}`, anchor: `quote-${i}`, title: `${q.kind} quote${q.speakerName ?? q.speakerText ? `, ${q.speakerName ?? q.speakerText}` : ''}${q.cue ? ` (${q.cue})` : ''}` })),
    ...a.entities.map((e) => ({ start: e.start, end: e.end, cls: 'ent', title: `${e.type}: ${e.entity}` })),
    ...(highlight ? [{ start: highlight[0], end: highlight[1], cls: 'hl', anchor: 'hl' }] : []),
  ];
  const d = a.dateline;
  const body = html`<h1>${a.title ?? html`<span class="unknown">untitled</span>`}</h1>
<p class="lede">${a.outlet ?? 'unknown outlet'} · ${a.published.value ?? 'undated'} · ${a.language}${a.story ? html` · <a href="${link(['stories', a.story])}">story</a>` : ''}</p>
<section><h2>What cotejo judged, and why</h2>
<table class="evidence-table" data-testid="evidence"><thead><tr><th>Field</th><th>Value</th><th>Evidence</th></tr></thead><tbody>
${row('id', a.id)}
${row('outlet', a.outlet, a.outletEvidence)}
${row('title', a.title, a.titleEvidence)}
${row('published', a.published.value, a.published.evidence, a.published.inferred ? html`<span class="flag">inferred</span>` : '')}
${row('dateline', d ? d.text : null, d ? `place ${d.place ?? '?'}, date ${d.date ?? '?'}, agency ${d.agency ?? '?'}` : null)}
${row('agency', a.agency, a.agencyEvidence)}
${row('byline', a.byline)}
${row('language', `${a.language} (confidence ${a.languageConfidence})`)}
${row('sources', a.sources.join(' · '))}
${row('url', a.url ? (url ? html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${a.url}</a>` : html`<span class="unsafe" title="not an http(s) URL: not linked">${a.url}</span>`) : null)}
</tbody></table></section>
<section><h2>Clean text</h2><div class="article-text" data-testid="article-text">${markText(a.text, spans)}</div></section>
<details class="removed" data-testid="removed"><summary>Removed by cleaning (${a.removed.length})</summary>
${a.removed.length ? html`<ol>${a.removed.map((r) => html`<li><span class="reason">${r.reason}</span> <span class="removed-text">${r.text}</span></li>`)}</ol>` : html`<p class="empty">Nothing was removed.</p>`}
${a.captions.length ? html`<h3>Captions</h3><ul>${a.captions.map((c) => html`<li>${c}</li>`)}</ul>` : ''}</details>
<section><h2>Quotes (${a.quotes.length})</h2>
${a.quotes.length ? html`<table class="quotes"><thead><tr><th>Quote</th><th>Kind</th><th>Speaker</th><th>Cue</th><th>Via</th></tr></thead><tbody>${a.quotes.map(
    (q, i) => html`<tr><td><a href="#quote-${i}">“${q.text}”</a></td><td>${q.kind}</td><td>${q.speaker ? html`<a href="${link(['entities', q.speaker])}">${q.speakerName ?? q.speakerText}</a>` : q.speakerText ?? html`<span class="unknown">unknown</span>`}</td><td>${q.cue ?? ''}</td><td>${q.viaText ?? ''}</td></tr>`,
  )}</tbody></table>` : html`<p class="empty">No quotes.</p>`}</section>
${a.claims.length ? html`<section><h2>Attributed claims</h2><ul>${a.claims.map((c) => html`<li>${c.sourceText}: “${c.text}”</li>`)}</ul></section>` : ''}
${a.times.length ? html`<section><h2>Time expressions</h2><table class="times"><tbody>${a.times.map((t) => html`<tr><td>${t.text}</td><td>${t.value ?? html`<span class="unknown">unresolved</span>`}</td></tr>`)}</tbody></table>${a.dct ? html`<p class="note">Resolved against ${a.dct}.</p>` : ''}</section>` : ''}
${a.diagnostics.length ? html`<section><h2>Diagnostics</h2><ul>${a.diagnostics.map((g) => html`<li><code>${g.stage}/${g.rule}</code> ${g.message}</li>`)}</ul></section>` : ''}`;
  return layout({ title: a.title ?? a.id, body, section: 'articles' });
}
