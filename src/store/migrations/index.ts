/** Schema migrations, applied in order; `PRAGMA user_version` records the last one applied. Never edit a released one: add a new one. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles with sources and accent-folded full-text index',
    sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  input_id TEXT,
  format TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  language TEXT NOT NULL,
  published TEXT,
  agency TEXT,
  text TEXT NOT NULL,
  doc TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_language ON articles(language);
CREATE TABLE article_sources (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  PRIMARY KEY (article_id, source)
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
`,
  },
  {
    version: 2,
    name: 'reuse: fingerprints, LSH band keys and related pairs',
    sql: `
CREATE TABLE fingerprints (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  words INTEGER NOT NULL,
  shingles BLOB NOT NULL,
  minhash BLOB NOT NULL,
  keys BLOB NOT NULL
);
CREATE TABLE lsh_keys (
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE TABLE reuse_pairs (
  a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  relation TEXT NOT NULL,
  source TEXT,
  doc TEXT NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE INDEX reuse_pairs_b ON reuse_pairs(b);
`,
  },
  {
    version: 3,
    name: 'corpus state (entity registry, clusters) and per-article corpus results',
    sql: `
CREATE TABLE corpus_state (
  key TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE article_results (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (article_id, kind)
);
`,
  },
];
