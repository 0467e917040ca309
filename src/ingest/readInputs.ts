import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RawDoc } from '../types/index.ts';
import { decode } from '../clean/decode.ts';
import { InputError } from './InputError.ts';
import { MAX_INPUT_BYTES, MAX_WARC_BYTES } from './limits.ts';
import { parseFeed } from './parseFeed.ts';
import { parseWarc } from './parseWarc.ts';
import { parseRecords } from './records.ts';
import { looksBinary, sniffFormat } from './sniff.ts';

/** What reading yields: a document, or an error that names the input. */
export type ReadResult = { doc: RawDoc } | { error: InputError };

/** Options for {@link readInputs}. */
export interface ReadOptions {
  /** Readable used for the path `-` (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Clock for `fetchedAt` (default: now). */
  now?: () => Date;
}

async function* walk(path: string): AsyncGenerator<string> {
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(path, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
    size += b.length;
    if (size > MAX_INPUT_BYTES) throw new InputError('-', 'too-large', `input is over ${MAX_INPUT_BYTES / 1048576} MB`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * Turn the bytes of one input into documents: gunzip, refuse binary and empty input, sniff the format,
 * and split JSON/JSON Lines into records.
 * @param source the input's path or URL as given
 * @param raw its bytes
 * @param fetchedAt ISO time of reading
 */
export function bytesToDocs(source: string, raw: Uint8Array, fetchedAt: string): ReadResult[] {
  let bytes = raw;
  const warcName = /\.warc(?:\.gz)?$/i.test(source);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: warcName ? MAX_WARC_BYTES : MAX_INPUT_BYTES });
    } catch (e) {
      return [{ error: new InputError(source, 'unreadable', `corrupt or oversized gzip data (${(e as Error).message})`) }];
    }
  }
  if (warcName || (bytes[0] === 0x57 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x43 && bytes[4] === 0x2f)) return warcToDocs(source, bytes, fetchedAt);
  if (bytes.length > MAX_INPUT_BYTES) return [{ error: new InputError(source, 'too-large', `input is over ${MAX_INPUT_BYTES / 1048576} MB`) }];
  if (looksBinary(bytes)) return [{ error: new InputError(source, 'binary-input', 'binary data, not text, HTML or JSON') }];
  const { text } = decode(bytes);
  if (!text.trim()) return [{ error: new InputError(source, 'empty-input', 'empty input') }];
  const format = sniffFormat(source, text.slice(0, 2048));
  if (format === 'feed') {
    const records = parseFeed(text);
    if (!records.length) return [{ error: new InputError(source, 'empty-input', 'feed has no items') }];
    return records.map((record, i) => ({ doc: { source: `${source}#${i + 1}`, format: 'json', record, fetchedAt } }));
  }
  if (format === 'warc') return warcToDocs(source, bytes, fetchedAt);
  if (format === 'json' || format === 'jsonl') {
    return parseRecords(text, source, format === 'jsonl').map((r) =>
      'error' in r ? { error: r.error } : { doc: { source: r.source, format: 'json', record: r.record, fetchedAt } },
    );
  }
  return [{ doc: { source, format, bytes, fetchedAt } }];
}

/** The HTML and text responses of a WARC file, one document each (`file.warc#N`, N the record number). */
function warcToDocs(source: string, bytes: Uint8Array, fetchedAt: string): ReadResult[] {
  let records;
  try {
    records = parseWarc(bytes);
  } catch (e) {
    return [{ error: new InputError(source, 'malformed-warc', (e as Error).message) }];
  }
  const out: ReadResult[] = [];
  for (const r of records) {
    const where = `${source}#${r.index}`;
    if (!/html|text\/plain/i.test(r.contentType)) continue;
    if (r.body.length > MAX_INPUT_BYTES) out.push({ error: new InputError(where, 'too-large', `record is over ${MAX_INPUT_BYTES / 1048576} MB`) });
    else if (!r.body.length) out.push({ error: new InputError(where, 'empty-input', 'empty response') });
    else out.push({ doc: { source: where, format: /html/i.test(r.contentType) ? 'html' : 'text', bytes: r.body, fetchedAt, ...(r.url ? { url: r.url } : {}) } });
  }
  if (!out.length) out.push({ error: new InputError(source, 'empty-input', 'no HTML or text responses in WARC file') });
  return out;
}

/**
 * Read inputs: files, directories (recursively, hidden entries skipped, in name order) and `-` for stdin.
 * Never throws for a bad input: each problem is yielded as an error naming the input, and reading goes on.
 * @param paths paths as the user gave them
 * @param options stdin stream and clock
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (!Array.isArray(paths)) throw new TypeError(`Expected an array of paths, not \`${typeof paths}\``);
  const now = options.now ?? (() => new Date());
  for (const path of paths) {
    if (path === '-') {
      try {
        const bytes = await readStdin(options.stdin ?? process.stdin);
        yield* bytesToDocs('-', bytes, now().toISOString());
      } catch (e) {
        yield { error: e instanceof InputError ? e : new InputError('-', 'unreadable', (e as Error).message) };
      }
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      yield { error: new InputError(path, 'unreadable', (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message) };
      continue;
    }
    const files: AsyncIterable<string> | string[] = info.isDirectory() ? walk(path) : [path];
    try {
      for await (const file of files) {
        try {
          const s = file === path ? info : await stat(file);
          if (s.size > (/\.warc(?:\.gz)?$/i.test(file) ? MAX_WARC_BYTES : MAX_INPUT_BYTES)) {
            yield { error: new InputError(file, 'too-large', `file is ${(s.size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`) };
            continue;
          }
          const bytes = await readFile(file);
          yield* bytesToDocs(file, bytes, now().toISOString());
        } catch (e) {
          yield { error: new InputError(file, 'unreadable', (e as Error).message) };
        }
      }
    } catch (e) {
      yield { error: new InputError(path, 'unreadable', (e as Error).message) };
    }
  }
}
