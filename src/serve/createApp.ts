import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { articleListPage } from '../web/articleListPage.ts';
import { articlePage } from '../web/articlePage.ts';
import { entityListPage } from '../web/entityListPage.ts';
import { entityPage } from '../web/entityPage.ts';
import { errorPage } from '../web/errorPage.ts';
import { storyListPage } from '../web/storyListPage.ts';
import { storyPage } from '../web/storyPage.ts';
import type { Corpus } from './Corpus.ts';
import { HttpError } from './HttpError.ts';
import { openapi } from './openapi.ts';
import { parseQuery, type QueryParam } from './parseQuery.ts';
import { payloadDocs } from './payloadDocs.ts';
import { isLoopback } from './ServeOptions.ts';
import type { Page } from './viewTypes.ts';

/** Options for {@link createApp}. */
export interface AppOptions {
  /** What is served. */
  corpus: Corpus;
  /** Bearer token that write endpoints require, or null for none (loopback only). */
  token?: string | null;
  /** Largest request body, in bytes (default 10 MiB). */
  maxBodyBytes?: number;
  /** Answer only requests whose Host is a loopback name (defence against DNS rebinding); default true. */
  loopbackOnly?: boolean;
}

/** The Content-Security-Policy of every answer: nothing but this server's own script, style and images. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const ASSET_TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };
// The static files, read once: the request path is only ever a key into this map, never a file path.
const ASSETS = new Map(
  ['app.css', 'app.js'].map((name) => [name, { body: readFileSync(new URL(`../web/assets/${name}`, import.meta.url), 'utf8'), type: ASSET_TYPES[name.split('.').pop()!]! }]),
);

const LIST: readonly QueryParam[] = ['q', 'outlet', 'language', 'from', 'to', 'entity', 'limit', 'offset'];
const MAX_ID = 200;

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

function idOf(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!id || id.length > MAX_ID) throw new HttpError(400, 'bad-id', `an id is 1 to ${MAX_ID} characters`);
  return id;
}

function queryOf(c: Context, allowed: readonly QueryParam[]): ReturnType<typeof parseQuery> {
  return parseQuery(new URL(c.req.url).searchParams, allowed);
}

/**
 * Answer with a validator: 304 without a body when the client's `If-None-Match` names `etag`, else the
 * full answer. Either way the client must revalidate before reusing it (`no-cache`), and only for itself.
 */
function cached(c: Context, etag: string, full: () => Response): Response {
  c.header('ETag', etag);
  c.header('Cache-Control', 'private, no-cache');
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
  return full();
}

function withNext<T>(c: Context, page: Page<T>): Page<T> & { next: string | null } {
  if (page.offset + page.items.length >= page.total) return { ...page, next: null };
  const url = new URL(c.req.url);
  url.searchParams.set('offset', String(page.offset + page.limit));
  return { ...page, next: `${url.pathname}${url.search}` };
}

/**
 * The HTTP API and the web UI of `cotejo serve` as a Hono app: routes parse and validate the request,
 * call the library ({@link Corpus}) and render its answer as JSON or HTML. Every answer carries a
 * restrictive Content-Security-Policy; bodies over the limit get 413; writes need the bearer token when
 * one is set and are refused from other origins.
 * @param options the corpus, token and limits
 */
export function createApp(options: AppOptions): Hono {
  if (!options?.corpus) throw new TypeError('Expected options with a `corpus`');
  const { corpus } = options;
  const token = options.token ?? null;
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const loopbackOnly = options.loopbackOnly ?? true;
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (loopbackOnly) {
      const host = (c.req.header('host') ?? new URL(c.req.url).host).replace(/:\d+$/, '');
      if (!isLoopback(host)) throw new HttpError(403, 'bad-host', 'this server answers only requests addressed to a loopback name (127.0.0.1, localhost)');
    }
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });

  app.onError((e, c) => {
    const known = e instanceof HttpError;
    const status = known ? e.status : 500;
    if (!known) process.stderr.write(`cotejo serve: ${e.stack ?? String(e)}\n`);
    const message = known ? e.message : 'internal error';
    const api = new URL(c.req.url).pathname.startsWith('/api/');
    const res = api
      ? c.json({ error: { status, code: known ? e.code : 'internal', message } }, status as 400)
      : c.html(errorPage(status, message), status as 400);
    for (const h of ['Content-Security-Policy', 'X-Content-Type-Options']) res.headers.set(h, h === 'Content-Security-Policy' ? CSP : 'nosniff');
    return res;
  });
  app.notFound((c) => {
    throw new HttpError(404, 'not-found', `no such resource: ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)}`);
  });

  // ---- API ----
  app.get('/api/openapi.json', (c) => (queryOf(c, []), c.json(openapi())));
  app.get('/api/analysis', (c) => (queryOf(c, []), c.json(corpus.analysis())));
  app.get('/api/articles', (c) => c.json(withNext(c, corpus.listArticles(queryOf(c, LIST)))));
  app.get('/api/articles/:id', (c) => {
    queryOf(c, []);
    const a = corpus.article(idOf(c));
    if (!a) throw new HttpError(404, 'not-found', `no article ${idOf(c)}`);
    return c.json(a);
  });
  app.get('/api/stories', (c) => c.json(withNext(c, corpus.listStories(queryOf(c, LIST)))));
  app.get('/api/stories/:id', async (c) => {
    queryOf(c, []);
    const s = await corpus.storyViewAsync(idOf(c));
    if (!s) throw new HttpError(404, 'not-found', `no story ${idOf(c)}`);
    return cached(c, s.etag, () => c.body(s.json, 200, { 'Content-Type': 'application/json; charset=UTF-8' }));
  });
  app.get('/api/events', (c) => c.json(withNext(c, corpus.listEvents(queryOf(c, LIST)))));
  app.get('/api/events/:id', (c) => {
    queryOf(c, []);
    const e = corpus.event(idOf(c));
    if (!e) throw new HttpError(404, 'not-found', `no event ${idOf(c)}`);
    return c.json(e);
  });
  app.get('/api/entities', (c) => c.json(withNext(c, corpus.listEntities(queryOf(c, ['q', 'type', 'limit', 'offset'])))));
  app.get('/api/entities/:id', (c) => {
    queryOf(c, []);
    const e = corpus.entity(idOf(c));
    if (!e) throw new HttpError(404, 'not-found', `no entity ${idOf(c)}`);
    return c.json(e);
  });
  app.post(
    '/api/articles',
    async (c, next) => {
      if (token !== null) {
        const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
        if (!m || !timingSafeEqual(digest(m[1]!), digest(token))) {
          c.header('WWW-Authenticate', 'Bearer realm="cotejo"');
          throw new HttpError(401, 'unauthorized', 'writing needs the header Authorization: Bearer <token>');
        }
      }
      // A page on another site must not write through the user's browser.
      const origin = c.req.header('origin');
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      let foreign = c.req.header('sec-fetch-site') === 'cross-site';
      if (origin !== undefined) {
        try {
          foreign ||= new URL(origin).host !== host;
        } catch {
          foreign = true;
        }
      }
      if (foreign) throw new HttpError(403, 'cross-origin', 'writes from another origin are refused');
      await next();
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new HttpError(413, 'too-large', `the request body is over ${maxBodyBytes} bytes`);
      },
    }),
    async (c) => {
      const q = queryOf(c, ['source']);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const docs = payloadDocs(bytes, c.req.header('content-type'), q.source, new Date().toISOString());
      const report = await corpus.ingest(docs);
      return c.json(report, report.inserted ? 201 : 200);
    },
  );

  // ---- web UI ----
  app.get('/assets/:name', (c) => {
    const a = ASSETS.get(c.req.param('name'));
    if (!a) throw new HttpError(404, 'not-found', 'no such asset');
    return c.body(a.body, 200, { 'Content-Type': a.type, 'Cache-Control': 'no-cache' });
  });
  app.get('/', (c) => {
    const q = queryOf(c, LIST);
    return c.html(storyListPage(corpus.listStories(q), q, corpus.index().articles.length));
  });
  app.get('/stories/:id', async (c) => {
    queryOf(c, []);
    const s = await corpus.storyViewAsync(idOf(c));
    if (!s) throw new HttpError(404, 'not-found', `no story ${idOf(c)}`);
    return cached(c, `"h${s.etag.slice(1)}`, () => c.html(s.html(storyPage)));
  });
  app.get('/articles', (c) => {
    const q = queryOf(c, LIST);
    return c.html(articleListPage(corpus.listArticles(q), q));
  });
  app.get('/articles/:id', (c) => {
    const hl = new URL(c.req.url).searchParams.get('hl');
    const rest = new URLSearchParams(new URL(c.req.url).searchParams);
    rest.delete('hl');
    parseQuery(rest, []);
    const m = hl === null ? null : /^(\d{1,9})-(\d{1,9})$/.exec(hl);
    if (hl !== null && !m) throw new HttpError(400, 'bad-hl', 'hl must be START-END (offsets into the text)');
    const a = corpus.article(idOf(c));
    if (!a) throw new HttpError(404, 'not-found', `no article ${idOf(c)}`);
    return c.html(articlePage(a, m ? [Number(m[1]), Number(m[2])] : null));
  });
  app.get('/entities', (c) => {
    const q = queryOf(c, ['q', 'type', 'limit', 'offset']);
    return c.html(entityListPage(corpus.listEntities(q), q));
  });
  app.get('/entities/:id', (c) => {
    queryOf(c, []);
    const e = corpus.entity(idOf(c));
    if (!e) throw new HttpError(404, 'not-found', `no entity ${idOf(c)}`);
    return c.html(entityPage(e));
  });
  return app;
}
