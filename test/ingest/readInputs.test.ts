import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readInputs, type ReadResult } from '../../src/ingest/readInputs.ts';
import { sniffFormat, looksBinary } from '../../src/ingest/sniff.ts';
import { ENGLISH_BODY, SPANISH_BODY, tempTree } from '../helpers.ts';

async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

test('a directory is read recursively, hidden entries skipped, bad inputs named and the rest kept', async () => {
  const root = tempTree({
    'a.txt': SPANISH_BODY,
    'sub/b.html': `<html><body><article><p>${ENGLISH_BODY}</p></article></body></html>`,
    'sub/deeper/c.jsonl': `{"id":"r1","title":"Uno","text":"${SPANISH_BODY}"}\n{not json}\n{"id":"r3","maintext":"${ENGLISH_BODY}"}\n`,
    'empty.txt': '   \n\n',
    'blob.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
    'bad.json': '{"title": "x", ',
    '.hidden.txt': SPANISH_BODY,
    'page.html.gz': gzipSync(`<html><body><p>${ENGLISH_BODY}</p></body></html>`),
  });
  const results = await collect(readInputs([root]));
  const docs = results.flatMap((r) => ('doc' in r ? [r.doc] : []));
  const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
  assert.deepEqual(
    docs.map((d) => [d.source.slice(root.length + 1), d.format]),
    [
      ['a.txt', 'text'],
      ['page.html.gz', 'html'],
      ['sub/b.html', 'html'],
      ['sub/deeper/c.jsonl#1', 'json'],
      ['sub/deeper/c.jsonl#3', 'json'],
    ],
  );
  assert.deepEqual(errors.map((e) => [e.place.slice(root.length + 1), e.rule]).sort(), [
    ['bad.json', 'malformed-json'],
    ['blob.bin', 'binary-input'],
    ['empty.txt', 'empty-input'],
    ['sub/deeper/c.jsonl#2', 'malformed-json'],
  ]);
  for (const e of errors) assert.ok(e.message.startsWith(e.place), `message names the input: ${e.message}`);
});

test('a missing path is an error naming it, and the next path is still read', async () => {
  const root = tempTree({ 'ok.txt': SPANISH_BODY });
  const results = await collect(readInputs([`${root}/missing.txt`, `${root}/ok.txt`]));
  assert.equal(results.length, 2);
  assert.ok('error' in results[0]! && results[0].error.message.includes('missing.txt'));
  assert.ok('doc' in results[1]!);
});

test('stdin is read for the path -', async () => {
  const results = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from(SPANISH_BODY)]) }));
  assert.equal(results.length, 1);
  assert.ok('doc' in results[0]! && results[0].doc.source === '-' && results[0].doc.format === 'text');
});

test('a JSON file may hold one record, a list, or an {articles: [...]} wrapper', async () => {
  const root = tempTree({
    'one.json': JSON.stringify({ id: 'x', text: SPANISH_BODY }),
    'list.json': JSON.stringify([{ text: SPANISH_BODY }, { text: ENGLISH_BODY }]),
    'wrapped.json': JSON.stringify({ articles: [{ text: ENGLISH_BODY }] }),
  });
  const docs = (await collect(readInputs([root]))).flatMap((r) => ('doc' in r ? [r.doc.source.slice(root.length + 1)] : []));
  assert.deepEqual(docs, ['list.json#1', 'list.json#2', 'one.json', 'wrapped.json']);
});

test('format sniffing uses the extension first, then the content', () => {
  assert.equal(sniffFormat('x.htm', 'plain'), 'html');
  assert.equal(sniffFormat('noext', '<!DOCTYPE html><html>'), 'html');
  assert.equal(sniffFormat('noext', '{"a":1}\n{"a":2}\n'), 'jsonl');
  assert.equal(sniffFormat('noext', '[{"a":1}]'), 'json');
  assert.equal(sniffFormat('noext', 'Una línea de texto.'), 'text');
  assert.equal(looksBinary(new Uint8Array([0xff, 0xfe, 0x41, 0x00])), false, 'UTF-16 with BOM is text');
  assert.equal(looksBinary(new Uint8Array([0x41, 0x00, 0x42])), true);
});

test('RSS and Atom feeds give one record per item; a WARC file gives its HTML responses', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gaceta del Sur</title><language>es</language>
<item><title>Sevilla estrena tranvía</title><link>https://example.org/a</link><pubDate>Tue, 04 Nov 2025 10:00:00 GMT</pubDate><guid>a-1</guid>
<content:encoded><![CDATA[<p>${SPANISH_BODY}</p><p>Segundo párrafo con más detalles del proyecto municipal.</p>]]></content:encoded></item>
<item><title>Otra noticia</title><link>https://example.org/b</link><description>${SPANISH_BODY}</description></item></channel></rss>`;
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title>
<entry><title>Libraries open</title><link href="https://example.org/en/1"/><id>urn:1</id><published>2025-11-04T08:00:00Z</published><content type="html">&lt;p&gt;${ENGLISH_BODY}&lt;/p&gt;</content></entry></feed>`;
  const page = `<html><body><article><p>${ENGLISH_BODY}</p></article></body></html>`;
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page}`;
  const rec = (type: string, uri: string, block: string): string =>
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-11-04T10:00:00Z\r\nContent-Length: ${Buffer.byteLength(block)}\r\n\r\n${block}\r\n\r\n`;
  const warc = rec('request', 'https://example.org/p', 'GET /p HTTP/1.1\r\n\r\n') + rec('response', 'https://example.org/p', http);
  const root = tempTree({ 'feed.rss': rss, 'feed.atom': atom, 'crawl.warc.gz': gzipSync(warc), 'bad.warc': 'WARC/1.0\r\nWARC-Type: response\r\n\r\n' });
  const results = await collect(readInputs([root]));
  const docs = results.flatMap((r) => ('doc' in r ? [r.doc] : []));
  const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
  assert.deepEqual(docs.map((d) => d.source.slice(root.length + 1)), ['crawl.warc.gz#2', 'feed.atom#1', 'feed.rss#1', 'feed.rss#2']);
  assert.equal(docs[0]!.format, 'html');
  assert.equal(docs[0]!.url, 'https://example.org/p');
  assert.deepEqual(docs[1]!.record, { id: 'urn:1', title: 'Libraries open', maintext: ENGLISH_BODY, date_publish: '2025-11-04T08:00:00Z', url: 'https://example.org/en/1', outlet: 'Harbour Gazette', language: null });
  assert.equal(docs[2]!.record!.outlet, 'Gaceta del Sur');
  assert.match(String(docs[2]!.record!.maintext), /municipal\.$/);
  assert.deepEqual(errors.map((e) => [e.place.slice(root.length + 1), e.rule]), [['bad.warc', 'malformed-warc']]);
});
