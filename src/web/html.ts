/** A string of HTML that is safe to insert as is: built by {@link html} or {@link raw}. */
export class SafeHtml {
  /** @param value the markup */
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Escape text for HTML element content and quoted attribute values.
 * @param text any string (article text is hostile input)
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

/**
 * Mark trusted markup as safe. Only for markup this program wrote, never for content.
 * @param markup the markup
 */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/**
 * Tagged template for HTML: every interpolated value is escaped unless it is a {@link SafeHtml}
 * (arrays are joined; null, undefined and false render as nothing). Attribute values must be quoted.
 * @example html`<a href="/articles/${encodeURIComponent(id)}">${title}</a>`
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}
