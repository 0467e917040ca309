import { ftsQuery } from '../store/ftsQuery.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import type { Store } from '../store/Store.ts';
import type { ArticleRow } from './viewTypes.ts';

/**
 * The reads the server's index needs, narrower than the `Store` contract: list columns without parsing
 * article documents, per-article results in bulk, reuse pairs without their passages, and ranked search
 * ids without snippets. On the SQLite store they are direct SQL; on any other store they fall back to the
 * contract's methods (same answers, slower).
 * @module
 */

/** A reuse pair without its passages: what story rows need to count independent sources. */
export interface PairLite {
  a: string;
  b: string;
  relation: string;
  source: string | null;
}

/** Where the clusterer put an article. */
export interface Placement {
  event: string;
  story: string;
  flags: string[];
}

/** An article row without its story and event, as the index reads it. */
export type BaseRow = Omit<ArticleRow, 'story' | 'event' | 'snippet'>;

type Db = SqliteStore['db'];
interface Stmt {
  all(...params: unknown[]): unknown[];
}

const statements = new WeakMap<Db, Map<string, Stmt>>();

function sql(store: Store): ((text: string) => Stmt) | null {
  if (!(store instanceof SqliteStore) || !store.db.open) return null;
  const db = store.db;
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  return (text) => {
    let s = cache.get(text);
    if (!s) cache.set(text, (s = db.prepare(text) as unknown as Stmt));
    return s;
  };
}

// SQLite's order of `listArticles`: undated last, then date, source and id.
const ROW_COLUMNS = 'id, title, outlet, published, language, agency, source';

/** The list columns of every stored article, in order of publication date (as `listArticles`). */
export function readRows(store: Store, ids?: readonly string[]): BaseRow[] {
  const q = sql(store);
  if (!q) {
    const arts = ids ? store.listArticles({ ids }) : store.listArticles();
    return arts.map((a) => ({ id: a.id, title: a.title?.value ?? null, outlet: a.outlet?.value ?? null, published: a.published.value, language: a.language.code, agency: a.agency?.value ?? null, source: a.source }));
  }
  if (!ids) return q(`SELECT ${ROW_COLUMNS} FROM articles ORDER BY published IS NULL, published, source, id`).all() as BaseRow[];
  const out: BaseRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(...(q(`SELECT ${ROW_COLUMNS} FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as BaseRow[]));
  }
  return out;
}

/** A per-article result of one kind for the given articles (all stored ones when omitted). */
export function readResults<T>(store: Store, kind: string, ids?: readonly string[]): Map<string, T> {
  const q = sql(store);
  const out = new Map<string, T>();
  if (!q) {
    for (const id of ids ?? readRows(store).map((r) => r.id)) {
      const v = store.getArticleResult<T>(id, kind);
      if (v !== null) out.set(id, v);
    }
    return out;
  }
  const parse = (rows: unknown[]): void => {
    for (const r of rows as { article_id: string; json: string }[]) out.set(r.article_id, JSON.parse(r.json) as T);
  };
  if (!ids) parse(q(`SELECT article_id, json FROM article_results WHERE kind = ?`).all(kind));
  else
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      parse(q(`SELECT article_id, json FROM article_results WHERE kind = ? AND article_id IN (${chunk.map(() => '?').join(',')})`).all(kind, ...chunk));
    }
  return out;
}

/** Reuse pairs without passages: all of them, or those that involve one of `ids`. */
export function readPairs(store: Store, ids?: readonly string[]): PairLite[] {
  const q = sql(store);
  if (!q) return store.reusePairs(ids).map((p) => ({ a: p.a, b: p.b, relation: p.relation, source: p.source ?? null }));
  if (!ids) return q(`SELECT a, b, relation, source FROM reuse_pairs`).all() as PairLite[];
  const out: PairLite[] = [];
  for (let i = 0; i < ids.length; i += 400) {
    const chunk = ids.slice(i, i + 400);
    const marks = chunk.map(() => '?').join(',');
    out.push(...(q(`SELECT a, b, relation, source FROM reuse_pairs WHERE a IN (${marks}) OR b IN (${marks})`).all(...chunk, ...chunk) as PairLite[]));
  }
  return out;
}

/**
 * A number that changes when another connection commits to the store (SQLite's `data_version`), or the
 * article count on other stores; this process's own writes do not change the former.
 */
export function externalVersion(store: Store): number {
  if (store instanceof SqliteStore && store.db.open) return store.db.pragma('data_version', { simple: true }) as number;
  return store.count();
}

/** Whether {@link externalVersion} sees this process's own writes (true on stores other than SQLite). */
export function versionSeesOwnWrites(store: Store): boolean {
  return !(store instanceof SqliteStore);
}

/**
 * Search: ids of the best hits (at most `limit`), best first, and a function that makes the snippets of
 * a few of them. Snippets are costly on long articles, so they are made only for the page shown.
 * @param store the store
 * @param query the user's query, any string
 * @param limit most hits
 */
export function searchRanked(store: Store, query: string, limit: number): { ids: string[]; snippets: (ids: readonly string[]) => Map<string, string> } {
  const q = sql(store);
  if (!q) {
    const hits = store.search(query, limit);
    const snip = new Map(hits.map((h) => [h.id, h.snippet]));
    return { ids: hits.map((h) => h.id), snippets: (ids) => new Map(ids.flatMap((id) => (snip.has(id) ? [[id, snip.get(id)!] as const] : []))) };
  }
  const fts = ftsQuery(query);
  if (!fts) return { ids: [], snippets: () => new Map() };
  const rows = q(
    `SELECT a.id AS id, a.rowid AS rid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?`,
  ).all(fts, limit) as { id: string; rid: number }[];
  const rid = new Map(rows.map((r) => [r.id, r.rid]));
  return {
    ids: rows.map((r) => r.id),
    snippets: (ids) => {
      const want = ids.filter((id) => rid.has(id));
      if (!want.length) return new Map();
      const got = q(
        `SELECT a.id AS id, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? AND articles_fts.rowid IN (${want.map(() => '?').join(',')})`,
      ).all(fts, ...want.map((id) => rid.get(id)!)) as { id: string; snippet: string }[];
      return new Map(got.map((r) => [r.id, r.snippet]));
    },
  };
}
