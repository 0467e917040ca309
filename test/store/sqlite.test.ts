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

test('an article stored by a run that stopped before the corpus stages gets them on the next run', async () => {
  const { runPipeline } = await import('../../src/pipeline/runPipeline.ts');
  const { clean } = await import('../../src/clean/clean.ts');
  const { loadContext } = await import('../../src/pipeline/runPipeline.ts');
  const { bytesToDocs } = await import('../../src/ingest/readInputs.ts');
  const body = 'El alcalde de Valdeluna anunció este martes que la ciudad abrirá tres bibliotecas nuevas antes del verano, una inversión que según el ayuntamiento beneficiará a más de veinte mil vecinos de los barrios del norte.';
  const root = tempTree({ 'a.txt': body });
  const s = new SqliteStore({ path: ':memory:' });
  const ctx = await loadContext();
  const r = bytesToDocs(join(root, 'a.txt'), new TextEncoder().encode(body), new Date(0).toISOString())[0]!;
  assert.ok('doc' in r);
  const article = clean(r.doc, ctx);
  s.putArticle(article);
  assert.equal(s.getFingerprint(article.id), null);
  const report = await runPipeline([join(root, 'a.txt')], { store: s });
  assert.deepEqual([report.inserted, report.duplicates], [0, 1]);
  assert.ok(s.getFingerprint(article.id), 'fingerprinted and indexed');
  assert.ok(s.getArticleResult(article.id, 'cluster'), 'placed in an event');
  const again = await runPipeline([join(root, 'a.txt')], { store: s });
  assert.equal(again.duplicates, 1, 'a complete article is not processed twice');
  s.close();
});
