import { extname } from 'node:path';
import { bytesToDocs, type ReadResult } from '../ingest/readInputs.ts';
import { InputError } from '../ingest/InputError.ts';
import { EXTENSION_FORMATS } from '../ingest/limits.ts';
import { HttpError } from './HttpError.ts';

/** Media types accepted by `POST /api/articles` and the file extension that tells the reader the format. */
export const PAYLOAD_TYPES: ReadonlyMap<string, string> = new Map([
  ['application/json', '.json'],
  ['application/x-ndjson', '.jsonl'],
  ['application/jsonl', '.jsonl'],
  ['application/x-jsonlines', '.jsonl'],
  ['text/html', '.html'],
  ['application/xhtml+xml', '.html'],
  ['text/plain', '.txt'],
  ['text/markdown', '.txt'],
  ['application/gzip', ''],
  ['application/octet-stream', ''],
]);

/** Source name of a posted payload when the request gives none. */
export const DEFAULT_SOURCE = 'api';

/**
 * Turn a posted body into documents, as the file reader would: JSON (one record, an array, or
 * `{articles: [...]}`), JSON Lines of news-please records, HTML or text. The media type decides the format
 * unless the source name has a known extension; records are named `source#N`.
 * @param bytes the request body
 * @param contentType the request's Content-Type header (parameters such as charset are ignored)
 * @param source the name given with `?source=` (default {@link DEFAULT_SOURCE})
 * @param fetchedAt ISO time of reception
 */
export function payloadDocs(bytes: Uint8Array, contentType: string | undefined, source: string | undefined, fetchedAt: string): ReadResult[] {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('Expected the body as a Uint8Array');
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const ext = PAYLOAD_TYPES.get(type);
  if (ext === undefined) throw new HttpError(415, 'unsupported-media-type', `Content-Type must be one of ${[...PAYLOAD_TYPES.keys()].join(', ')}; got ${JSON.stringify(type || '(none)')}`);
  if (!bytes.length) throw new HttpError(400, 'empty-body', 'the request body is empty');
  const name = source ?? DEFAULT_SOURCE;
  const hinted = EXTENSION_FORMATS.has(extname(name.replace(/\.gz$/i, '')).toLowerCase()) ? name : name + ext;
  const rename = (s: string): string => (hinted !== name && s.startsWith(hinted) ? name + s.slice(hinted.length) : s);
  return bytesToDocs(hinted, bytes, fetchedAt).map((r) => {
    if ('doc' in r) return { doc: { ...r.doc, source: rename(r.doc.source) } };
    const prefix = `${r.error.place}: `;
    const message = r.error.message.startsWith(prefix) ? r.error.message.slice(prefix.length) : r.error.message;
    return { error: new InputError(rename(r.error.place), r.error.rule, message) };
  });
}
