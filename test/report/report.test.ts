import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareStory } from '../../src/compare/compareStory.ts';
import { escapeHtml } from '../../src/report/escapeHtml.ts';
import { renderReport } from '../../src/report/renderReport.ts';
import type { AnalysisDoc } from '../../src/types/index.ts';

const HOSTILE = 'El concejal dijo <script>window.__xss=1</script> que la obra costó "doce" millones" onmouseover="alert(1) y <img src=x onerror=alert(2)> mucho más de lo previsto en el presupuesto municipal.';

test('escapeHtml escapes every character that can break out of text or a quoted attribute', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>\`&`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&#96;&amp;');
  assert.equal(escapeHtml(null), '');
});

test('the report is self-contained and escapes hostile article text', () => {
  const articles = ['a', 'b'].map((id) => ({
    id, source: `${id}.txt`, inputId: null, outlet: `<b>Outlet ${id}</b>`, title: `Título "${id}" <i>`, language: 'es',
    published: { value: '2026-05-05', evidence: null, inferred: false }, dateline: null, agency: null, text: HOSTILE, removed: [],
    entities: [], quotes: [{ text: '<script>alert(3)</script>', start: 0, end: 5, kind: 'direct', speaker: null, speakerText: null, speakerName: null, cue: 'dijo', via: null, viaText: null }],
    times: [{ text: 'hoy', start: 0, end: 3, type: 'DATE', value: '2026-05-05' }], claims: [], event: 'e1', story: 's1', dct: '2026-05-05',
  }));
  const base = { articles, reuse: [{ a: 'a', b: 'b', relation: 'duplicate', source: 'a', sourceEvidence: ['<em>x</em>'], containment: { aInB: 1, bInA: 1 }, coverage: { a: 1, b: 1 }, passages: [{ a: [0, 40], b: [0, 40], similarity: 1 }], sentences: [], added: [], dropped: [] }], entities: [] } as unknown as AnalysisDoc;
  const c = compareStory(base, ['a', 'b']);
  const doc = {
    ...base, version: '1', events: [], diagnostics: [],
    quoteGroups: [{ speaker: null, speakerName: '<u>Nadie</u>', variants: [{ article: 'a', quote: 0, fidelity: 'exact', original: true }, { article: 'b', quote: 0, fidelity: 'altered', original: false, diff: [{ op: 'del', text: '<s>' }] }] }],
    stories: [{ id: 's1', label: '<h1>Obra</h1>', events: ['e1'], articles: ['a', 'b'], dateRange: ['2026-05-05', '2026-05-05'], ...c }],
  } as unknown as AnalysisDoc;
  const html = renderReport(doc);
  assert.ok(!/<script/i.test(html), 'no script element, from the page or from the text');
  assert.ok(!/<img/i.test(html) && !/<b>Outlet/.test(html) && !/<h1>Obra/.test(html) && !/<u>Nadie/.test(html));
  assert.ok(!/ onmouseover="/.test(html) && !/ onerror=/.test(html.replace(/&lt;img src=x onerror=alert\(2\)&gt;/g, '')), 'no live event handler attribute');
  assert.match(html, /&lt;script&gt;window\.__xss=1&lt;\/script&gt;/);
  assert.match(html, /Content-Security-Policy/);
  assert.ok(!/https?:\/\//.test(html), 'no network resource');
  for (const part of ['Timeline', 'Provenance', 'Coverage', 'Quotes', 'Framing', 'Shared passages']) assert.match(html, new RegExp(`<h3>${part}</h3>`));
});
