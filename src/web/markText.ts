import { html, raw, type SafeHtml } from './html.ts';

/** A span of text to mark: UTF-16 offsets into the text and how to show it. */
export interface MarkSpan {
  start: number;
  end: number;
  /** CSS class of the mark. */
  cls: string;
  /** Key shared with counterpart marks (e.g. `p0-1:a`), listed in `data-keys`. */
  key?: string;
  /** Link target (`#id` or a local path); makes the mark a link. */
  href?: string;
  /** Tooltip. */
  title?: string;
  /** Element id set on the first piece of the span, so it can be linked to. */
  anchor?: string;
}

/**
 * Render text with spans marked; spans may overlap (the text is cut at every boundary and each piece
 * carries the classes and keys of every span that covers it). Everything is escaped.
 * @param text the article's clean text
 * @param spans spans to mark; offsets outside the text are clamped, empty spans dropped
 */
export function markText(text: string, spans: readonly MarkSpan[]): SafeHtml {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not \`${typeof text}\``);
  const ok = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(text.length, s.start | 0)), end: Math.max(0, Math.min(text.length, s.end | 0)) }))
    .filter((s) => s.end > s.start);
  if (!ok.length) return html`${text}`;
  const cuts = [...new Set([0, text.length, ...ok.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const parts: SafeHtml[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(from, to);
    const cover = ok.filter((s) => s.start <= from && s.end >= to);
    if (!cover.length) {
      parts.push(html`${piece}`);
      continue;
    }
    const cls = [...new Set(cover.map((s) => s.cls))].join(' ');
    const keys = cover.flatMap((s) => (s.key ? [s.key] : [])).join(' ');
    const title = [...new Set(cover.flatMap((s) => (s.title ? [s.title] : [])))].join('; ');
    const anchors = cover.filter((s) => s.anchor && s.start === from).map((s) => s.anchor!);
    const href = cover.find((s) => s.href)?.href;
    const extra = anchors.slice(1).map((a) => html`<span id="${a}"></span>`);
    const attrs = html`class="${cls}"${keys ? html` data-keys="${keys}"` : ''}${title ? html` title="${title}"` : ''}${anchors[0] ? html` id="${anchors[0]}"` : ''}`;
    parts.push(href ? html`${extra}<a ${attrs} href="${href}">${piece}</a>` : html`${extra}<mark ${attrs}>${piece}</mark>`);
  }
  return raw(parts.join(''));
}
