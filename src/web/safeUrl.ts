/**
 * An article's URL if it is a plain http(s) URL that can be linked to, else null (`javascript:`,
 * `data:` and anything unparsable are shown as text only).
 * @param url the URL as stored
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
