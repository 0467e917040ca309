import type { AnalysisDoc } from '../types/index.ts';
import { escapeHtml as e } from './escapeHtml.ts';

type Story = AnalysisDoc['stories'][number];
type Article = AnalysisDoc['articles'][number];

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d2430;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:#c9d1dd}
main{max-width:1180px;margin:0 auto;padding:12px 24px 48px}section.story{background:#fff;border:1px solid #dde2ea;border-radius:10px;padding:18px 22px;margin:18px 0}
h2{margin:0 0 4px;font-size:20px}h3{font-size:15px;margin:20px 0 8px;text-transform:uppercase;letter-spacing:.04em;color:#55607a}
.meta{color:#55607a;font-size:13px}.pill{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;background:#e8ecf3;margin-right:6px}
.pill.src{background:#dff3e4}.pill.altered{background:#fde2e1;color:#8a1c17}.pill.exact{background:#dff3e4}.pill.partial{background:#fff3d6}
.loaded{background:#fde2e1;color:#8a1c17;border-radius:4px;padding:0 3px}table{border-collapse:collapse;width:100%;font-size:13.5px}
td,th{border-bottom:1px solid #e6e9ef;padding:6px 8px;text-align:left;vertical-align:top}th{color:#55607a;font-weight:600}
del{background:#fde2e1;color:#8a1c17}ins{background:#dff3e4;text-decoration:none}.cite{color:#55607a;font-size:12px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin:6px 0 12px}.pair div{background:#f3f6fa;border-radius:6px;padding:8px 10px;font-size:13.5px}
svg text{font:11px system-ui,sans-serif;fill:#1d2430}ol.summary li{margin:4px 0}
`;

const short = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function label(a: Article | undefined): string {
  if (!a) return '?';
  return a.outlet ?? a.source.split('/').pop() ?? a.id;
}

function timelineSvg(story: Story, byId: Map<string, Article>): string {
  const items = (story.timeline ?? []).filter((t) => /^\d{4}/.test(t.date));
  if (!items.length) return '<p class="meta">No dated events.</p>';
  const t = (d: string): number => Date.parse(`${d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d.slice(0, 10)}T00:00:00Z`);
  const xs = items.map((i) => t(i.date));
  const min = Math.min(...xs), max = Math.max(...xs), W = 1080, H = 24 + items.length * 22;
  // Date, then the item's place on a time axis, then its evidence sentence and source.
  const AX0 = 96, AX1 = 300;
  const x = (v: number): number => AX0 + (max === min ? 0.5 : (v - min) / (max - min)) * (AX1 - AX0);
  const rows = items
    .map((i, k) => {
      const cx = x(t(i.date)), y = 18 + k * 22;
      const who = `${label(byId.get(i.article))}${i.evidence === 'published' ? ', published' : `: “${i.evidence}”`}`;
      return `<text x="0" y="${y + 4}">${e(i.date)}</text><circle cx="${cx.toFixed(1)}" cy="${y}" r="5" fill="${i.evidence === 'published' ? '#55607a' : '#2f6fde'}"><title>${e(i.text)}</title></circle>` +
        `<text x="${AX1 + 16}" y="${y + 4}">${e(short(i.text, 88))} <tspan fill="#55607a">(${e(short(who, 40))})</tspan></text>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="timeline"><line x1="${AX0}" x2="${AX1}" y1="6" y2="6" stroke="#c9d1dd"/><line x1="${AX0}" x2="${AX0}" y1="2" y2="${H - 4}" stroke="#eef1f5"/><line x1="${AX1}" x2="${AX1}" y1="2" y2="${H - 4}" stroke="#eef1f5"/>${rows}</svg>`;
}

function provenanceSvg(story: Story, doc: AnalysisDoc, byId: Map<string, Article>): string {
  const ids = story.articles;
  const pairs = doc.reuse.filter((p) => ids.includes(p.a) && ids.includes(p.b));
  const sources = new Set(pairs.flatMap((p) => (p.source ? [p.source] : [])));
  const W = 1080, rowH = 56, H = 40 + Math.max(1, ids.length) * rowH;
  // Sources on the left, derived articles on the right; with no source, a zigzag keeps the edges readable.
  const pos = new Map(ids.map((id, i) => [id, { x: sources.size ? (sources.has(id) ? 160 : 640) : i % 2 ? 700 : 260, y: 30 + i * rowH }]));
  const nodes = ids
    .map((id) => {
      const p = pos.get(id)!, a = byId.get(id);
      return `<g><rect x="${p.x - 140}" y="${p.y - 16}" width="280" height="32" rx="8" fill="${sources.has(id) ? '#dff3e4' : '#e8ecf3'}" stroke="#9aa6bb"/>` +
        `<text x="${p.x}" y="${p.y + 4}" text-anchor="middle">${e(short(label(a), 34))} · ${e(a?.published.value ?? 'undated')}</text></g>`;
    })
    .join('');
  const edges = pairs
    .map((p) => {
      const from = pos.get(p.source ?? p.a)!, to = pos.get(p.source === p.a || !p.source ? p.b : p.a)!;
      const dash = p.relation === 'shared_passages' ? ' stroke-dasharray="5 4"' : '';
      const x1 = from.x + (from.x < to.x ? 140 : -140), x2 = to.x + (from.x < to.x ? -140 : 140);
      return `<line x1="${x1}" y1="${from.y}" x2="${x2}" y2="${to.y}" stroke="#2f6fde" stroke-width="1.6"${dash} marker-end="url(#arrow)"/>` +
        `<text x="${(x1 + x2) / 2}" y="${(from.y + to.y) / 2 - 5}" text-anchor="middle" fill="#2f6fde">${e(p.relation)}</text>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="provenance graph"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#2f6fde"/></marker></defs>${edges}${nodes}</svg>`;
}

function heatmap(story: Story, byId: Map<string, Article>): string {
  const facts = (story.facts ?? []).slice().sort((a, b) => b.articles.length - a.articles.length).slice(0, 40);
  if (!facts.length) return '';
  const ids = story.articles;
  const cell = 22, left = 460, W = left + ids.length * 90, H = 60 + facts.length * cell;
  const head = ids.map((id, i) => `<text x="${left + i * 90 + 45}" y="40" text-anchor="middle">${e(short(label(byId.get(id)), 14))}</text>`).join('');
  const rows = facts
    .map((f, r) => {
      const y = 52 + r * cell;
      const cells = ids
        .map((id, i) => `<rect x="${left + i * 90 + 4}" y="${y}" width="82" height="${cell - 4}" rx="3" fill="${f.articles.includes(id) ? (f.articles.length === 1 ? '#f2a65a' : '#2f6fde') : '#eef1f5'}"><title>${e(f.articles.includes(id) ? 'carries' : 'omits')}: ${e(f.text)}</title></rect>`)
        .join('');
      return `<text x="${left - 8}" y="${y + 13}" text-anchor="end">${e(short(f.text, 70))}</text>${cells}`;
    })
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="coverage matrix">${head}${rows}</svg><p class="meta">Blue: fact carried by several articles; orange: unique addition; grey: omitted.</p>`;
}

function quoteTable(story: Story, doc: AnalysisDoc, byId: Map<string, Article>): string {
  const groups = doc.quoteGroups.filter((g) => g.variants.some((v) => story.articles.includes(v.article)) && g.variants.length > 1);
  if (!groups.length) return '<p class="meta">No quote is printed by more than one article.</p>';
  const name = (id: string | null, fallback: string | null): string => doc.entities.find((x) => x.id === id)?.name ?? fallback ?? 'unknown';
  const rows = groups
    .flatMap((g) =>
      g.variants.map((v) => {
        const q = byId.get(v.article)?.quotes[v.quote];
        const diff = v.diff?.length ? `<div>${v.diff.map((d) => (d.op === 'del' ? `<del>${e(d.text)}</del>` : d.op === 'ins' ? `<ins>${e(d.text)}</ins>` : e(d.text))).join(' ')}</div>` : '';
        return `<tr><td>${e(name(g.speaker, g.speakerName))}</td><td>${e(label(byId.get(v.article)))}</td><td><span class="pill ${e(v.fidelity)}">${e(v.fidelity)}</span>${v.original ? '<span class="pill src">original</span>' : ''}</td><td>«${e(q?.text ?? '')}»${diff}</td></tr>`;
      }),
    )
    .join('');
  return `<table><tr><th>speaker</th><th>outlet</th><th>fidelity</th><th>as printed</th></tr>${rows}</table>`;
}

function framingTable(story: Story, byId: Map<string, Article>): string {
  const rows = (story.framing ?? []).filter((f) => f.terms.length);
  if (!rows.length) return '';
  return `<table><tr><th>outlet</th><th>actor</th><th>how it is named</th></tr>${rows
    .map((f) => `<tr><td>${e(label(byId.get(f.article)))}</td><td>${e(f.actorName ?? '(no named actor)')}</td><td>${f.terms.map((t) => (t.loaded ? `<span class="loaded">${e(t.text)}</span>` : e(t.text))).join(', ')}</td></tr>`)
    .join('')}</table>`;
}

function passages(story: Story, doc: AnalysisDoc, byId: Map<string, Article>): string {
  return doc.reuse
    .filter((p) => story.articles.includes(p.a) && story.articles.includes(p.b))
    .map((p) => {
      const a = byId.get(p.a)!, b = byId.get(p.b)!;
      const src = p.source ? `source: ${e(label(byId.get(p.source)))} — ${e(p.sourceEvidence.join('; '))}` : `no single source: ${e(p.sourceEvidence.join('; '))}`;
      return `<h4>${e(label(a))} ↔ ${e(label(b))} <span class="pill">${e(p.relation)}</span></h4><p class="meta">${src}</p>${p.passages
        .slice(0, 8)
        .map((q) => `<div class="pair"><div>${e(a.text.slice(q.a[0], q.a[1]))}</div><div>${e(b.text.slice(q.b[0], q.b[1]))}</div></div>`)
        .join('')}`;
    })
    .join('');
}

/**
 * Render the analysis as one self-contained HTML page (no scripts, no network): per story, the summary with
 * citations, the timeline, the provenance graph, the coverage heat map, the quote table with word diffs,
 * the framing table and the shared passages. Every piece of article text is escaped.
 * @param doc the analysis JSON
 */
export function renderReport(doc: AnalysisDoc): string {
  const byId = new Map(doc.articles.map((a) => [a.id, a]));
  const stories = doc.stories
    .map((s) => {
      const summary = (s.summary ?? []).map((x) => `<li>${e(x.text)} <span class="cite">[${e(label(byId.get(x.article)))}]</span></li>`).join('');
      return `<section class="story" id="${e(s.id)}"><h2>${e(s.label)}</h2><p class="meta">${e(s.dateRange?.join(' – ') ?? '')} · ${s.articles.length} articles · ${e(s.independentSources ?? '?')} independent sources · ${s.events.length} events</p>
<h3>Summary</h3><ol class="summary">${summary}</ol>
<h3>Timeline</h3>${timelineSvg(s, byId)}
<h3>Provenance</h3>${provenanceSvg(s, doc, byId)}
<h3>Coverage</h3>${heatmap(s, byId)}
<h3>Quotes</h3>${quoteTable(s, doc, byId)}
<h3>Framing</h3>${framingTable(s, byId)}
<h3>Shared passages</h3>${passages(s, doc, byId)}</section>`;
    })
    .join('\n');
  const list = doc.articles.map((a) => `<tr><td>${e(a.published.value ?? '')}</td><td>${e(a.outlet ?? '')}</td><td>${e(a.title ?? short(a.text, 80))}</td><td>${e(a.story ?? '')}</td></tr>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>cotejo report</title><style>${CSS}</style></head><body><header><h1>cotejo coverage report</h1><p>${doc.articles.length} articles · ${doc.stories.length} stories · ${doc.reuse.length} reuse relations · ${doc.quoteGroups.length} quote groups</p></header>
<main>${stories}<section class="story"><h2>Articles</h2><table><tr><th>published</th><th>outlet</th><th>title</th><th>story</th></tr>${list}</table></section></main></body></html>`;
}
