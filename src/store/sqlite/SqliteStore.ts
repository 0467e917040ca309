import Database from 'better-sqlite3';
import type { Article } from '../../types/index.ts';
import type { Fingerprint } from '../../fingerprint/fingerprint.ts';
import type { CandidateIndex } from '../../reuse/CandidateIndex.ts';
import type { ReusePair } from '../../reuse/comparePair.ts';
import { ftsQuery } from '../ftsQuery.ts';
import { MIGRATIONS } from '../migrations/index.ts';
import type { ArticleFilter, PutResult, SearchHit, Store } from '../Store.ts';

/** Options for {@link SqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file, or `:memory:`. */
  path: string;
  /** Open read-only (no migrations). */
  readonly?: boolean;
}

/**
 * The embedded store: one SQLite file (better-sqlite3, WAL journal) with schema migrations,
 * articles keyed by content hash, and an FTS5 index with accent folding.
 */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmts;

  /** @param options database path and mode */
  constructor(options: SqliteStoreOptions) {
    if (!options || typeof options.path !== 'string') throw new TypeError('Expected options with a `path` string');
    this.db = new Database(options.path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.migrate();
    }
    this.stmts = {
      insert: this.db.prepare(
        `INSERT OR IGNORE INTO articles (id, source, input_id, format, outlet, title, language, published, agency, text, doc, created_at)
         VALUES (@id, @source, @input_id, @format, @outlet, @title, @language, @published, @agency, @text, @doc, @created_at)`,
      ),
      source: this.db.prepare(`INSERT OR IGNORE INTO article_sources (article_id, source, first_seen) VALUES (?, ?, ?)`),
      get: this.db.prepare(`SELECT doc FROM articles WHERE id = ?`),
      prefix: this.db.prepare(`SELECT doc FROM articles WHERE id LIKE ? || '%' LIMIT 2`),
      sources: this.db.prepare(`SELECT source FROM article_sources WHERE article_id = ? ORDER BY first_seen, source`),
      count: this.db.prepare(`SELECT count(*) AS n FROM articles`),
      putFp: this.db.prepare(`INSERT OR REPLACE INTO fingerprints (article_id, tag, words, shingles, minhash, keys) VALUES (?, ?, ?, ?, ?, ?)`),
      getFp: this.db.prepare(`SELECT tag, words, shingles, minhash, keys FROM fingerprints WHERE article_id = ?`),
      putKey: this.db.prepare(`INSERT OR IGNORE INTO lsh_keys (key, doc) VALUES (?, ?)`),
      getKey: this.db.prepare(`SELECT doc FROM lsh_keys WHERE key = ? LIMIT ?`),
      docOf: this.db.prepare(`SELECT rowid AS doc FROM articles WHERE id = ?`),
      idOf: this.db.prepare(`SELECT id FROM articles WHERE rowid = ?`),
      countFp: this.db.prepare(`SELECT count(*) AS n FROM fingerprints`),
      putPair: this.db.prepare(`INSERT OR REPLACE INTO reuse_pairs (a, b, relation, source, doc) VALUES (?, ?, ?, ?, ?)`),
      allPairs: this.db.prepare(`SELECT doc FROM reuse_pairs ORDER BY a, b`),
      putState: this.db.prepare(`INSERT OR REPLACE INTO corpus_state (key, json, updated_at) VALUES (?, ?, ?)`),
      getState: this.db.prepare(`SELECT json FROM corpus_state WHERE key = ?`),
      putResult: this.db.prepare(`INSERT OR REPLACE INTO article_results (article_id, kind, json) VALUES (?, ?, ?)`),
      getResult: this.db.prepare(`SELECT json FROM article_results WHERE article_id = ? AND kind = ?`),
      search: this.db.prepare(
        `SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      ),
    };
  }

  /** Apply pending migrations in one transaction each. */
  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      })();
    }
  }

  /** Schema version of the open database. */
  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  putArticle(article: Article): PutResult {
    const now = new Date().toISOString();
    const info = this.stmts.insert.run({
      id: article.id,
      source: article.source,
      input_id: article.inputId,
      format: article.format,
      outlet: article.outlet?.value ?? null,
      title: article.title?.value ?? null,
      language: article.language.code,
      published: article.published.value,
      agency: article.agency?.value ?? null,
      text: article.text,
      doc: JSON.stringify(article),
      created_at: now,
    });
    this.stmts.source.run(article.id, article.source, now);
    return { id: article.id, inserted: info.changes > 0 };
  }

  getArticle(id: string): Article | null {
    if (typeof id !== 'string') throw new TypeError(`Expected a string id, not \`${typeof id}\``);
    const row = this.stmts.get.get(id) as { doc: string } | undefined;
    if (row) return JSON.parse(row.doc) as Article;
    if (id.length < 6 || !/^[0-9a-f]+$/i.test(id)) return null;
    const rows = this.stmts.prefix.all(id.toLowerCase()) as { doc: string }[];
    return rows.length === 1 ? (JSON.parse(rows[0]!.doc) as Article) : null;
  }

  listArticles(filter: ArticleFilter = {}): Article[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.outlet) where.push('outlet = ?'), params.push(filter.outlet);
    if (filter.language) where.push('language = ?'), params.push(filter.language);
    if (filter.from) where.push('published >= ?'), params.push(filter.from);
    if (filter.to) where.push("published <= ? || '~'"), params.push(filter.to);
    if (filter.ids) {
      if (filter.ids.length === 0) return [];
      where.push(`id IN (${filter.ids.map(() => '?').join(',')})`);
      params.push(...filter.ids);
    }
    const sql = `SELECT doc FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY published IS NULL, published, source, id LIMIT ? OFFSET ?`;
    params.push(filter.limit ?? -1, filter.offset ?? 0);
    return (this.db.prepare(sql).all(...params) as { doc: string }[]).map((r) => JSON.parse(r.doc) as Article);
  }

  sourcesOf(id: string): string[] {
    return (this.stmts.sources.all(id) as { source: string }[]).map((r) => r.source);
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = ftsQuery(query);
    if (!q) return [];
    return this.stmts.search.all(q, limit) as SearchHit[];
  }

  putFingerprint(id: string, fp: Fingerprint): void {
    this.stmts.putFp.run(id, fp.tag, fp.words, blob(fp.shingles), blob(fp.minhash), blob(fp.keys));
  }

  getFingerprint(id: string): Fingerprint | null {
    const r = this.stmts.getFp.get(id) as { tag: string; words: number; shingles: Buffer; minhash: Buffer; keys: Buffer } | undefined;
    return r ? { tag: r.tag, words: r.words, shingles: u32(r.shingles), minhash: u32(r.minhash), keys: u32(r.keys) } : null;
  }

  candidateIndex(): CandidateIndex {
    const { putKey, getKey, countFp } = this.stmts;
    return {
      add: (doc, keys) => {
        for (const k of keys) putKey.run(k, doc);
      },
      query: (keys, maxPostings = 5000) => {
        const hits = new Map<number, number>();
        for (const k of keys) {
          const docs = getKey.all(k, maxPostings + 1) as { doc: number }[];
          if (docs.length > maxPostings) continue;
          for (const { doc } of docs) hits.set(doc, (hits.get(doc) ?? 0) + 1);
        }
        return hits;
      },
      size: () => (countFp.get() as { n: number }).n,
    };
  }

  docOf(id: string): number | null {
    return (this.stmts.docOf.get(id) as { doc: number } | undefined)?.doc ?? null;
  }

  idOf(doc: number): string | null {
    return (this.stmts.idOf.get(doc) as { id: string } | undefined)?.id ?? null;
  }

  putReusePair(pair: ReusePair): void {
    this.stmts.putPair.run(pair.a, pair.b, pair.relation, pair.source, JSON.stringify(pair));
  }

  reusePairs(ids?: readonly string[]): ReusePair[] {
    let rows: { doc: string }[];
    if (!ids) rows = this.stmts.allPairs.all() as { doc: string }[];
    else {
      if (ids.length === 0) return [];
      const marks = ids.map(() => '?').join(',');
      rows = this.db.prepare(`SELECT doc FROM reuse_pairs WHERE a IN (${marks}) OR b IN (${marks}) ORDER BY a, b`).all(...ids, ...ids) as { doc: string }[];
    }
    return rows.map((r) => JSON.parse(r.doc) as ReusePair);
  }

  putCorpusState(key: string, json: string): void {
    this.stmts.putState.run(key, json, new Date().toISOString());
  }

  getCorpusState(key: string): string | null {
    return (this.stmts.getState.get(key) as { json: string } | undefined)?.json ?? null;
  }

  putArticleResult(id: string, kind: string, value: unknown): void {
    this.stmts.putResult.run(id, kind, JSON.stringify(value));
  }

  getArticleResult<T>(id: string, kind: string): T | null {
    const r = this.stmts.getResult.get(id, kind) as { json: string } | undefined;
    return r ? (JSON.parse(r.json) as T) : null;
  }

  count(): number {
    return (this.stmts.count.get() as { n: number }).n;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function blob(a: Uint32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function u32(b: Buffer): Uint32Array {
  return new Uint32Array(new Uint8Array(b).buffer);
}
