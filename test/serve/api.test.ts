import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Corpus } from '../../src/serve/Corpus.ts';
import { createApp } from '../../src/serve/createApp.ts';
import { resolveServeOptions } from '../../src/serve/ServeOptions.ts';
import { SqliteStore } from '../../src/store/sqlite/SqliteStore.ts';
import { ENGLISH_BODY, SPANISH_BODY } from '../helpers.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8')) as object;
const TOKEN = 'test-token-0123456789abcdef';

/** Hostile article text: markup, an attribute breakout and a javascript: URL, inside a real-looking body. */
export const HOSTILE_TEXT = `Valdeluna <script>window.__xss = 1</script> abre bibliotecas

${SPANISH_BODY} El concejal dijo " onmouseover="window.__xss=2" x=" que la obra <img src=x onerror="window.__xss=3"> costará poco. Más datos en javascript:window.__xss=4 y en la web municipal.

${SPANISH_BODY.replace('tres', 'cuatro')}`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (n.startsWith('.') ? [] : statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)])).sort();
}

const TYPES: Record<string, string> = { txt: 'text/plain', html: 'text/html', jsonl: 'application/x-ndjson', json: 'application/json' };

function setup(token: string | null = null, maxBodyBytes?: number): { app: ReturnType<typeof createApp>; corpus: Corpus; store: SqliteStore } {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-serve-'));
  const store = new SqliteStore({ path: join(dir, 'c.db') });
  const corpus = new Corpus({ store, maxStaleMs: 0 });
  return { app: createApp({ corpus, token, maxBodyBytes }), corpus, store };
}

async function post(app: ReturnType<typeof createApp>, path: string, body: string | Uint8Array, type: string, headers: Record<string, string> = {}): Promise<Response> {
  return app.request(path, { method: 'POST', body, headers: { 'content-type': type, ...headers } });
}

async function json<T = Record<string, unknown>>(r: Response): Promise<T> {
  return (await r.json()) as T;
}

/** The example corpus, posted file by file, named by its path under examples/. */
async function ingestExamples(app: ReturnType<typeof createApp>): Promise<string[]> {
  const ids: string[] = [];
  for (const f of files(EXAMPLES)) {
    const rel = relative(EXAMPLES, f);
    const r = await post(app, `/api/articles?source=${encodeURIComponent(`examples/${rel}`)}`, readFileSync(f), TYPES[f.split('.').pop()!]!);
    assert.ok(r.status === 201 || r.status === 200, `${rel}: ${r.status}`);
    ids.push(...(await json<{ ids: string[] }>(r)).ids);
  }
  return ids;
}

const shared = (() => {
  let ready: Promise<{ app: ReturnType<typeof createApp>; ids: string[]; hostile: string }> | null = null;
  return () =>
    (ready ??= (async () => {
      const { app } = setup();
      const ids = await ingestExamples(app);
      const r = await post(app, '/api/articles?source=hostile.txt', HOSTILE_TEXT, 'text/plain');
      const hostile = (await json<{ ids: string[] }>(r)).ids[0]!;
      return { app, ids, hostile };
    })());
})();

test('serve: POST /api/articles ingests text, HTML, JSON arrays and JSON Lines, with per-item errors and duplicates', async () => {
  const { app } = setup();
  const t = await post(app, '/api/articles?source=nota.txt', `Bibliotecas nuevas en Valdeluna\n\n${SPANISH_BODY}\n`, 'text/plain; charset=utf-8');
  assert.equal(t.status, 201);
  const tr = await json<{ ids: string[]; inserted: number; duplicates: number; errors: unknown[] }>(t);
  assert.equal(tr.ids.length, 1);
  assert.deepEqual([tr.inserted, tr.duplicates, tr.errors.length], [1, 0, 0]);

  const again = await json<{ inserted: number; duplicates: number }>(await post(app, '/api/articles?source=copy.txt', `Bibliotecas nuevas en Valdeluna\n\n${SPANISH_BODY}\n`, 'text/plain'));
  assert.deepEqual([again.inserted, again.duplicates], [0, 1]);

  const h = await post(app, '/api/articles', `<html lang="en"><head><title>Libraries</title></head><body><article><p>${ENGLISH_BODY}</p></article></body></html>`, 'text/html');
  assert.equal(h.status, 201);

  const arr = [{ id: 'r1', title: 'Uno', maintext: SPANISH_BODY.replace('tres', 'cinco'), date_publish: '2025-03-01 10:00:00', source_domain: 'uno.example' }, { id: 'r2', title: 'Dos', maintext: ENGLISH_BODY.replace('three', 'five') }];
  const a = await json<{ ids: string[]; inserted: number }>(await post(app, '/api/articles?source=feed', JSON.stringify(arr), 'application/json'));
  assert.equal(a.inserted, 2);

  const lines = `${JSON.stringify({ id: 'l1', maintext: SPANISH_BODY.replace('tres', 'seis') })}\n{oops\n${JSON.stringify({ id: 'l3', maintext: ENGLISH_BODY.replace('three', 'six') })}\n`;
  const l = await json<{ ids: string[]; inserted: number; errors: { place: string; rule: string }[] }>(await post(app, '/api/articles?source=feed.jsonl', lines, 'application/x-ndjson'));
  assert.equal(l.inserted, 2);
  assert.equal(l.errors.length, 1);
  assert.equal(l.errors[0]!.place, 'feed.jsonl#2');
  assert.equal(l.errors[0]!.rule, 'malformed-json');

  const one = await json<{ sources: string[]; inputId: string | null }>(await app.request(`/api/articles/${l.ids[0]}`));
  assert.deepEqual(one.sources, ['feed.jsonl#1']);
  assert.equal(one.inputId, 'l1');

  const list = await json<{ total: number }>(await app.request('/api/articles'));
  assert.equal(list.total, 6);
});

test('serve: bad bodies: 400 empty, 415 unknown media type, 413 over the size limit', async () => {
  const { app } = setup(null, 4096);
  assert.equal((await post(app, '/api/articles', '', 'text/plain')).status, 400);
  const u = await post(app, '/api/articles', 'x', 'image/png');
  assert.equal(u.status, 415);
  assert.equal((await json<{ error: { code: string } }>(u)).error.code, 'unsupported-media-type');
  const big = await post(app, '/api/articles', 'a'.repeat(5000), 'text/plain');
  assert.equal(big.status, 413);
  assert.equal((await json<{ error: { code: string } }>(big)).error.code, 'too-large');
  const ok = await post(app, '/api/articles?source=x.txt', `Bibliotecas\n\n${SPANISH_BODY}`, 'text/plain');
  assert.equal(ok.status, 201);
  const binary = await json<{ errors: { rule: string }[] }>(await post(app, '/api/articles', new Uint8Array([0, 1, 2, 0, 0, 3]), 'application/octet-stream'));
  assert.equal(binary.errors[0]!.rule, 'binary-input');
});

test('serve: lists filter and paginate, with totals and next links', async () => {
  const { app, ids } = await shared();
  const all = await json<{ items: { id: string; published: string | null }[]; total: number; next: string | null }>(await app.request('/api/articles?limit=100'));
  assert.equal(all.total, new Set(ids).size + 1);
  assert.equal(all.next, null);
  const p1 = await json<{ items: { id: string }[]; total: number; next: string }>(await app.request('/api/articles?limit=2'));
  assert.equal(p1.items.length, 2);
  assert.equal(p1.total, all.total);
  assert.match(p1.next, /offset=2/);
  const p2 = await json<{ items: { id: string }[]; offset: number }>(await app.request(p1.next));
  assert.equal(p2.offset, 2);
  assert.notDeepEqual(p2.items.map((a) => a.id), p1.items.map((a) => a.id));

  const en = await json<{ items: { language: string }[] }>(await app.request('/api/articles?language=en'));
  assert.ok(en.items.length >= 2 && en.items.every((a) => a.language === 'en'));
  const outlet = await json<{ items: { outlet: string }[] }>(await app.request(`/api/articles?outlet=${encodeURIComponent('diario del valle')}`));
  assert.deepEqual(outlet.items.map((a) => a.outlet), ['Diario del Valle']);
  const dated = await json<{ items: { published: string }[] }>(await app.request('/api/articles?from=2025-03-14&to=2025-03-14'));
  assert.ok(dated.items.length >= 3 && dated.items.every((a) => a.published === '2025-03-14'));
  const month = await json<{ total: number }>(await app.request('/api/articles?from=2025-03&to=2025-03'));
  assert.equal(month.total, all.items.filter((a) => a.published?.startsWith('2025-03')).length);

  const stories = await json<{ items: { id: string; articles: string[]; independentSources: number }[]; total: number }>(await app.request('/api/stories'));
  assert.ok(stories.total >= 1);
  const big = stories.items.find((s) => s.articles.length >= 2)!;
  assert.ok(big, 'a story groups articles');
  assert.ok(big.independentSources >= 1 && big.independentSources <= big.articles.length);
  const storiesEs = await json<{ items: { languages: string[] }[] }>(await app.request('/api/stories?language=es'));
  assert.ok(storiesEs.items.every((s) => s.languages.includes('es')));

  const entities = await json<{ items: { id: string; name: string }[] }>(await app.request('/api/entities?q=quispe'));
  assert.ok(entities.items.some((e) => e.name === 'Elena Quispe Arana'));
  const ent = entities.items[0]!;
  const byEntity = await json<{ total: number }>(await app.request(`/api/articles?entity=${encodeURIComponent(ent.id)}`));
  assert.ok(byEntity.total >= 1);
  const byName = await json<{ total: number }>(await app.request(`/api/articles?entity=${encodeURIComponent('Elena Quispe Arana')}`));
  assert.equal(byName.total, byEntity.total);
  const detail = await json<{ byOutlet: { outlet: string; designations: { text: string; loaded: boolean }[] }[] }>(await app.request(`/api/entities/${encodeURIComponent(ent.id)}`));
  assert.ok(Array.isArray(detail.byOutlet));

  const events = await json<{ items: { id: string }[]; total: number }>(await app.request('/api/events'));
  if (events.total) assert.equal((await app.request(`/api/events/${encodeURIComponent(events.items[0]!.id)}`)).status, 200);
});

test('serve: full-text search takes any string (EE.UU., quotes, parentheses, FTS operators)', async () => {
  const { app } = await shared();
  const hit = await json<{ items: { id: string; snippet: string }[] }>(await app.request(`/api/articles?q=${encodeURIComponent('Caplina')}`));
  assert.ok(hit.items.length >= 3);
  assert.ok(hit.items.every((a) => a.snippet.length > 0));
  const folded = await json<{ total: number }>(await app.request(`/api/articles?q=${encodeURIComponent('peru')}`));
  assert.ok(folded.total >= 2, 'accents folded: peru finds Perú');
  for (const q of ['EE.UU.', '"unbalanced', '"a phrase"', '(paren', 'a) OR (b', 'NEAR(x y)', '*', 'col:umn', '-', "l'eau", '\\', 'AND', '""', 'Caplina"']) {
    for (const path of ['/api/articles', '/api/stories']) {
      const r = await app.request(`${path}?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, `${path} q=${q}: ${r.status} ${await r.clone().text()}`);
    }
  }
  const stories = await json<{ items: { articles: string[] }[] }>(await app.request(`/api/stories?q=${encodeURIComponent('"compartir el agua"')}`));
  assert.ok(stories.items.length >= 1);
});

test('serve: validation answers 400 with a JSON error; unknown ids and routes 404', async () => {
  const { app } = await shared();
  const bad: [string, string][] = [
    ['/api/articles?from=2025-02-30', 'bad-date'],
    ['/api/articles?from=yesterday', 'bad-date'],
    ['/api/articles?from=2025-03-10&to=2025-03-01', 'bad-date'],
    ['/api/articles?limit=0', 'bad-limit'],
    ['/api/articles?limit=501', 'bad-limit'],
    ['/api/articles?limit=ten', 'bad-limit'],
    ['/api/articles?offset=-1', 'bad-offset'],
    ['/api/articles?colour=red', 'unknown-param'],
    ['/api/articles?limit=1&limit=2', 'repeated-param'],
    ['/api/articles?language=spanish', 'bad-language'],
    ['/api/entities?type=PERSON', 'bad-type'],
    ['/api/stories?outlet=a%00b', 'bad-outlet'],
    ['/api/analysis?x=1', 'unknown-param'],
    [`/api/articles?q=${'x'.repeat(600)}`, 'bad-q'],
  ];
  for (const [path, code] of bad) {
    const r = await app.request(path);
    assert.equal(r.status, 400, path);
    assert.match(r.headers.get('content-type') ?? '', /json/);
    const body = await json<{ error: { status: number; code: string; message: string } }>(r);
    assert.equal(body.error.code, code, path);
    assert.ok(body.error.message.length > 10);
  }
  for (const path of ['/api/articles/ffffffffffffffff', '/api/stories/nope', '/api/entities/nope', '/api/events/nope', '/api/nothing', '/stories/nope', '/articles/ffffffffffff']) {
    const r = await app.request(path);
    assert.equal(r.status, 404, path);
  }
  const blank = await app.request('/api/articles?q=&outlet=&from=&to=&language=&entity=&limit=&offset=');
  assert.equal(blank.status, 200, 'blank form fields mean no filter');
  const html = await app.request('/stories/nope');
  assert.match(await html.text(), /Not found/);
  assert.equal((await app.request('/?from=not-a-date')).status, 400);
});

test('serve: a story comparison has articles, passages, quotes with fidelity and framing', async () => {
  const { app } = await shared();
  const stories = await json<{ items: { id: string; articles: string[] }[] }>(await app.request('/api/stories'));
  const withReuse = [];
  for (const s of stories.items) {
    const c = await json<{ articles: { id: string; text: string }[]; reuse: { a: string; b: string; passages: { a: [number, number]; b: [number, number] }[] }[]; quoteGroups: { variants: { fidelity: string }[] }[]; framing: unknown[]; story: { timeline: unknown[]; facts: unknown[]; summary: unknown[] } }>(
      await app.request(`/api/stories/${encodeURIComponent(s.id)}`),
    );
    assert.deepEqual(c.articles.map((a) => a.id).sort(), [...s.articles].sort());
    assert.ok(Array.isArray(c.story.timeline) && Array.isArray(c.story.facts) && Array.isArray(c.story.summary));
    if (c.reuse.length) withReuse.push(c);
  }
  assert.ok(withReuse.length >= 1, 'some story has shared passages');
  const c = withReuse[0]!;
  const byId = new Map(c.articles.map((a) => [a.id, a]));
  const p = c.reuse[0]!;
  assert.ok(p.passages.length >= 1);
  const [x, y] = [byId.get(p.a)!.text.slice(...p.passages[0]!.a), byId.get(p.b)!.text.slice(...p.passages[0]!.b)];
  assert.ok(x.length > 20 && y.length > 20, 'passage offsets point into both texts');
  assert.ok(c.quoteGroups.some((g) => g.variants.length >= 2), 'a quote is rendered by two articles');
  assert.ok(c.quoteGroups.flatMap((g) => g.variants).every((v) => ['exact', 'partial', 'altered'].includes(v.fidelity)));
});

test('serve: GET /api/analysis validates against the shipped JSON Schema; the OpenAPI document parses', async () => {
  const { app } = setup();
  const ids = await ingestExamples(app);
  const r = await app.request('/api/analysis');
  assert.equal(r.status, 200);
  const doc = await json<{ articles: { id: string }[] }>(r);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
  assert.equal(doc.articles.length, new Set(ids).size);

  const o = await app.request('/api/openapi.json');
  assert.equal(o.status, 200);
  const api = JSON.parse(await o.text()) as { openapi: string; paths: Record<string, Record<string, { responses: object }>> };
  assert.match(api.openapi, /^3\./);
  for (const p of ['/api/articles', '/api/articles/{id}', '/api/stories', '/api/stories/{id}', '/api/events', '/api/entities', '/api/entities/{id}', '/api/analysis', '/api/openapi.json']) assert.ok(api.paths[p], p);
  assert.ok(api.paths['/api/articles']!.post);
  // every local $ref resolves
  const text = JSON.stringify(api);
  for (const m of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
    let node: unknown = api;
    for (const part of m[1]!.split('/')) node = (node as Record<string, unknown>)?.[part];
    assert.ok(node, `$ref #/${m[1]} resolves`);
  }
});

test('serve: the analysis of a store with an undated article validates too', async () => {
  const { app } = await shared();
  const doc = await json(await app.request('/api/analysis'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
});

test('serve: the token rule; cross-origin writes and foreign Host headers are refused', async () => {
  assert.throws(() => resolveServeOptions({ host: '0.0.0.0' }), TypeError);
  assert.throws(() => resolveServeOptions({ host: '192.168.1.5', token: 'short' }), TypeError);
  assert.throws(() => resolveServeOptions({ port: 70000 }), TypeError);
  assert.equal(resolveServeOptions({ host: '0.0.0.0', token: TOKEN }).loopback, false);
  assert.equal(resolveServeOptions().host, '127.0.0.1');
  assert.equal(resolveServeOptions({ host: '::1' }).loopback, true);

  const { app } = setup(TOKEN);
  const body = `Bibliotecas\n\n${SPANISH_BODY}`;
  const none = await post(app, '/api/articles?source=a.txt', body, 'text/plain');
  assert.equal(none.status, 401);
  assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
  assert.equal((await post(app, '/api/articles?source=a.txt', body, 'text/plain', { authorization: 'Bearer wrong-token-000000000000' })).status, 401);
  assert.equal((await post(app, '/api/articles?source=a.txt', body, 'text/plain', { authorization: `Basic ${TOKEN}` })).status, 401);
  assert.equal((await post(app, '/api/articles?source=a.txt', body, 'text/plain', { authorization: `Bearer ${TOKEN}` })).status, 201);
  assert.equal((await app.request('/api/articles')).status, 200, 'reads need no token');

  const open = setup().app;
  assert.equal((await post(open, '/api/articles?source=a.txt', body, 'text/plain', { origin: 'https://evil.example' })).status, 403);
  assert.equal((await post(open, '/api/articles?source=a.txt', body, 'text/plain', { 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal((await post(open, '/api/articles?source=a.txt', body, 'text/plain', { origin: 'http://localhost' })).status, 201);
  assert.equal((await open.request('/api/articles', { headers: { host: 'evil.example' } })).status, 403, 'DNS rebinding: foreign Host refused');
  assert.equal((await open.request('/api/articles', { headers: { host: '127.0.0.1:8787' } })).status, 200);
});

test('serve: hostile article text is escaped in every page; CSP on every answer; no path traversal in assets', async () => {
  const { app, hostile, ids } = await shared();
  const pages = [`/articles/${hostile}`, '/articles', `/articles?q=${encodeURIComponent('<script>')}`, '/', '/entities'];
  const stories = await json<{ items: { id: string; articles: string[] }[] }>(await app.request('/api/stories?limit=500'));
  const own = stories.items.find((s) => s.articles.includes(hostile))!;
  pages.push(`/stories/${encodeURIComponent(own.id)}`);
  for (const s of stories.items) pages.push(`/stories/${encodeURIComponent(s.id)}`);
  for (const id of ids) pages.push(`/articles/${id}`);
  for (const path of pages) {
    const r = await app.request(path);
    assert.equal(r.status, 200, path);
    const csp = r.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const text = await r.text();
    assert.doesNotMatch(text, /<script>window/, path);
    assert.doesNotMatch(text, /<img src=x/, path);
    assert.doesNotMatch(text, /" onmouseover="/, path);
    assert.doesNotMatch(text, /href="javascript:/i, path);
    // The only script element is the local one.
    assert.deepEqual([...text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script src="/assets/app.js" defer>'], path);
  }
  const page = await (await app.request(`/articles/${hostile}`)).text();
  assert.match(page, /&lt;script&gt;window.__xss = 1&lt;\/script&gt;/);
  assert.match(page, /&quot; onmouseover=&quot;window.__xss=2&quot;/);

  const js = await app.request('/assets/app.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  for (const path of ['/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/../../package.json', '/assets/app.ts', '/assets/', '/assets/..%5cpackage.json', '/src/web/assets/app.js'])
    assert.equal((await app.request(path)).status, 404, path);
});
