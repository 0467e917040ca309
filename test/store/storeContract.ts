import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../../src/store/Store.ts';
import type { Article } from '../../src/types/index.ts';

/** Build a minimal valid article for store tests. */
export function fakeArticle(id: string, over: Partial<Article> = {}): Article {
  return {
    id,
    source: `mem/${id}.txt`,
    inputId: null,
    format: 'text',
    outlet: { value: 'Gaceta del Sur', evidence: 'test' },
    title: { value: `Título ${id}`, evidence: 'test' },
    language: { code: 'es', confidence: 0.9 },
    published: { value: '2025-05-12', evidence: 'test', inferred: false },
    dateline: null,
    agency: null,
    byline: null,
    url: null,
    text: 'El Ayuntamiento inauguró la línea de tranvía que une Moscú con la estación de EE.UU. del barrio sur.',
    removed: [],
    captions: [],
    diagnostics: [],
    fetchedAt: '2025-05-12T00:00:00.000Z',
    ...over,
  };
}

/**
 * The contract every Store backend must pass. Call it from a backend's test file with a factory
 * that returns a fresh, empty store.
 * @param name backend name for test titles
 * @param make factory of empty stores
 */
export function runStoreContract(name: string, make: () => Store): void {
  test(`${name}: storing the same content twice keeps one article and records both sources`, () => {
    const s = make();
    const a = fakeArticle('aaaaaaaaaaaaaaaa');
    assert.equal(s.putArticle(a).inserted, true);
    assert.equal(s.putArticle({ ...a, source: 'other/place.txt' }).inserted, false);
    assert.equal(s.count(), 1);
    assert.deepEqual(s.sourcesOf(a.id).sort(), ['mem/aaaaaaaaaaaaaaaa.txt', 'other/place.txt']);
    assert.deepEqual(s.getArticle(a.id), a);
    s.close();
  });

  test(`${name}: get by unique prefix, filters and ordering`, () => {
    const s = make();
    s.putArticle(fakeArticle('abcdef0000000001', { published: { value: '2025-05-14', evidence: null, inferred: false } }));
    s.putArticle(fakeArticle('abcdef0000000002', { language: { code: 'en', confidence: 1 }, outlet: { value: 'Harbour', evidence: 'x' } }));
    s.putArticle(fakeArticle('123456000000000a', { published: { value: null, evidence: null, inferred: false } }));
    assert.equal(s.getArticle('123456')?.id, '123456000000000a');
    assert.equal(s.getArticle('abcdef'), null, 'an ambiguous prefix finds nothing');
    assert.equal(s.getArticle('nope'), null);
    assert.deepEqual(s.listArticles().map((a) => a.id), ['abcdef0000000002', 'abcdef0000000001', '123456000000000a']);
    assert.deepEqual(s.listArticles({ language: 'en' }).map((a) => a.id), ['abcdef0000000002']);
    assert.deepEqual(s.listArticles({ from: '2025-05-13' }).map((a) => a.id), ['abcdef0000000001']);
    assert.deepEqual(s.listArticles({ to: '2025-05-12' }).map((a) => a.id), ['abcdef0000000002']);
    assert.deepEqual(s.listArticles({ outlet: 'Harbour' }).map((a) => a.id), ['abcdef0000000002']);
    assert.deepEqual(s.listArticles({ limit: 1, offset: 1 }).map((a) => a.id), ['abcdef0000000001']);
    s.close();
  });

  test(`${name}: search folds accents and accepts any user string`, () => {
    const s = make();
    s.putArticle(fakeArticle('bbbbbbbbbbbbbbbb'));
    assert.equal(s.search('moscu')[0]?.id, 'bbbbbbbbbbbbbbbb');
    assert.equal(s.search('MOSCÚ')[0]?.id, 'bbbbbbbbbbbbbbbb');
    assert.equal(s.search('EE.UU.')[0]?.id, 'bbbbbbbbbbbbbbbb');
    assert.match(s.search('tranvía')[0]?.snippet ?? '', /\[tranvía\]/);
    for (const q of ['"', '(', 'AND', 'NEAR(', '*', 'a OR', "'; DROP TABLE articles; --", '^', '', '   ', '🚋', 'title:x'])
      assert.doesNotThrow(() => s.search(q), `query ${JSON.stringify(q)}`);
    assert.deepEqual(s.search('zzzzzz'), []);
    assert.equal(s.count(), 1);
    s.close();
  });

  test(`${name}: fingerprints, the LSH index and reuse pairs persist through the store`, () => {
    const s = make();
    s.putArticle(fakeArticle('f000000000000001'));
    s.putArticle(fakeArticle('f000000000000002'));
    const d1 = s.docOf('f000000000000001')!, d2 = s.docOf('f000000000000002')!;
    assert.notEqual(d1, d2);
    assert.equal(s.idOf(d2), 'f000000000000002');
    assert.equal(s.docOf('nope'), null);
    const fp = { tag: 't', words: 3, shingles: Uint32Array.of(1, 5, 4294967295), minhash: Uint32Array.of(7, 8), keys: Uint32Array.of(11, 4000000000) };
    s.putFingerprint('f000000000000001', fp);
    assert.deepEqual(s.getFingerprint('f000000000000001'), fp);
    assert.equal(s.getFingerprint('f000000000000002'), null);
    const idx = s.candidateIndex();
    idx.add(d1, fp.keys);
    idx.add(d2, Uint32Array.of(4000000000, 12));
    assert.deepEqual([...idx.query(Uint32Array.of(4000000000, 11, 99))].sort(), [[d1, 2], [d2, 1]]);
    assert.deepEqual([...idx.query(Uint32Array.of(4000000000), 1)], [], 'a key held by more documents than maxPostings is ignored');
    const pair = { a: 'f000000000000001', b: 'f000000000000002', relation: 'rewrite' as const, source: 'f000000000000001', sourceEvidence: ['x'], containment: { aInB: 0.5, bInA: 0.4 }, coverage: { a: 0.5, b: 0.5 }, passages: [], sentences: [], added: [], dropped: [] };
    s.putReusePair(pair);
    assert.deepEqual(s.reusePairs(['f000000000000002']), [pair]);
    assert.deepEqual(s.reusePairs([]), []);
    assert.equal(s.reusePairs().length, 1);
    s.close();
  });

  test(`${name}: a failing transaction stores nothing of itself and loses nothing stored before`, () => {
    const s = make();
    s.putArticle(fakeArticle('cccccccccccccccc'));
    assert.throws(() =>
      s.transaction(() => {
        s.putArticle(fakeArticle('dddddddddddddddd'));
        throw new Error('boom');
      }),
    );
    assert.equal(s.count(), 1);
    assert.ok(s.getArticle('cccccccccccccccc'));
    s.close();
  });
}
