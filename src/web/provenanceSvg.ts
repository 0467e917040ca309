import { html, type SafeHtml } from './html.ts';

/** An article as the provenance graph shows it. */
export interface ProvenanceNode {
  id: string;
  outlet: string | null;
  published: string | null;
  agency: string | null;
}

/** A reuse relation between two articles; `source` is the one the text comes from, when known. */
export interface ProvenanceEdge {
  a: string;
  b: string;
  relation: string;
  source: string | null;
}

const W = 190, H = 46, GAP_X = 90, GAP_Y = 18, PAD = 12;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The provenance graph as inline SVG: originals on the left, copies and rewrites to the right of what they
 * come from (arrows point from source to copy; pairs with no known source are joined by a dashed line).
 * Each node links to its article's column on the story page (`#col-<id>`). All text is escaped.
 * @param nodes the story's articles
 * @param edges reuse pairs among them
 */
export function provenanceSvg(nodes: readonly ProvenanceNode[], edges: readonly ProvenanceEdge[]): SafeHtml {
  const ids = new Set(nodes.map((n) => n.id));
  const directed = edges.filter((e) => e.source && ids.has(e.a) && ids.has(e.b)).map((e) => ({ ...e, from: e.source!, to: e.source === e.a ? e.b : e.a }));
  const depth = new Map(nodes.map((n) => [n.id, 0]));
  // Longest path from an original, bounded so that a cycle in the data cannot loop forever.
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const e of directed) if (depth.get(e.to)! < depth.get(e.from)! + 1) depth.set(e.to, depth.get(e.from)! + 1), (changed = true);
    if (!changed) break;
  }
  const columns: ProvenanceNode[][] = [];
  for (const n of [...nodes].sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id.localeCompare(y.id))) (columns[depth.get(n.id)!] ??= []).push(n);
  const pos = new Map<string, { x: number; y: number }>();
  columns.forEach((col, c) => col.forEach((n, r) => pos.set(n.id, { x: PAD + c * (W + GAP_X), y: PAD + r * (H + GAP_Y) })));
  const width = PAD * 2 + Math.max(1, columns.length) * W + Math.max(0, columns.length - 1) * GAP_X;
  const height = PAD * 2 + Math.max(1, ...columns.map((c) => c.length)) * (H + GAP_Y) - GAP_Y;
  const copies = new Set(directed.map((e) => e.to));
  const lines = edges
    .filter((e) => ids.has(e.a) && ids.has(e.b))
    .map((e) => {
      const [from, to] = e.source === e.b ? [e.b, e.a] : [e.a, e.b];
      const p = pos.get(from)!, q = pos.get(to)!;
      const [x1, y1, x2, y2] = p.x <= q.x ? [p.x + W, p.y + H / 2, q.x, q.y + H / 2] : [p.x, p.y + H / 2, q.x + W, q.y + H / 2];
      const sameCol = p.x === q.x;
      const d = sameCol ? `M${p.x + W} ${p.y + H / 2} C${p.x + W + 40} ${p.y + H / 2} ${q.x + W + 40} ${q.y + H / 2} ${q.x + W} ${q.y + H / 2}` : `M${x1} ${y1} L${x2} ${y2}`;
      const [mx, my] = sameCol ? [p.x + W + 34, (p.y + q.y) / 2 + H / 2] : [(x1 + x2) / 2, (y1 + y2) / 2 - 4];
      return html`<g class="edge ${e.relation}${e.source ? '' : ' nosource'}"><path d="${d}" fill="none" stroke="#6b7280" stroke-width="1.5"${e.source ? html` marker-end="url(#arrow)"` : html` stroke-dasharray="4 3"`}/><text x="${mx}" y="${my}" text-anchor="middle" font-size="11" fill="#374151">${e.relation.replace('_', ' ')}</text></g>`;
    });
  const boxes = nodes.map((n) => {
    const p = pos.get(n.id)!;
    const copy = copies.has(n.id);
    return html`<a href="#col-${n.id}" class="node"><rect x="${p.x}" y="${p.y}" width="${W}" height="${H}" rx="6" fill="${copy ? '#fff7ed' : '#ecfdf5'}" stroke="${copy ? '#ea580c' : '#059669'}"/><text x="${p.x + 8}" y="${p.y + 18}" font-size="12" font-weight="600" fill="#111827">${clip(n.outlet ?? `article ${n.id.slice(0, 8)}`, 26)}</text><text x="${p.x + 8}" y="${p.y + 35}" font-size="11" fill="#4b5563">${n.published ?? 'undated'}${n.agency ? ` · ${n.agency}` : ''}${copy ? ' · copy' : ' · original'}</text><title>${n.id}</title></a>`;
  });
  return html`<svg class="provenance" data-testid="provenance" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Provenance graph: originals on the left, copies and rewrites to the right">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#6b7280"/></marker></defs>${lines}${boxes}</svg>`;
}
