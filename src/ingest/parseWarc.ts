/** One HTTP response captured in a WARC file. */
export interface WarcResponse {
  /** The record's number in the file (1-based). */
  index: number;
  /** WARC-Target-URI. */
  url: string | null;
  /** WARC-Date. */
  date: string | null;
  /** The HTTP Content-Type. */
  contentType: string;
  /** The HTTP body. */
  body: Uint8Array;
}

const CRLFCRLF = [13, 10, 13, 10];

function indexOf(b: Uint8Array, pat: readonly number[], from: number): number {
  outer: for (let i = from; i + pat.length <= b.length; i++) {
    for (let k = 0; k < pat.length; k++) if (b[i + k] !== pat[k]) continue outer;
    return i;
  }
  return -1;
}

function headers(text: string): Map<string, string> {
  const h = new Map<string, string>();
  for (const line of text.split(/\r\n/).slice(1)) {
    const c = line.indexOf(':');
    if (c > 0) h.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  return h;
}

/**
 * Read the HTTP responses of a WARC file (ISO 28500; already gunzipped): each `response` record's target
 * URI, date, content type and body. Other record types are skipped. Throws a TypeError on a malformed record.
 * @param bytes the WARC file's bytes
 */
export function parseWarc(bytes: Uint8Array): WarcResponse[] {
  const out: WarcResponse[] = [];
  const dec = new TextDecoder('latin1');
  let pos = 0, index = 0;
  while (pos < bytes.length) {
    while (pos < bytes.length && (bytes[pos] === 13 || bytes[pos] === 10)) pos++;
    if (pos >= bytes.length) break;
    const end = indexOf(bytes, CRLFCRLF, pos);
    if (end < 0 || dec.decode(bytes.subarray(pos, pos + 5)) !== 'WARC/') throw new TypeError(`Expected a WARC record at byte ${pos}`);
    const h = headers(dec.decode(bytes.subarray(pos, end)));
    const length = Number(h.get('content-length'));
    if (!Number.isFinite(length)) throw new TypeError(`WARC record at byte ${pos} has no Content-Length`);
    const block = bytes.subarray(end + 4, end + 4 + length);
    index++;
    pos = end + 4 + length;
    if (h.get('warc-type') !== 'response') continue;
    const hEnd = indexOf(block, CRLFCRLF, 0);
    if (hEnd < 0) continue;
    const http = headers(dec.decode(block.subarray(0, hEnd)));
    out.push({ index, url: h.get('warc-target-uri') ?? null, date: h.get('warc-date') ?? null, contentType: http.get('content-type') ?? '', body: block.subarray(hEnd + 4) });
  }
  return out;
}
