import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analysisInput } from '../../src/report/analysisInput.ts';
import { buildAnalysis } from '../../src/report/buildAnalysis.ts';
import { buildCorpusIndex } from '../../src/serve/buildCorpusIndex.ts';
import { Corpus } from '../../src/serve/Corpus.ts';
import { createApp } from '../../src/serve/createApp.ts';
import { bytesToDocs } from '../../src/ingest/readInputs.ts';
import { SqliteStore } from '../../src/store/sqlite/SqliteStore.ts';
import { SPANISH_BODY } from '../helpers.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (n.startsWith('.') ? [] : statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)])).sort();
}

function fresh(): SqliteStore {
  return new SqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'cotejo-live-')), 'c.db') });
}

/** The index as the server built it before it was kept up to date: from an analysis of the whole store. */
function referenceIndex(store: SqliteStore): ReturnType<typeof buildCorpusIndex> {
  const input = analysisInput(store);
  const doc = buildAnalysis({ ...input, clusters: undefined });
  const c = input.clusters!;
  return buildCorpusIndex({ ...doc, events: c.events.map((e) => ({ ...e })), stories: c.stories.map((s) => ({ ...s })) }, { entities: input.entities, clusters: c });
}

const strip = (xs: readonly object[]): unknown => xs.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'raw')));

test('live index: updated batch by batch, it equals the index built from an analysis of the whole store', async () => {
  const store = fresh();
  const corpus = new Corpus({ store, maxStaleMs: 0, storyWorker: false });
  corpus.index();
  const all = files(EXAMPLES).flatMap((f) => bytesToDocs(`examples/${relative(EXAMPLES, f)}`, readFileSync(f), '2025-01-01T00:00:00Z'));
  for (let i = 0; i < all.length; i += 3) {
    await corpus.ingest(all.slice(i, i + 3));
    const live = corpus.index();
    const ref = referenceIndex(store);
    assert.deepEqual(strip(live.articles), strip(ref.articles), `articles after batch ${i / 3}`);
    assert.deepEqual(strip(live.stories), strip(ref.stories), `stories after batch ${i / 3}`);
    assert.deepEqual(live.events, ref.events);
    assert.deepEqual(live.entities, ref.entities);
    assert.deepEqual(new Map([...live.articlesOfEntity].map(([k, v]) => [k, [...v].sort()])), new Map([...ref.articlesOfEntity].map(([k, v]) => [k, [...v].sort()])));
  }
  assert.ok(corpus.index().stories.length > 1);
  // Another process writing to the store is seen (maxStaleMs 0: at once).
  const other = new SqliteStore({ path: store.db.name });
  const { ingestDocs } = await import('../../src/pipeline/ingestDocs.ts');
  await ingestDocs(bytesToDocs('other.txt', new TextEncoder().encode(`Nota de otro proceso\n\n${SPANISH_BODY.replace('tres', 'nueve')}\n`), '2025-01-02T00:00:00Z'), { store: other });
  other.close();
  assert.deepEqual(strip(corpus.index().articles), strip(referenceIndex(store).articles));
});

test('story pages: ETag and Cache-Control, 304 on a matching If-None-Match, a new tag when the story changes; the worker builds the same JSON', async () => {
  const store = fresh();
  const corpus = new Corpus({ store, maxStaleMs: 0 });
  const app = createApp({ corpus });
  try {
    const body = `Bibliotecas nuevas en Valdeluna\n\n${SPANISH_BODY}\n`;
    const r = await app.request('/api/articles?source=a.txt', { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
    assert.equal(r.status, 201);
    const list = (await (await app.request('/api/stories')).json()) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    const first = await app.request(`/api/stories/${id}`);
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(first.headers.get('cache-control'), 'private, no-cache');
    assert.ok(first.headers.get('content-security-policy'));
    const json = await first.text();
    // Built on the worker thread (SQLite file store) or here: the same document either way.
    assert.equal(json, JSON.stringify(new Corpus({ store, maxStaleMs: 0, storyWorker: false }).story(id)));
    const again = await app.request(`/api/stories/${id}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const html = await app.request(`/stories/${id}`);
    assert.equal(html.status, 200);
    assert.notEqual(html.headers.get('etag'), etag);
    assert.equal((await app.request(`/stories/${id}`, { headers: { 'if-none-match': html.headers.get('etag')! } })).status, 304);
    // The same article from another source: the page lists the new source, so its tag changes.
    await app.request('/api/articles?source=b.txt', { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
    const changed = await app.request(`/api/stories/${id}`, { headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.deepEqual(((await changed.json()) as { articles: { sources: string[] }[] }).articles[0]!.sources.sort(), ['a.txt', 'b.txt']);
  } finally {
    await corpus.close();
  }
});

test('search: snippets for the page shown only, same ranking and totals as the store search', async () => {
  const store = fresh();
  const corpus = new Corpus({ store, maxStaleMs: 0, storyWorker: false });
  await corpus.ingest(files(EXAMPLES).flatMap((f) => bytesToDocs(`examples/${relative(EXAMPLES, f)}`, readFileSync(f), '2025-01-01T00:00:00Z')));
  for (const q of ['de', 'EE.UU.', '"la que"', '(de OR la)', 'zzzz']) {
    const hits = store.search(q, 1000);
    const page = corpus.listArticles({ q, limit: 2, offset: 1 });
    assert.equal(page.total, hits.length, q);
    assert.deepEqual(page.items.map((a) => a.id), hits.slice(1, 3).map((h) => h.id), q);
    assert.deepEqual(page.items.map((a) => a.snippet), hits.slice(1, 3).map((h) => h.snippet), q);
  }
});
