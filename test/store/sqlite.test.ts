import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../../src/store/sqlite/SqliteStore.ts';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { tempTree } from '../helpers.ts';
import { fakeArticle, runStoreContract } from './storeContract.ts';

runStoreContract('sqlite', () => new SqliteStore({ path: ':memory:' }));

test('sqlite: a file store survives reopening, is migrated once, and uses WAL', () => {
  const path = join(tempTree({}), 'c.db');
  const s1 = new SqliteStore({ path });
  assert.equal(s1.schemaVersion(), MIGRATIONS.at(-1)!.version);
  assert.equal(s1.db.pragma('journal_mode', { simple: true }), 'wal');
  s1.putArticle(fakeArticle('eeeeeeeeeeeeeeee'));
  s1.close();
  const s2 = new SqliteStore({ path });
  assert.equal(s2.count(), 1);
  assert.equal(s2.search('tranvia')[0]?.id, 'eeeeeeeeeeeeeeee');
  s2.close();
  const ro = new SqliteStore({ path, readonly: true });
  assert.equal(ro.count(), 1);
  ro.close();
});

test('sqlite: misuse throws a precise error', () => {
  assert.throws(() => new SqliteStore(undefined as never), /Expected options with a `path` string/);
});
