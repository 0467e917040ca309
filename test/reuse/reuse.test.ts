import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint } from '../../src/fingerprint/fingerprint.ts';
import { resolveFingerprintOptions } from '../../src/fingerprint/FingerprintOptions.ts';
import { normalizeTokens } from '../../src/fingerprint/normalizeTokens.ts';
import { alignPassages } from '../../src/reuse/alignPassages.ts';
import { comparePair, type PairSide } from '../../src/reuse/comparePair.ts';
import { MemoryLshIndex } from '../../src/reuse/MemoryLshIndex.ts';
import type { Article } from '../../src/types/index.ts';

// Invented texts: a wire, a near-verbatim reprint, a reworded rewrite, an article sharing two sentences, an unrelated one.
const WIRE = [
  'Quito, 6 abr (EFE).- El Gobierno de Ecuador anunció este lunes la construcción de un puente de cuatro kilómetros sobre el río Guayas, una obra que costará 450 millones de dólares y que estará lista en 2028.',
  'La ministra de Transporte, Lucía Benalcázar, explicó que el puente unirá Guayaquil con la isla Santay y que tendrá un carril exclusivo para autobuses eléctricos.',
  '«Es la obra más importante de la costa en medio siglo», afirmó Benalcázar durante una rueda de prensa en el palacio de Carondelet.',
  'Las obras comenzarán en septiembre y darán empleo directo a unas tres mil personas, según el ministerio.',
  'Los vecinos de la isla Santay pidieron en marzo que el proyecto incluya un estudio de impacto sobre los manglares de la zona.',
].join('\n\n');
const REPRINT = `${WIRE.replace('la construcción de un puente', 'la construcción de un nuevo puente')}\n\nSíganos en nuestras redes sociales para más noticias de la región.`;
const REWRITE = [
  'Ecuador levantará un puente de cuatro kilómetros sobre el Guayas que costará 450 millones de dólares y se terminará en 2028, anunció el lunes el Gobierno.',
  'Según la ministra de Transporte Lucía Benalcázar, la estructura conectará Guayaquil con la isla Santay e incluirá un carril reservado a autobuses eléctricos.',
  'Benalcázar la describió como la obra más importante de la costa ecuatoriana en cincuenta años.',
  'Los trabajos empezarán en septiembre y generarán unos tres mil empleos directos.',
].join('\n\n');
const SHARES = [
  'La oposición ecuatoriana criticó el endeudamiento del Gobierno y pidió explicaciones sobre la financiación de las grandes obras públicas previstas para los próximos años.',
  'Las obras comenzarán en septiembre y darán empleo directo a unas tres mil personas, según el ministerio.',
  'El bloque opositor presentará una moción en la Asamblea Nacional la semana que viene para revisar los contratos firmados por el Ejecutivo.',
  'Los vecinos de la isla Santay pidieron en marzo que el proyecto incluya un estudio de impacto sobre los manglares de la zona.',
].join('\n\n');
const UNRELATED =
  'El club de fútbol de la ciudad presentó a su nuevo entrenador, que firmó un contrato de dos temporadas y prometió un equipo ofensivo.\n\nEl presidente de la entidad confía en volver a la primera división antes de 2027.';

const O = resolveFingerprintOptions();
function side(id: string, text: string, over: Partial<Article> = {}): PairSide {
  return {
    article: { id, text, published: { value: null, evidence: null, inferred: false }, agency: null, dateline: null, ...over },
    tokens: normalizeTokens(text),
    shingles: fingerprint(text, O).shingles,
  };
}

test('tokens are lower-cased, accent-folded, with offsets and sentence starts', () => {
  const t = normalizeTokens('Quito, 6 abr.- El Gobierno de EE.UU. habló. Después, calló.\n\nOtro párrafo');
  assert.deepEqual(t.words.slice(0, 4), ['quito', '6', 'abr', 'el']);
  assert.ok(t.words.includes('despues'));
  const k = t.words.indexOf('despues');
  assert.equal('Quito, 6 abr.- El Gobierno de EE.UU. habló. Después, calló.\n\nOtro párrafo'.slice(t.starts[k], t.ends[k]), 'Después');
  assert.equal(t.sentenceStarts.includes(t.words.indexOf('uu') + 1), false, '"EE.UU." does not end a sentence before a lower-case word');
  assert.ok(t.sentenceStarts.includes(k), 'a period before a capital ends a sentence');
  assert.ok(t.sentenceStarts.includes(t.words.indexOf('otro')), 'a paragraph break ends a sentence');
});

test('fingerprints are deterministic, seeded, and refuse bad options', () => {
  const a = fingerprint(WIRE, O), b = fingerprint(WIRE, O);
  assert.deepEqual(a, b);
  const c = fingerprint(WIRE, resolveFingerprintOptions({ seed: 2 }));
  assert.notDeepEqual(a.minhash, c.minhash);
  assert.notEqual(a.tag, c.tag);
  assert.throws(() => resolveFingerprintOptions({ permutations: 63, rows: 2 }), /multiple of `rows`/);
  assert.ok(a.keys.length > 32, 'article bands plus sentence bands');
});

test('the LSH index finds a reprint, a rewrite and a text sharing sentences, not an unrelated one', () => {
  const idx = new MemoryLshIndex(16);
  [REPRINT, REWRITE, SHARES, UNRELATED].forEach((t, i) => idx.add(i, fingerprint(t, O).keys));
  const hits = idx.query(fingerprint(WIRE, O).keys);
  assert.ok((hits.get(0) ?? 0) > 20, 'the reprint shares most keys');
  assert.ok(hits.has(1), 'the rewrite is a candidate');
  assert.ok(hits.has(2), 'the sentence-sharing text is a candidate');
  assert.equal(hits.has(3), false);
  assert.equal(idx.size(), 4);
});

test('alignment finds near-verbatim passages with a moved word', () => {
  const a = 'Ambos gobiernos firmaron en mayo pasado un acuerdo de cooperación portuaria durante una visita oficial a Lima.';
  const b = 'Además, ambos gobiernos firmaron el pasado mayo un acuerdo de cooperación portuaria durante una visita oficial a Lima.';
  const ps = alignPassages(normalizeTokens(a), normalizeTokens(b));
  assert.equal(ps.length, 1);
  assert.match(a.slice(...ps[0]!.a), /^Ambos gobiernos firmaron en mayo pasado un acuerdo .* a Lima$/);
  assert.match(b.slice(...ps[0]!.b), /ambos gobiernos firmaron el pasado mayo un acuerdo/);
  assert.ok(ps[0]!.similarity > 0.8 && ps[0]!.similarity < 1);
});

test('pairs are classified, and the source is named with its evidence', () => {
  const wire = side('w', WIRE, { agency: { value: 'EFE', evidence: "dateline 'Quito, 6 abr (EFE).-'" }, published: { value: '2026-04-06', evidence: null, inferred: false } });
  const copy = comparePair(side('r', REPRINT, { published: { value: '2026-04-07', evidence: null, inferred: false } }), wire);
  assert.equal(copy?.relation, 'wire_copy');
  assert.equal(copy?.source, 'w');
  assert.equal(copy?.a, 'w', 'the source comes first');
  assert.ok(copy!.sourceEvidence.some((e) => e.startsWith('agency EFE')));
  assert.ok(copy!.sourceEvidence.some((e) => e.startsWith('earlier date')));
  assert.ok(copy!.added.some((s) => s.text.startsWith('Síganos')), 'the reprint adds its promo line');

  const rw = comparePair(wire, side('x', REWRITE));
  assert.equal(rw?.relation, 'rewrite');
  assert.equal(rw?.source, 'w');
  assert.ok(rw!.dropped.some((s) => s.text.includes('manglares')), 'the rewrite drops the last paragraph');

  const sh = comparePair(wire, side('s', SHARES));
  assert.equal(sh?.relation, 'shared_passages');
  assert.equal(sh?.passages.length, 2);

  assert.equal(comparePair(wire, side('u', UNRELATED)), null);
  const dup = comparePair(wire, side('d', `${WIRE}\n`));
  assert.equal(dup?.relation, 'duplicate');
});
