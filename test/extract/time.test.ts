import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes, type TimeExpr } from '../../src/extract/time/findTimes.ts';

// Tuesday 4 November 2025 (ISO week 45).
const DCT = '2025-11-04';

/** The expressions found, as `text → value` pairs. */
function pairs(text: string, dct: string | null, lang = 'es'): [string, string | null][] {
  return findTimes(text, { dct, lang }).map((t) => [t.text, t.value]);
}

function one(text: string, dct: string | null, lang = 'es'): TimeExpr {
  const found = findTimes(text, { dct, lang });
  assert.equal(found.length, 1, `one expression in «${text}», got ${JSON.stringify(found)}`);
  return found[0]!;
}

test('past bias: weekdays and months point back unless told forward', () => {
  assert.deepEqual(pairs('La alcaldesa inauguró este lunes el puente nuevo.', DCT), [['este lunes', '2025-11-03']]);
  // the same weekday as the DCT is the DCT itself
  assert.deepEqual(pairs('El consejo se reunió este martes por la tarde.', DCT), [['este martes', '2025-11-04'], ['la tarde', '2025-11-04TAF']]);
  assert.deepEqual(pairs('La obra se presentará el próximo lunes.', DCT), [['el próximo lunes', '2025-11-10']]);
  assert.deepEqual(pairs('El equipo jugará el viernes en casa.', DCT), [['el viernes', '2025-11-07']]);
  assert.deepEqual(pairs('Las lluvias empezaron en mayo y siguieron el pasado junio.', DCT), [['en mayo', '2025-05'], ['el pasado junio', '2025-06']]);
  assert.deepEqual(pairs('El acuerdo se firmó en marzo pasado.', DCT), [['en marzo pasado', '2025-03']]);
  assert.deepEqual(pairs('Se votará en mayo del año que viene, o el próximo mayo.', DCT).at(-1), ['el próximo mayo', '2026-05']);
  assert.deepEqual(pairs('The mayor spoke last Tuesday and again on Monday.', DCT, 'en'), [['last Tuesday', '2025-10-28'], ['Monday', '2025-11-03']]);
});

test('deictic days, weeks, months and years', () => {
  assert.deepEqual(pairs('Ayer llovió, anteayer no, y mañana quizá.', DCT), [['Ayer', '2025-11-03'], ['anteayer', '2025-11-02'], ['mañana', '2025-11-05']]);
  assert.deepEqual(pairs('Lo dijo el mes pasado y lo repitió este año.', DCT), [['el mes pasado', '2025-10'], ['este año', '2025']]);
  assert.deepEqual(pairs('Hace dos semanas nadie lo esperaba.', DCT), [['Hace dos semanas', '2025-W43']]);
  assert.deepEqual(pairs('The plan was dropped two years ago.', DCT, 'en'), [['two years ago', '2023']]);
});

test('ISO week numbers', () => {
  assert.deepEqual(pairs('Esta semana hubo dos huelgas; la semana pasada, ninguna.', DCT), [['Esta semana', '2025-W45'], ['la semana pasada', '2025-W44']]);
  assert.deepEqual(pairs('Prices rose this week.', DCT, 'en'), [['this week', '2025-W45']]);
  // 1 January 2027 is a Friday: it belongs to week 53 of 2026
  assert.equal(one('Esta semana cerró el mercado.', '2027-01-01').value, '2026-W53');
});

test('explicit dates resolve without a DCT; relative ones get null', () => {
  assert.deepEqual(pairs('Este miércoles, como en 1945, el puerto cerró.', null), [['Este miércoles', null], ['en 1945', '1945']]);
  assert.deepEqual(pairs('El decreto del 4 de noviembre de 2025 entra en vigor ayer.', null), [['del 4 de noviembre de 2025', '2025-11-04'], ['ayer', null]]);
  assert.equal(one('Lo aprobaron en el 2018.', null).value, '2018');
  assert.equal(one('Last Friday the port closed.', null, 'en').value, null);
});

test('calendar dates in news formats', () => {
  assert.equal(one('Publicado el 04/11/2025 por la redacción.', null).value, '2025-11-04');
  assert.deepEqual(pairs('Valparaíso, 3 nov (Agencia).- El pleno votó.', DCT), [['3 nov', '2025-11-03']]);
  assert.deepEqual(pairs('El plazo vence a finales de mayo.', DCT), [['finales de mayo', '2025-05']]);
  assert.deepEqual(pairs('The bill passed on March 13.', DCT, 'en'), [['March 13', '2025-03-13']]);
  // "may" the verb is not a month
  assert.deepEqual(pairs('It may rain in May.', DCT, 'en'), [['in May', '2025-05']]);
});

test('clock times anchor on the DCT', () => {
  assert.deepEqual(pairs('La sesión empezó a las 10.30 horas.', DCT), [['las 10.30 horas', '2025-11-04T10:30']]);
  assert.deepEqual(pairs('Ayer a las 9:15 sonó la alarma.', DCT), [['Ayer', '2025-11-03'], ['las 9:15', '2025-11-03T09:15']]);
});

test('durations', () => {
  assert.deepEqual(pairs('Vivió allí durante diez años.', DCT), [['diez años', 'P10Y']]);
  assert.deepEqual(pairs('La reunión duró dos horas y 30 minutos.', DCT), [['dos horas y 30 minutos', 'PT2H30M']]);
  assert.deepEqual(pairs('Lleva meses sin cobrar.', DCT), [['meses', 'PXM']]);
  assert.deepEqual(pairs('She worked there for two years.', DCT, 'en'), [['two years', 'P2Y']]);
  // ages are not annotated in English
  assert.deepEqual(pairs('A 40-year-old man was 52 years old.', DCT, 'en'), []);
});

test('sets: frequencies and repeated weekdays', () => {
  assert.deepEqual(pairs('La comisión se reúne cada seis meses.', DCT), [['cada seis meses', 'P6M']]);
  assert.deepEqual(pairs('El mercado abre los sábados; el informe es anual.', DCT), [['los sábados', 'XXXX-WXX-6'], ['anual', 'P1Y']]);
  assert.deepEqual(pairs('Inspectors visit every week.', DCT, 'en'), [['every week', 'P1W']]);
});

test('offsets are UTF-16, in order and non-overlapping; spans follow the chosen convention', () => {
  const text = '🗞️ «Balance»: en 2024 creció; ayer, jueves, y hoy.';
  const found = findTimes(text, { dct: '2025-11-07', lang: 'es' });
  assert.deepEqual(found.map((t) => t.text), ['en 2024', 'ayer, jueves', 'hoy']);
  let last = 0;
  for (const t of found) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last);
    last = t.end;
  }
  const timeml = findTimes(text, { dct: '2025-11-07', lang: 'es', spans: 'timeml' });
  assert.equal(timeml[0]!.text, '2024');
  assert.equal(timeml[0]!.start, text.indexOf('2024'));
});

test('another language code tries both grammars', () => {
  assert.deepEqual(pairs('Sessió d’ahir: yesterday and 2019.', DCT, 'ca'), [['yesterday', '2025-11-03'], ['2019', '2019']]);
});

test('misuse throws a precise TypeError', () => {
  assert.throws(() => findTimes(undefined as unknown as string, { dct: null, lang: 'es' }), /Expected a string/);
  assert.throws(() => findTimes('hoy', { dct: '4/11/2025', lang: 'es' }), /Expected options.dct/);
  assert.throws(() => findTimes('hoy', null as unknown as { dct: null; lang: string }), /Expected an options object/);
});
