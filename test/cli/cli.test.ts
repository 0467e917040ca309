import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ENGLISH_BODY, SPANISH_BODY, tempTree } from '../helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/cotejo.js', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, COTEJO_DB: '' } });

test('cli: a batch with bad inputs names each one, stores the rest, exits 1; a re-run adds nothing', () => {
  const root = tempTree({
    'in/a.txt': `Título de prueba sobre bibliotecas nuevas en la ciudad\n\n${SPANISH_BODY}\n`,
    'in/b.html': `<html lang="en"><head><title>Libraries</title></head><body><article><p>${ENGLISH_BODY}</p></article></body></html>`,
    'in/empty.txt': '',
    'in/broken.jsonl': `{"id":"k1","text":"${SPANISH_BODY}"}\n{oops\n`,
  });
  copyFileSync(fileURLToPath(new URL('../fixtures/inputs/not-an-article.bin', import.meta.url)), join(root, 'in/blob.bin'));
  const db = join(root, 'c.db');
  const out = join(root, 'out.json');
  const r1 = run(['run', join(root, 'in'), '--db', db, '--json', out, '--quiet']);
  assert.equal(r1.status, 1, r1.stderr);
  for (const bad of ['empty.txt', 'broken.jsonl#2', 'blob.bin']) assert.match(r1.stderr, new RegExp(`${bad.replace('.', '\\.')}`), `stderr names ${bad}`);
  assert.equal(r1.stderr.trim().split('\n').length, 3, 'one line per bad input');
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { articles: { id: string; inputId: string | null; source: string }[] };
  assert.equal(doc.articles.length, 3);
  assert.deepEqual(doc.articles.map((a) => a.inputId), [null, null, 'k1']);

  const r2 = run(['ingest', join(root, 'in/a.txt'), join(root, 'in/b.html'), '--db', db, '--json', '-']);
  assert.equal(r2.status, 0, r2.stderr);
  const report = JSON.parse(r2.stdout) as { inserted: number; duplicates: number };
  assert.deepEqual([report.inserted, report.duplicates], [0, 2]);

  const list = run(['articles', '--db', db]);
  assert.equal(list.status, 0);
  assert.equal(list.stdout.trim().split('\n').length, 3);

  const id = doc.articles[0]!.id;
  const show = run(['show', id, '--db', db, '--removed']);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /bibliotecas/);
  assert.equal(run(['show', 'ffffffffffffffff', '--db', db]).status, 3);

  const reuse = run(['reuse', id, '--db', db]);
  assert.equal(reuse.status, 0, reuse.stderr);
  assert.match(reuse.stdout, /shares no text|passage/);

  const search = run(['search', 'biblioTECAS', '"(', '--db', db, '--json', '-']);
  assert.equal(search.status, 0, search.stderr);
  assert.equal((JSON.parse(search.stdout) as unknown[]).length, 2, 'punctuation-only words are ignored, case is folded');
  assert.deepEqual(JSON.parse(run(['search', 'zzzz', '--db', db, '--json', '-']).stdout), []);
  const s2 = run(['search', 'bibliotecás', '--db', db, '--json', '-']);
  assert.equal((JSON.parse(s2.stdout) as unknown[]).length, 2, 'accent-folded search finds the Spanish text and record');
});

test('cli: stdin, help on every command, usage errors', () => {
  const root = tempTree({});
  const db = join(root, 'c.db');
  const r = run(['ingest', '-', '--db', db, '--quiet'], SPANISH_BODY);
  assert.equal(r.status, 0, r.stderr);
  for (const c of ['run', 'ingest', 'articles', 'show', 'search']) {
    const h = run([c, '--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, new RegExp(`Usage: cotejo ${c}`));
    assert.match(h.stdout, /Exit codes/);
  }
  assert.equal(run(['frobnicate']).status, 2);
  assert.equal(run(['run']).status, 2);
  assert.equal(run(['run', 'x', '--no-such-flag']).status, 2);
  assert.match(run(['--help']).stdout, /cotejo run PATHS/);
});

test('cli: times resolves against --dct with a past bias; tag writes CoNLL columns', () => {
  const t = run(['times', '--dct', '2026-03-11', '--lang', 'es'], 'El alcalde habló este lunes y prometió obras para el pasado mayo.');
  assert.equal(t.status, 0, t.stderr);
  const times = JSON.parse(t.stdout) as { text: string; value: string | null }[];
  assert.deepEqual(times.find((x) => x.text === 'este lunes')?.value, '2026-03-09');
  const none = JSON.parse(run(['times', '--lang', 'es'], 'Lo dijo este lunes.').stdout) as { value: string | null }[];
  assert.equal(none[0]?.value, null, 'no document date: a relative date stays unresolved');
  assert.equal(run(['times', '--dct', 'yesterday'], 'x').status, 2);
  const tag = run(['tag', '--conll', '--lang', 'es'], 'La O\nalcaldesa O\nMarta B-PER\nOlmedo I-PER\nvisitó O\nToledo B-LOC\n. O\n');
  assert.equal(tag.status, 0, tag.stderr);
  const rows = tag.stdout.trim().split('\n').map((l) => l.split(' '));
  assert.equal(rows.length, 7);
  assert.deepEqual(rows.map((r) => r.length), [3, 3, 3, 3, 3, 3, 3], 'token, gold and predicted tag');
  assert.equal(rows[2]![2], 'B-PER');
});
