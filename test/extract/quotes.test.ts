// Quote extraction and cross-article quote grouping. Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupQuotes } from '../../src/compare/quoteGroups.ts';
import { wordDiff } from '../../src/compare/quotes/wordDiff.ts';
import { findQuoteMarks } from '../../src/extract/quotes/findQuoteMarks.ts';
import { findQuotes, type Quote } from '../../src/extract/quotes/findQuotes.ts';

const lang = 'es';

/** The first quote whose text contains a snippet. */
function quoteWith(quotes: readonly Quote[], snippet: string): Quote {
  const q = quotes.find((x) => x.kind !== 'indirect' && x.text.includes(snippet)) ?? quotes.find((x) => x.text.includes(snippet));
  assert.ok(q, `no quote contains «${snippet}»: ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

test('findQuoteMarks pairs «», “”, "" and ‘’, keeps nested quotes inside and joins continued paragraphs', () => {
  const text = 'Dijo «hay un “plan” en marcha» y luego "nada más".\n\n«Primera parte del discurso.\n\n«Y la segunda parte», añadió.';
  const marks = findQuoteMarks(text);
  assert.deepEqual(marks.map((m) => m.text), ['hay un “plan” en marcha', 'nada más', 'Primera parte del discurso.\n\nY la segunda parte']);
  assert.equal(text.slice(marks[0]!.start, marks[0]!.end), 'hay un “plan” en marcha');
  assert.throws(() => findQuoteMarks(3 as unknown as string), TypeError);
});

test('direct quote with an inverted designation resolves to the titled person and keeps the channel', () => {
  const text = 'La alcaldesa de Puerto Lirio, Carmen Ocampo Ruiz, inauguró el mercado.\n\n«Este mercado es de todos los vecinos», afirmó la alcaldesa a la agencia Noticias Delta.';
  const { quotes } = findQuotes(text, { lang });
  const q = quoteWith(quotes, 'Este mercado');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue, 'afirmó');
  assert.equal(q.speakerName, 'Carmen Ocampo Ruiz');
  assert.equal(q.via?.text, 'Noticias Delta');
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(text.slice(q.cueStart, q.cueEnd), 'afirmó');
});

test('partial quotes inside reported speech and after a framing gerund take the subject of the main verb', () => {
  const text = 'Tachándola de “una reforma a medias”, el diputado Ramiro Estévez aseguró que su grupo mantiene una «oposición firme y razonada».';
  const { quotes } = findQuotes(text, { lang });
  const a = quoteWith(quotes, 'una reforma a medias');
  const b = quoteWith(quotes, 'oposición firme y razonada');
  assert.equal(a.kind, 'partial');
  assert.equal(b.kind, 'partial');
  assert.equal(a.speakerName, 'Ramiro Estévez');
  assert.equal(b.speakerName, 'Ramiro Estévez');
  const ind = quotes.find((q) => q.kind === 'indirect');
  assert.ok(ind && ind.text.startsWith('que su grupo'));
  assert.equal(ind.cue, 'aseguró');
});

test('the speaker is the subject of the reporting verb, not a name inside the reported clause', () => {
  const text = 'El gobernador de Altamira, Félix Carmona, visitó el puerto. Sin dar más detalles, dijo que la jefa de policía, Nuria Benet, "tiene órdenes claras".';
  const { quotes } = findQuotes(text, { lang });
  const q = quoteWith(quotes, 'tiene órdenes claras');
  assert.equal(q.kind, 'partial');
  assert.equal(q.speakerName, 'Félix Carmona');
});

test('a designation with no earlier match resolves to a person introduced in the next sentence', () => {
  const text = 'El principal mediador del conflicto dijo que "no aceptaría ni rechazaría" la propuesta. La oposición criticó las palabras del viceministro de Cultura, Iván Petrescu, por ambiguas.';
  const { quotes } = findQuotes(text, { lang });
  assert.equal(quoteWith(quotes, 'no aceptaría').speakerName, 'Iván Petrescu');
});

test('a quote paragraph without a cue takes the speaker of the previous paragraph; apposition after the name', () => {
  const text = 'Paula Medrano, portavoz de la Federación Agraria, dijo que la cosecha será buena.\n\n"Tenemos agua suficiente para todo el verano y más"';
  const { quotes } = findQuotes(text, { lang });
  const q = quoteWith(quotes, 'Tenemos agua');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue, null);
  assert.equal(q.speakerName, 'Paula Medrano');
});

test('claims attributed to media: según, de acuerdo con, and outlets as subjects', () => {
  const text = 'Según el diario La Voz del Valle, la fábrica cerrará en abril. De acuerdo con la revista Campo Abierto, el precio del trigo bajará. Los diarios El Eco y La Razón Austral aseguraron, citando a fuentes oficiales, que el ministro dimitirá pronto.';
  const { claims } = findQuotes(text, { lang });
  assert.deepEqual(claims.map((c) => c.source.text), ['La Voz del Valle', 'Campo Abierto', 'El Eco y La Razón Austral']);
  assert.ok(claims[0]!.text.startsWith('la fábrica cerrará'));
});

test('English: direct quote with pronoun speaker, bare indirect clause and according to', () => {
  const text = 'Senator Alma Whitfield spoke on Monday. “We will not back down,” she said.\n\nWhitfield said the vote would happen next week. The bill has stalled, according to the Harbor Ledger.';
  const { quotes, claims } = findQuotes(text, { lang: 'en' });
  const d = quoteWith(quotes, 'We will not back down');
  assert.equal(d.kind, 'direct');
  assert.equal(d.speaker?.text, 'she');
  assert.equal(d.speakerName, 'Alma Whitfield');
  const i = quoteWith(quotes, 'the vote would happen');
  assert.equal(i.kind, 'indirect');
  assert.equal(i.speakerName, 'Alma Whitfield');
  assert.equal(claims[0]?.source.text, 'the Harbor Ledger');
});

test('findQuotes rejects bad input and is deterministic', () => {
  assert.throws(() => findQuotes(null as unknown as string, { lang }), TypeError);
  assert.throws(() => findQuotes('x', {} as { lang: string }), TypeError);
  const text = '«Nada cambia», dijo Ana Lobo.';
  assert.deepEqual(findQuotes(text, { lang }), findQuotes(text, { lang }));
});

test('groupQuotes links renderings, picks the agency original, grades exact, partial and altered with a diff', () => {
  const q = (text: string, kind: Quote['kind'], speakerName: string): Quote => ({ text, start: 0, end: text.length, kind, cue: 'dijo', speaker: null, speakerName, via: null });
  const original = 'Sin duda el acuerdo con los pescadores es histórico, porque protege el empleo de toda la costa';
  const groups = groupQuotes([
    { article: 'a', published: '2024-03-02', agency: null, quotes: [q('El acuerdo con los pescadores es excelente, porque protege el empleo de toda la costa', 'direct', 'Ana Lobo')] },
    { article: 'b', published: '2024-03-02', agency: 'Agencia Delta', quotes: [q(original, 'direct', 'Ana Lobo')] },
    { article: 'c', published: '2024-03-01', agency: null, quotes: [q('protege el empleo de toda la costa', 'partial', 'Ana Lobo'), q('otra cosa distinta', 'partial', 'Ana Lobo')] },
  ]);
  const g = groups.find((x) => x.variants.length === 3);
  assert.ok(g);
  assert.equal(g.speaker, 'Ana Lobo');
  const by = new Map(g.variants.map((v) => [v.article, v]));
  assert.equal(by.get('b')!.original, true);
  assert.equal(by.get('b')!.fidelity, 'exact');
  assert.equal(by.get('c')!.fidelity, 'partial');
  assert.equal(by.get('a')!.fidelity, 'altered');
  assert.ok(by.get('a')!.diff!.some((d) => d.op === 'ins' && d.text === 'excelente'));
  assert.equal(groups.length, 2);
  assert.throws(() => groupQuotes('x' as unknown as []), TypeError);
});

test('wordDiff marks kept, deleted and inserted words', () => {
  assert.deepEqual(wordDiff('la casa es roja', 'la casa era roja'), [
    { op: 'same', text: 'la casa' },
    { op: 'del', text: 'es' },
    { op: 'ins', text: 'era' },
    { op: 'same', text: 'roja' },
  ]);
});

test('English: a quotation continuing the previous sentence’s quotation is the same statement', () => {
  const text = 'The council met on Tuesday. “The bridge will open in May,” said Nora Castell. “We are ahead of schedule and under budget.”';
  const { quotes } = findQuotes(text, { lang: 'en' });
  const a = quoteWith(quotes, 'The bridge will open');
  const b = quoteWith(quotes, 'ahead of schedule');
  assert.equal(b.kind, 'direct');
  assert.equal(b.cueStart, a.cueStart);
  assert.equal(b.speakerName, 'Nora Castell');
});

test('English: inverted subjects after the cue, and a subject before “told” rather than its listener', () => {
  const text = 'Dario Ortega runs the depot. “We need more buses on the river line,” Ortega told the Valley Courier. “It was a long night for everyone,” wrote one volunteer. “Nobody expected this,” said county Judge Maren Holt (I-Wells).';
  const { quotes } = findQuotes(text, { lang: 'en' });
  const a = quoteWith(quotes, 'more buses');
  assert.equal(a.speaker?.text, 'Ortega');
  assert.equal(a.speakerName, 'Dario Ortega');
  const b = quoteWith(quotes, 'a long night');
  assert.equal(b.speaker?.text, 'one volunteer');
  assert.equal(b.speakerName, undefined);
  assert.match(quoteWith(quotes, 'Nobody expected').speaker?.text ?? '', /Maren Holt/);
});

test('English: a colon introduces the quotation of the name before it, also across a paragraph break', () => {
  const text = 'Two candidates answered the question. Tomas Lindqvist: “The count is final and it is fair.”\n\nIrene Vance, the mayor, stated:\n\n“Repairs on the north road start Monday.”';
  const { quotes } = findQuotes(text, { lang: 'en' });
  assert.equal(quoteWith(quotes, 'The count is final').speakerName, 'Tomas Lindqvist');
  const q = quoteWith(quotes, 'Repairs on the north road');
  assert.equal(q.speakerName, 'Irene Vance');
  assert.equal(q.cue, 'stated');
});

test('outlets named after a media noun are sources whatever type the NER gave them', () => {
  const text = 'Los periódicos La Gaceta Sur y El Faro Diario aseguraron, citando a fuentes del puerto, que la terminal cerrará en invierno.';
  const at = (s: string, type: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length, type });
  const { claims } = findQuotes(text, { lang, entities: [at('La Gaceta Sur', 'LOC'), at('El Faro Diario', 'MISC')] });
  assert.equal(claims[0]?.source.text, 'La Gaceta Sur y El Faro Diario');
  assert.ok(claims[0]!.text.includes('la terminal cerrará'));
});
