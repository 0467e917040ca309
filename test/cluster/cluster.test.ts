import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OnlineClusterer, type ClusterDoc } from '../../src/cluster/OnlineClusterer.ts';
import { bcubed } from '../../src/cluster/bcubed.ts';
import { fallbackEntities } from '../../src/cluster/fallbackEntities.ts';
import { stemWord } from '../../src/cluster/stemWord.ts';

// Invented articles: a harbour crane collapse in a fictional port, reported twice, a follow-up inquiry
// days later, the same kind of accident in the same port years earlier, and an unrelated vote.
function doc(id: string, title: string | null, text: string, published: string | null, names: string[], times: string[] = []): ClusterDoc {
  return { id, title, text, lang: 'es', published, entities: names.map((n) => ({ text: n, type: 'MISC' })), times: times.map((value) => ({ value })) };
}
const CRANE_A = doc('a1', 'Se desploma una grúa en el puerto de Velmora y deja tres heridos',
  'Una grúa de carga se desplomó el martes sobre un buque en el puerto de Velmora. Tres estibadores resultaron heridos. ' +
  'La Autoridad Portuaria de Velmora suspendió las operaciones del muelle norte y la naviera Korsund evaluó los daños de la grúa.',
  '2031-03-04', ['Velmora', 'Autoridad Portuaria de Velmora', 'Korsund']);
const CRANE_B = doc('a2', 'Tres heridos al caer una grúa sobre un buque en Velmora',
  'Tres estibadores heridos dejó la caída de una grúa de carga en el muelle norte del puerto de Velmora. ' +
  'La naviera Korsund informó de daños en el buque y la Autoridad Portuaria de Velmora suspendió las operaciones.',
  '2031-03-04', ['Velmora', 'Korsund', 'Autoridad Portuaria de Velmora']);
const INQUIRY = doc('a3', 'Velmora abre una investigación por la caída de la grúa del muelle norte',
  'La Fiscalía de Velmora abrió una investigación por la caída de la grúa del muelle norte, que hirió a tres estibadores. ' +
  'Los peritos revisarán el mantenimiento de la grúa y los contratos de la naviera Korsund con la Autoridad Portuaria.',
  '2031-03-12', ['Fiscalía de Velmora', 'Velmora', 'Korsund', 'Autoridad Portuaria']);
const OLD_CRANE = doc('a4', 'Una grúa cae en el puerto de Velmora durante una tormenta',
  'Una grúa de carga cayó sobre el muelle norte del puerto de Velmora durante una tormenta. Dos estibadores resultaron heridos ' +
  'y la Autoridad Portuaria de Velmora suspendió las operaciones. La naviera Korsund evaluó los daños.',
  '2024-10-20', ['Velmora', 'Autoridad Portuaria de Velmora', 'Korsund']);
const VOTE = doc('a5', 'El parlamento de Istrana aprueba la reforma del calendario escolar',
  'Los diputados de Istrana aprobaron por amplia mayoría la reforma del calendario escolar, que adelanta el inicio de las clases ' +
  'y amplía las vacaciones de invierno. La ministra Olvera defendió el cambio ante la oposición.',
  '2031-03-05', ['Istrana', 'Olvera']);

function runAll(c: OnlineClusterer, docs: ClusterDoc[]) {
  return docs.map((d) => c.add(d));
}

test('cluster: articles on the same event join it; an unrelated one opens its own event and story', () => {
  const c = new OnlineClusterer();
  const [a, b, v] = runAll(c, [CRANE_A, CRANE_B, VOTE]);
  assert.equal(a!.event, 'e-a1');
  assert.ok(a!.newEvent && a!.newStory);
  assert.equal(b!.event, 'e-a1');
  assert.equal(b!.newEvent, false);
  assert.ok(b!.similarity >= 0.25);
  assert.equal(v!.event, 'e-a5');
  assert.notEqual(v!.story, a!.story);
  const ev = c.events().find((e) => e.id === 'e-a1')!;
  assert.deepEqual(ev.articles, ['a1', 'a2']);
  assert.deepEqual(ev.dateRange, ['2031-03-04', '2031-03-04']);
  assert.equal(ev.date, '2031-03-04');
  assert.ok(ev.label.length > 0);
});

test('cluster: the same kind of event years apart is a different event and story', () => {
  const c = new OnlineClusterer();
  const [a, , old] = runAll(c, [CRANE_A, CRANE_B, OLD_CRANE]);
  assert.notEqual(old!.event, a!.event);
  assert.notEqual(old!.story, a!.story);
  // Without the dates the same texts would join: time is what separates them.
  const undated = new OnlineClusterer();
  const r = runAll(undated, [CRANE_A, CRANE_B, { ...OLD_CRANE, published: null }]);
  assert.equal(r[2]!.event, r[0]!.event);
  assert.deepEqual(r[2]!.flags, ['undated']);
});

test('cluster: an undated article whose mentioned dates end years before an event stays out of it', () => {
  const c = new OnlineClusterer();
  const r = runAll(c, [CRANE_A, CRANE_B, { ...OLD_CRANE, id: 'a6', published: null, times: [{ value: '2012' }, { value: null }] }]);
  assert.notEqual(r[2]!.event, r[0]!.event);
  assert.notEqual(r[2]!.story, r[0]!.story);
  assert.ok(r[2]!.flags.includes('undated'));
  // Mentions within two years of the event do not count against it.
  const recent = runAll(new OnlineClusterer(), [CRANE_A, CRANE_B, { ...OLD_CRANE, id: 'a7', published: null, times: [{ value: '2030' }] }]);
  assert.equal(recent[2]!.event, recent[0]!.event);
});

test('cluster: a follow-up days later is a new event in the same story', () => {
  const c = new OnlineClusterer();
  const [a, , inq] = runAll(c, [CRANE_A, CRANE_B, INQUIRY]);
  assert.ok(inq!.newEvent);
  assert.equal(inq!.newStory, false);
  assert.equal(inq!.story, a!.story);
  const story = c.stories().find((s) => s.id === a!.story)!;
  assert.deepEqual(story.events, ['e-a1', 'e-a3']);
  assert.deepEqual(story.articles, ['a1', 'a2', 'a3']);
  assert.deepEqual(story.dateRange, ['2031-03-04', '2031-03-12']);
});

test('cluster: toJSON/fromJSON round trip gives the same next assignment and summaries', () => {
  const c = new OnlineClusterer();
  runAll(c, [CRANE_A, VOTE, OLD_CRANE]);
  const restored = OnlineClusterer.fromJSON(JSON.parse(JSON.stringify(c.toJSON())));
  assert.deepEqual(restored.events(), c.events());
  assert.deepEqual(restored.add(CRANE_B), c.add(CRANE_B));
  assert.deepEqual(restored.add(INQUIRY), c.add(INQUIRY));
  assert.deepEqual(restored.stories(), c.stories());
  assert.deepEqual(restored.toJSON(), c.toJSON());
});

test('cluster: deterministic, and misuse throws TypeError', () => {
  const docs = [CRANE_A, VOTE, CRANE_B, OLD_CRANE, INQUIRY];
  assert.deepEqual(runAll(new OnlineClusterer(), docs), runAll(new OnlineClusterer(), docs));
  const c = new OnlineClusterer();
  c.add(CRANE_A);
  assert.throws(() => c.add(CRANE_A), TypeError);
  assert.throws(() => c.add({ ...CRANE_B, published: 'yesterday' }), TypeError);
  assert.throws(() => new OnlineClusterer({ eventThreshold: 2 }), TypeError);
  assert.throws(() => new OnlineClusterer({ nope: 1 } as never), TypeError);
  assert.throws(() => OnlineClusterer.fromJSON({}), TypeError);
});

test('cluster: B-cubed, stemming and the fallback entity finder', () => {
  const b = bcubed(['x', 'x', 'y'], ['a', 'a', 'a']);
  assert.equal(b.p, 1);
  assert.ok(Math.abs(b.r - 5 / 9) < 1e-12);
  assert.equal(bcubed(['x', 'y'], ['a', 'b']).f1, 1);
  assert.equal(stemWord('investigaciones', 'es'), stemWord('investigacion', 'es'));
  assert.equal(stemWord('investigations', 'en'), stemWord('investigation', 'en'));
  assert.deepEqual(fallbackEntities('La Autoridad Portuaria de Velmora habló con Korsund.').map((e) => e.text), ['Autoridad Portuaria de Velmora', 'Korsund']);
});
