import type { Article } from '../types/index.ts';
import type { ReuseStore } from './ReuseStore.ts';

/** Filters for listing articles. All are optional and combine with AND. */
export interface ArticleFilter {
  outlet?: string;
  language?: string;
  /** Inclusive ISO date bounds on the publication date. */
  from?: string;
  to?: string;
  /** Only these ids. */
  ids?: readonly string[];
  limit?: number;
  offset?: number;
}

/** A full-text search hit. */
export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Matching fragment with the hits marked by [ and ]. */
  snippet: string;
  rank: number;
}

/** Result of storing one article. */
export interface PutResult {
  id: string;
  /** False when the same content was already stored. */
  inserted: boolean;
}

/**
 * Where articles and corpus state live. The embedded SQLite store is the default;
 * other backends implement the same contract and pass the same test suite.
 */
export interface Store extends ReuseStore {
  /** Store an article unless the same content is already there; records the source either way. */
  putArticle(article: Article): PutResult;
  /** One article by id, or by a unique id prefix of at least 6 characters. */
  getArticle(id: string): Article | null;
  /** Articles in order of publication date, then id. */
  listArticles(filter?: ArticleFilter): Article[];
  /** Every source path an article's content was read from. */
  sourcesOf(id: string): string[];
  /** Full-text search with accent folding; any user string is accepted. */
  search(query: string, limit?: number): SearchHit[];
  /** Number of stored articles. */
  count(): number;
  /** Save the serialised state of a corpus stage (entity registry, clusterer) under a key. */
  putCorpusState(key: string, json: string): void;
  getCorpusState(key: string): string | null;
  /** Save a corpus stage's result for one article (e.g. `entities`: the entity id of each mention). */
  putArticleResult(id: string, kind: string, value: unknown): void;
  getArticleResult<T>(id: string, kind: string): T | null;
  /** Run `fn` in one transaction. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
