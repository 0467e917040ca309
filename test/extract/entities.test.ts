// Named-entity extraction: tokenizer offsets, BIO decoding, conlleval scoring, the shipped taggers.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conllDocuments } from '../../src/extract/entities/conllDocuments.ts';
import { decodeBio } from '../../src/extract/entities/decodeBio.ts';
import { DOC_FEATURES, docFeatures } from '../../src/extract/entities/docFeatures.ts';
import { findEntities } from '../../src/extract/entities/findEntities.ts';
import { Gazetteer } from '../../src/extract/entities/Gazetteer.ts';
import { loadTagger } from '../../src/extract/entities/loadTagger.ts';
import { scoreConll } from '../../src/extract/entities/scoreConll.ts';
import { splitSentences } from '../../src/extract/entities/splitSentences.ts';
import { tokenize } from '../../src/extract/tokenize.ts';

test('tokenize keeps abbreviations, decimals and hyphenated codes, with exact offsets', () => {
  const text = 'El Sr. Quiroga llegó a EE.UU. con un fusil AK-103; el índice subió 2,1% (1.500 puntos).';
  const toks = tokenize(text);
  assert.deepEqual(
    toks.map((t) => t.text),
    ['El', 'Sr.', 'Quiroga', 'llegó', 'a', 'EE.UU.', 'con', 'un', 'fusil', 'AK-103', ';', 'el', 'índice', 'subió', '2,1', '%', '(', '1.500', 'puntos', ')', '.'],
  );
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
});

test('tokenize splits punctuation and quotes and handles astral characters and empty input', () => {
  const text = '«Vamos», dijo Ana 😀 ¿hoy? Ferrán\'s café.';
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(toks.slice(0, 4).map((t) => t.text), ['«', 'Vamos', '»', ',']);
  assert.ok(toks.some((t) => t.text === '¿'));
  assert.ok(toks.some((t) => t.text === "'s"));
  assert.deepEqual(tokenize(''), []);
  assert.throws(() => tokenize(undefined as unknown as string), TypeError);
});

test('decodeBio follows the conlleval chunk rules', () => {
  assert.deepEqual(decodeBio(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 5 },
    { type: 'LOC', start: 5, end: 6 },
    { type: 'ORG', start: 6, end: 7 },
  ]);
  assert.deepEqual(decodeBio([]), []);
});

test('scoreConll counts exact span and type matches only', () => {
  const s = scoreConll([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
  assert.equal(s.correct, 1);
  assert.equal(s.gold, 2);
  assert.equal(s.predicted, 2);
  assert.equal(s.f1, 50);
  assert.throws(() => scoreConll([['O']], [['O', 'O']]), TypeError);
});

test('Gazetteer marks the longest match and round-trips through serialisation', () => {
  const g = new Gazetteer([
    [['Villa', 'Serena'], 4],
    [['Villa', 'Serena', 'del', 'Norte'], 4],
    [['Tolmar'], 2],
  ]);
  const back = Gazetteer.parse(g.serialize());
  for (const gz of [g, back]) {
    const out = new Int32Array(6);
    gz.annotate(['en', 'Villa', 'Serena', 'del', 'Norte', 'Tolmar'], out);
    assert.deepEqual([...out], [0, 8, 9, 9, 9, 4]);
  }
});

test('splitSentences does not split after abbreviations', () => {
  const toks = tokenize('La Sra. Ibarne habló. Después salió. ¿Y ahora? no.');
  const spans = splitSentences(toks).map(([s, e]) => toks.slice(s, e).map((t) => t.text).join(' '));
  assert.deepEqual(spans, ['La Sra. Ibarne habló .', 'Después salió .', '¿ Y ahora ? no .']);
});

test('the Spanish tagger loads, is cached and tags obvious names', () => {
  const t = loadTagger('es');
  assert.equal(loadTagger('es'), t);
  const toks = ['El', 'ministro', 'Ramón', 'Etxeberria', 'viajó', 'a', 'Madrid', 'con', 'el', 'presidente', 'de', 'la', 'Comisión', 'Europea', '.'];
  const tags = t.tag(toks);
  assert.equal(tags.length, toks.length);
  assert.deepEqual(tags.slice(2, 4), ['B-PER', 'I-PER']);
  assert.equal(tags[6], 'B-LOC');
  assert.equal(tags[12]!.slice(2), 'ORG');
  assert.deepEqual(t.tag([]), []);
  assert.throws(() => loadTagger('fr' as 'es'), TypeError);
});

test('findEntities returns offsets into the text and skips sentence-initial verbs', () => {
  const text =
    'Subrayó el alcalde Tomás Urquiza que el puerto de Valparaíso seguirá abierto.\n\nAdemás, la empresa Navieras del Sur firmó un acuerdo con el Gobierno de Chile.';
  const ents = findEntities(text, 'es');
  for (const e of ents) assert.equal(text.slice(e.start, e.end), e.text);
  const names = ents.map((e) => `${e.text}/${e.type}`);
  assert.ok(names.includes('Tomás Urquiza/PER'), names.join(', '));
  assert.ok(names.includes('Valparaíso/LOC'), names.join(', '));
  assert.ok(!names.some((n) => n.startsWith('Subrayó') || n.startsWith('Además')), names.join(', '));
  assert.deepEqual(findEntities(text, 'xx'), []);
  assert.deepEqual(findEntities('', 'es'), []);
});

test('the English tagger loads and tags a clear person name and place', () => {
  const toks = ['The', 'actress', 'Maria', 'Keller', 'checked', 'into', 'a', 'clinic', 'in', 'Malibu', ',', 'her', 'spokesman', 'said', '.'];
  const tags = loadTagger('en').tag(toks);
  assert.equal(tags.length, toks.length);
  assert.deepEqual(tags.slice(2, 4), ['B-PER', 'I-PER']);
  assert.equal(tags[9], 'B-LOC');
  assert.equal(tags[0], 'O');
});

test('conllDocuments starts a document at each agency dateline', () => {
  const sents = [
    ['Villaverde', ',', '3', 'jun', '(', 'EFE', ')', '.'],
    ['La', 'alcaldesa', 'Irene', 'Soto', 'inauguró', 'el', 'puente', '.'],
    ['Puerto', 'Lumbre', '(', 'Tolmar', ')', ',', '3', 'jun', '(', 'EFECOM', ')', '.'],
    ['La', 'naviera', 'Ostra', 'subió', '.'],
    ['Dijo', 'a', 'EFE', 'que', 'sí', '.'],
  ];
  assert.deepEqual(conllDocuments(sents), [
    [0, 2],
    [2, 5],
  ]);
  assert.deepEqual(conllDocuments([]), []);
});

test('docFeatures reports what the first stage said about the same word elsewhere in the document', () => {
  const doc = [
    ['Ostrava', 'ganó', 'en', 'casa', '.'],
    ['El', 'Ostrava', 'jugará', 'en', 'Lisboa', '.'],
  ];
  // First stage: B-ORG (3) for the first "Ostrava", O for the second; B-LOC (5) for "Lisboa".
  const first = [Int32Array.from([3, 0, 0, 0, 0]), Int32Array.from([0, 0, 0, 0, 5, 0])];
  const f = docFeatures(doc, first, 18);
  assert.equal(f.length, 2);
  assert.equal(f[0]!.length, 5 * DOC_FEATURES);
  // The second "Ostrava" sees one ORG elsewhere; "casa" (lower case) gets no aggregate features.
  assert.notEqual(f[1]![1 * DOC_FEATURES + 2], 0);
  assert.equal(f[0]![3 * DOC_FEATURES + 2], 0);
  // The two occurrences see different things (ORG elsewhere vs O elsewhere).
  assert.notEqual(f[1]![1 * DOC_FEATURES], f[0]![0]);
  assert.throws(() => docFeatures(doc, [first[0]!], 18), TypeError);
});

test('docFeatures sees the first-stage type two tokens away through the word between', () => {
  // "Quiroga ( Tálamo )": a player, then his club in brackets.
  const doc = [['Ganó', 'Quiroga', '(', 'Tálamo', ')', '.']];
  const asPerson = docFeatures(doc, [Int32Array.from([0, 1, 0, 5, 0, 0])], 18)[0]!;
  const asNothing = docFeatures(doc, [Int32Array.from([0, 0, 0, 5, 0, 0])], 18)[0]!;
  const k = 3 * DOC_FEATURES + 13;
  assert.notEqual(asPerson[k], 0);
  assert.notEqual(asPerson[k], asNothing[k]);
  // Same context through another word: a different feature.
  const other = docFeatures([['Ganó', 'Quiroga', ',', 'Tálamo', ')', '.']], [Int32Array.from([0, 1, 0, 5, 0, 0])], 18)[0]!;
  assert.notEqual(other[k], asPerson[k]);
  // The first two tokens have nothing two to the left.
  assert.equal(asPerson[1 * DOC_FEATURES + 13], 0);
});

test('the Spanish tagger tags whole documents consistently with sentence-by-sentence output shape', () => {
  const t = loadTagger('es');
  const doc = [
    ['La', 'ministra', 'Lucía', 'Ferrándiz', 'visitó', 'Zaragoza', '.'],
    ['Ferrándiz', 'anunció', 'un', 'plan', 'para', 'Aragón', '.'],
    [],
  ];
  const tags = t.tagDocument(doc);
  assert.deepEqual(
    tags.map((s) => s.length),
    [7, 7, 0],
  );
  assert.deepEqual(tags[0]!.slice(2, 4), ['B-PER', 'I-PER']);
  assert.equal(tags[1]![0], 'B-PER');
  assert.equal(tags[0]![5], 'B-LOC');
  assert.throws(() => t.tagDocument('no' as unknown as string[][]), TypeError);
});

test('headlines in capitals are tagged like ordinary text', () => {
  const tags = loadTagger('es').tag(['EL', 'GOBIERNO', 'DE', 'PERÚ', 'ANUNCIA', 'NUEVAS', 'MEDIDAS']);
  assert.equal(tags.length, 7);
  assert.ok(tags.some((y) => y !== 'O'), tags.join(' '));
});

test('findEntities leaves quotation marks out of the mentions', () => {
  const text = 'La película «Los faros de Tolmar» ganó en el festival, dijo Irene Soto en Zaragoza.';
  const ents = findEntities(text, 'es');
  for (const e of ents) {
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(!/^[«"“]|[»"”]$/u.test(e.text), e.text);
  }
});

test('external name lists add match features for the token and its neighbours', async () => {
  const { Featurizer } = await import('../../src/extract/entities/Featurizer.ts');
  const base = { hashBits: 16, clusters: new Map<string, number>(), caseInfo: new Map<string, number>(), gazetteer: new Gazetteer() };
  const ext = new Gazetteer([
    [['Vallorca', 'del', 'Mar'], 2],
    [['Quentaria'], 1],
  ]);
  const plain = new Featurizer(base);
  const withExt = new Featurizer({ ...base, externalGazetteer: ext });
  assert.equal(withExt.perToken, plain.perToken + 6);
  assert.equal(withExt.perWord, plain.perWord);
  const a = ['Vivo', 'en', 'Vallorca', 'del', 'Mar', ',', 'cerca', 'de', 'Quentaria', '.'];
  const b = ['Vivo', 'en', 'Vallorca', 'del', 'Sol', ',', 'cerca', 'de', 'Quentarias', '.'];
  const F = withExt.perToken;
  const fa = withExt.featurize(a).slice();
  const fb = withExt.featurize(b).slice();
  const row = (f: Int32Array, i: number) => [...f.subarray(i * F + F - 6, (i + 1) * F)];
  // "Vallorca del Mar" matches whole; "Vallorca del Sol" does not match at all.
  assert.notDeepEqual(row(fa, 2), row(fb, 2));
  // The token before a match sees it through the neighbour feature; tokens far away do not.
  assert.notDeepEqual(row(fa, 1), row(fb, 1));
  assert.deepEqual(row(fa, 0), row(fb, 0));
  // Without the external list the layout (and hence older models) is unchanged.
  assert.equal(plain.featurize(a).length, a.length * plain.perToken);
});
