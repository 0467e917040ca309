import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareStory } from '../../src/compare/compareStory.ts';
import { findLoadedTerms } from '../../src/compare/findLoadedTerms.ts';
import type { AnalysisDoc } from '../../src/types/index.ts';

type A = AnalysisDoc['articles'][number];
const art = (id: string, text: string, over: Partial<A> = {}): A =>
  ({
    id, source: `${id}.txt`, inputId: null, outlet: `Outlet ${id}`, title: null, language: 'es', published: { value: null, evidence: null, inferred: false },
    dateline: null, agency: null, text, removed: [], entities: [], quotes: [], times: [], claims: [], event: null, story: null, dct: null, ...over,
  }) as A;

// Invented texts about one event.
const W = 'La alcaldesa de Valdeluna inauguró este martes el nuevo puente peatonal sobre el río Tormes. La obra costó doce millones de euros y tardó dos años. Los vecinos del barrio norte celebraron la apertura con una fiesta.';
const R = 'Valdeluna estrenó el martes su puente peatonal sobre el Tormes, una obra de doce millones de euros que tardó dos años. El régimen municipal aprovechó la inauguración para hacer campaña.';
const T = 'La alcaldesa de Valdeluna inauguró el martes el puente peatonal sobre el río Tormes ante cientos de vecinos.';
const S = 'La oposición pidió una auditoría de las cuentas municipales. La obra costó doce millones de euros y tardó dos años, según el Ayuntamiento.';

test('story comparison: independent sources, facts across articles, additions and omissions, summary and loaded terms', () => {
  const doc = {
    articles: [
      art('w', W, { published: { value: '2026-05-05', evidence: null, inferred: false }, times: [{ text: 'este martes', start: W.indexOf('este martes'), end: W.indexOf('este martes') + 11, type: 'DATE', value: '2026-05-05' }] }),
      art('r', R, { published: { value: '2026-05-06', evidence: null, inferred: false } }),
      art('s', S),
      art('t', T),
    ],
    reuse: [{ a: 'w', b: 'r', relation: 'rewrite', source: 'w', sourceEvidence: [], containment: { aInB: 0.2, bInA: 0.3 }, coverage: { a: 0.2, b: 0.3 }, passages: [], sentences: [], added: [], dropped: [] }],
    entities: [],
  } as unknown as AnalysisDoc;
  const c = compareStory(doc, ['w', 'r', 's', 't']);
  assert.equal(c.independentSources, 3, 'the rewrite is not independent');
  assert.equal(c.order[0], 'w', 'the source comes first');
  const cost = c.facts.find((f) => f.text.startsWith('La obra costó'));
  assert.ok(cost?.articles.includes('s') && cost.articles.includes('w'));
  for (const f of c.facts) assert.equal(new Set(f.spans.map((x) => x.article)).size, f.spans.length, 'at most one sentence per article in a fact');
  assert.equal(c.facts.filter((f) => f.spans.some((x) => x.article === 'r' && x.start === 0)).length, 1, "r's first sentence, which packs two facts, joins one of them");
  assert.ok(c.additions.s!.length >= 1, 'the opposition paragraph is an addition of s');
  assert.ok(c.omissions.s!.some((id) => c.facts.find((f) => f.id === id)!.text.includes('inauguró')), 's omits the inauguration fact');
  for (const id of c.omissions.s!) assert.ok(!c.facts.find((f) => f.id === id)!.articles.includes('s'));
  assert.equal(c.summary[0]?.article, 'w');
  assert.ok(c.summary.some((x) => x.text.startsWith('La obra costó') && x.support >= 2));
  assert.ok(c.timeline.some((t) => t.date === '2026-05-05' && t.evidence === 'este martes' && t.text.includes('puente')));
  assert.deepEqual(c.framing.find((f) => f.article === 'r' && f.actor === null)?.terms.map((t) => t.text), ['régimen municipal']);
});

test('loaded terms take the words that qualify them, not function words', () => {
  assert.deepEqual(findLoadedTerms('Apoyó a dictaduras comunistas o regímenes considerados socialistas en la región.').map((t) => t.text), ['dictaduras comunistas', 'regímenes considerados socialistas']);
  assert.deepEqual(findLoadedTerms('The regime said on Monday'), [{ text: 'regime', start: 4, end: 10, word: 'regime' }]);
});
