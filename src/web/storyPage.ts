import type { StoryComparison } from '../serve/viewTypes.ts';
import type { AnalysisArticle } from '../types/index.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { link } from './links.ts';
import { markText, type MarkSpan } from './markText.ts';
import { provenanceSvg } from './provenanceSvg.ts';

type Loose = Record<string, unknown>;
const rec = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Loose) : {});
const s = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The outlet, else the file or URL the article came from, else its id. */
function outletName(a: AnalysisArticle | undefined, id: string): string {
  return a?.outlet ?? a?.source.split(/[\\/]/).filter(Boolean).pop()?.slice(0, 40) ?? `article ${id.slice(0, 8)}`;
}

function spanLink(article: string, start: unknown, end: unknown): string {
  const [a, b] = [n(start), n(end)];
  return a !== null && b !== null ? link(['articles', article], { hl: `${a}-${b}` }) + '#hl' : link(['articles', article]);
}

function columns(c: StoryComparison, byId: Map<string, AnalysisArticle>): SafeHtml {
  const spans = new Map<string, MarkSpan[]>(c.articles.map((a) => [a.id, []]));
  const relations = new Map<string, string[]>(c.articles.map((a) => [a.id, []]));
  c.reuse.forEach((p, i) => {
    const [A, B] = [byId.get(p.a), byId.get(p.b)];
    if (!A || !B) return;
    p.passages.forEach((q, j) => {
      const k = `p${i}-${j}`;
      const title = (other: string): string => `shared with ${other} (${p.relation.replace('_', ' ')}, similarity ${q.similarity})`;
      spans.get(p.a)!.push({ start: q.a[0], end: q.a[1], cls: 'passage', key: `${k}:a`, anchor: `${k}-a`, href: `#${k}-b`, title: title(outletName(B, p.b)) });
      spans.get(p.b)!.push({ start: q.b[0], end: q.b[1], cls: 'passage', key: `${k}:b`, anchor: `${k}-b`, href: `#${k}-a`, title: title(outletName(A, p.a)) });
    });
    const rel = p.relation.replace('_', ' ');
    if (p.source === p.a) relations.get(p.b)!.push(`${rel} of ${outletName(A, p.a)}`), relations.get(p.a)!.push(`source of ${outletName(B, p.b)}`);
    else if (p.source === p.b) relations.get(p.a)!.push(`${rel} of ${outletName(B, p.b)}`), relations.get(p.b)!.push(`source of ${outletName(A, p.a)}`);
    else relations.get(p.a)!.push(`${rel} with ${outletName(B, p.b)}`), relations.get(p.b)!.push(`${rel} with ${outletName(A, p.a)}`);
  });
  for (const a of c.articles)
    a.quotes.forEach((q, i) => spans.get(a.id)!.push({ start: q.start, end: q.end, cls: 'quote', anchor: `q-${a.id}-${i}`, title: `quote${q.speakerName ?? q.speakerText ? `: ${q.speakerName ?? q.speakerText}` : ''}` }));
  return html`<div class="columns" data-testid="columns">${c.articles.map(
    (a) => html`<article class="col" id="col-${a.id}" data-article="${a.id}"><header>
<div class="outlet">${outletName(a, a.id)}</div><h3><a href="${link(['articles', a.id])}">${a.title ?? `${a.text.slice(0, 70).replace(/\s+/g, ' ')}…`}</a></h3>
<div class="meta">${a.published.value ?? 'undated'} · ${a.language}${a.agency ? html` · agency ${a.agency}` : ''}</div>
${relations.get(a.id)!.length ? html`<ul class="relations">${relations.get(a.id)!.map((r) => html`<li>${r}</li>`)}</ul>` : html`<ul class="relations"><li>no shared text</li></ul>`}
</header><div class="article-text">${markText(a.text, spans.get(a.id)!)}</div></article>`,
  )}</div>`;
}

function quoteTable(c: StoryComparison, byId: Map<string, AnalysisArticle>): SafeHtml {
  const groups = [...c.quoteGroups].sort((x, y) => y.variants.length - x.variants.length);
  if (!groups.length) return html`<p class="empty">No quotes.</p>`;
  return html`<table class="quote-table" data-testid="quote-table"><thead><tr><th>Speaker</th><th>Outlet</th><th>Quote as printed</th><th>Fidelity</th></tr></thead><tbody>${groups.map((g, gi) =>
    g.variants.map((v, vi) => {
      const a = byId.get(v.article);
      const q = a?.quotes[v.quote];
      return html`<tr class="${`fidelity-${v.fidelity}${vi === 0 ? ' group-start' : ''}`}" data-group="${gi}">${vi === 0 ? html`<th scope="rowgroup" rowspan="${g.variants.length}">${g.speaker ? html`<a href="${link(['entities', g.speaker])}">${g.speakerName ?? g.speaker}</a>` : g.speakerName ?? html`<span class="unknown">unknown</span>`}</th>` : ''}
<td><a href="#q-${v.article}-${v.quote}">${outletName(a, v.article)}</a></td>
<td>${q ? html`“${q.text}”` : ''}${v.diff && v.fidelity !== 'exact' ? html`<div class="diff" title="word changes against the original rendering">${v.diff.map((d) => (d.op === 'del' ? html`<del>${d.text}</del> ` : d.op === 'ins' ? html`<ins>${d.text}</ins> ` : html`<span>${d.text}</span> `))}</div>` : ''}</td>
<td><span class="fidelity ${v.fidelity}">${v.fidelity}</span>${v.original ? html` <span class="badge" title="earliest rendering: the one the others are compared with">original</span>` : ''}</td></tr>`;
    }),
  )}</tbody></table>`;
}

function framingTable(c: StoryComparison): SafeHtml {
  if (!c.framing.length) return html`<p class="empty">No article designates an actor without naming them.</p>`;
  const outlets = [...new Set(c.framing.flatMap((f) => Object.keys(f.byOutlet)))].sort();
  return html`<table class="framing" data-testid="framing"><thead><tr><th>Actor</th>${outlets.map((o) => html`<th>${o}</th>`)}</tr></thead><tbody>${c.framing.map(
    (f) => html`<tr><th scope="row"><a href="${link(['entities', f.entity])}">${f.name}</a> <span class="badge">${f.type}</span></th>${outlets.map(
      (o) => html`<td>${(f.byOutlet[o] ?? []).map((d) => html`<a class="${d.loaded ? 'desig loaded' : 'desig'}" href="${spanLink(d.article, d.start, d.end)}" title="${d.loaded ? 'loaded: carries a judgement' : 'neutral'}">${d.text}</a>${d.loaded ? html`<span class="flag">loaded</span>` : ''} `)}</td>`,
    )}</tr>`,
  )}</tbody></table>`;
}

function timeline(c: StoryComparison, byId: Map<string, AnalysisArticle>): SafeHtml {
  const own = c.story.timeline.map(rec).filter((t) => s(t.date) && s(t.text));
  if (own.length)
    return html`<ol class="timeline" data-testid="timeline">${own.map((t) => {
      const art = s(t.article);
      return html`<li><time>${s(t.date)}</time> ${s(t.text)}${art ? html` <a class="src" href="${spanLink(art, t.start, t.end)}">${outletName(byId.get(art), art)}</a>` : ''}</li>`;
    })}</ol>`;
  const seen = new Set<string>();
  const dates = c.datesMentioned.filter((d) => {
    const k = `${d.date}|${d.text.toLowerCase()}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  if (!dates.length) return html`<p class="empty">No dated events.</p>`;
  return html`<p class="note">No timeline has been computed for this story; these are the dates its articles mention.</p><ol class="timeline" data-testid="timeline">${dates.map(
    (d) => html`<li><time>${d.date}</time> “${d.text}” <a class="src" href="${spanLink(d.article, d.start, d.end)}">${outletName(byId.get(d.article), d.article)}</a></li>`,
  )}</ol>`;
}

function facts(c: StoryComparison, byId: Map<string, AnalysisArticle>): SafeHtml {
  const list = c.story.facts.map(rec).filter((f) => s(f.text));
  if (!list.length) return html`<p class="empty">No facts aligned across the articles yet.</p>`;
  return html`<table class="facts" data-testid="facts"><thead><tr><th>Fact</th>${c.articles.map((a) => html`<th>${outletName(a, a.id)}</th>`)}</tr></thead><tbody>${list.map((f) => {
    const has = new Set(Array.isArray(f.articles) ? (f.articles as unknown[]).map(s) : []);
    return html`<tr><td>${s(f.text)}</td>${c.articles.map((a) => (has.has(a.id) ? html`<td class="yes" title="${outletName(byId.get(a.id), a.id)} states this">✓</td>` : html`<td class="no">·</td>`))}</tr>`;
  })}</tbody></table>`;
}

/**
 * A story's page: its articles side by side with shared passages highlighted and linked to their
 * counterparts, the provenance graph, the quote table with fidelity and word diffs, the framing table,
 * the timeline, the facts (coverage matrix) and the summary when the analysis has them.
 * @param c the story comparison
 */
export function storyPage(c: StoryComparison): string {
  const byId = new Map(c.articles.map((a) => [a.id, a]));
  const st = c.story;
  const summary = st.summary.map(rec).filter((x) => s(x.text));
  const body = html`<h1>${st.label}</h1>
<p class="lede"><b>${st.independentSources}</b> independent ${st.independentSources === 1 ? 'source' : 'sources'} · <b>${st.articles.length}</b> articles
${st.dateRange ? html` · ${st.dateRange[0]} – ${st.dateRange[1]}` : ''} · ${st.outlets.join(' · ')}
${st.provisional ? html`<br><span class="note">Provisional story: articles grouped because they share text.</span>` : ''}</p>
<nav class="toc"><a href="#side-by-side">Side by side</a><a href="#provenance">Provenance</a><a href="#quotes">Quotes</a><a href="#framing">Framing</a><a href="#timeline">Timeline</a><a href="#facts">Facts</a></nav>
${summary.length ? html`<section id="summary"><h2>Summary</h2><ul class="summary" data-testid="summary">${summary.map((x) => {
    const art = s(x.article);
    return html`<li>${s(x.text)}${art ? html` <a class="src" href="${spanLink(art, x.start, x.end)}">${outletName(byId.get(art), art)}</a>` : ''}</li>`;
  })}</ul></section>` : ''}
<section id="side-by-side"><h2>Side by side</h2><p class="note">Shared passages are highlighted; click one to jump to its counterpart.</p>${columns(c, byId)}</section>
<section id="provenance"><h2>Provenance</h2>${c.reuse.length ? html`<div class="graph">${provenanceSvg(c.articles.map((a) => ({ id: a.id, outlet: outletName(a, a.id), published: a.published.value, agency: a.agency })), c.reuse)}</div>
<table class="reuse"><thead><tr><th>Relation</th><th>From</th><th>To</th><th>Passages</th><th>Evidence</th></tr></thead><tbody>${c.reuse.map((p) => {
    const [from, to] = p.source === p.b ? [p.b, p.a] : [p.a, p.b];
    return html`<tr><td>${p.relation.replace('_', ' ')}</td><td>${outletName(byId.get(from), from)}${p.source ? '' : ' ?'}</td><td>${outletName(byId.get(to), to)}</td><td>${p.passages.length}</td><td>${p.sourceEvidence.join('; ')}</td></tr>`;
  })}</tbody></table>` : html`<p class="empty">These articles share no text.</p>`}</section>
<section id="quotes"><h2>Quotes</h2>${quoteTable(c, byId)}</section>
<section id="framing"><h2>Framing: how each outlet designates each actor</h2>${framingTable(c)}</section>
<section id="timeline"><h2>Timeline</h2>${timeline(c, byId)}</section>
<section id="facts"><h2>Facts: who reports what</h2>${facts(c, byId)}</section>
${c.events.length ? html`<section id="events"><h2>Events</h2><ul>${c.events.map((e) => html`<li>${e.date ?? 'undated'} ${e.label} (${e.articles.length} articles)</li>`)}</ul></section>` : ''}`;
  return layout({ title: st.label, body, section: 'stories' });
}
