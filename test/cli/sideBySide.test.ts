import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sideBySide, wrap } from '../../src/cli/sideBySide.ts';

test('wrap breaks at spaces and cuts words longer than the column', () => {
  assert.deepEqual(wrap('uno dos tres cuatro', 8), ['uno dos', 'tres', 'cuatro']);
  assert.deepEqual(wrap('abcdefghijkl mn', 5), ['abcde', 'fghij', 'kl mn']);
});

test('two columns line up with a separator', () => {
  const lines = sideBySide('uno dos tres', 'one', 47);
  assert.equal(lines.length, 1);
  assert.equal(lines[0], `${'uno dos tres'.padEnd(22)} │ one`);
});
