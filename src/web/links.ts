/**
 * Local URL of a page of the UI or the API with query parameters; empty and undefined values are left out.
 * Path segments are percent-encoded, so ids from the store cannot escape their segment.
 * @param segments path segments, e.g. `['stories', id]`
 * @param params query parameters
 */
export function link(segments: readonly string[], params: Record<string, string | number | undefined | null> = {}): string {
  const path = '/' + segments.map((s) => encodeURIComponent(s)).join('/');
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const q = qs.toString();
  return q ? `${path}?${q}` : path;
}
