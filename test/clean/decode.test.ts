import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/clean/decode.ts';

test('UTF-8 with and without BOM', () => {
  const s = 'Canción de otoño «así»';
  assert.deepEqual(decode(new Uint8Array(Buffer.from(s))), { text: s, encoding: 'utf-8', bom: false });
  assert.deepEqual(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(s)])), { text: s, encoding: 'utf-8', bom: true });
});

test('latin-1 and windows-1252 are detected and decoded', () => {
  const latin1 = new Uint8Array(Buffer.from('Canción de otoño, año 1999', 'latin1'));
  assert.equal(decode(latin1).text, 'Canción de otoño, año 1999');
  // 0x93/0x94 are curly quotes and 0x80 the euro sign in windows-1252 only.
  const cp = new Uint8Array([...Buffer.from('Dijo ', 'latin1'), 0x93, ...Buffer.from('s\xed', 'latin1'), 0x94, ...Buffer.from(' por 5 ', 'latin1'), 0x80]);
  const d = decode(cp);
  assert.equal(d.text, 'Dijo “sí” por 5 €');
  assert.equal(d.encoding, 'windows-1252');
});

test('UTF-16 with BOM', () => {
  const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Año', 'utf16le')]);
  assert.equal(decode(le).text, 'Año');
});

test('misuse throws a precise TypeError', () => {
  assert.throws(() => decode('text' as unknown as Uint8Array), /Expected a Uint8Array/);
});
