import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAgency } from '../../src/clean/metadata/findAgency.ts';
import { parseDate } from '../../src/clean/metadata/parseDate.ts';
import { readTextMetadata } from '../../src/clean/metadata/readTextMetadata.ts';
import { stripMetadataTokens } from '../../src/clean/metadata/stripMetadataTokens.ts';

// An invented scraped page: render date in the header chrome, headline, agency byline, date line,
// wire dateline, a related block whose items carry later dates, and an outlet footer.
const PAGE = [
  '• Portada',
  'martes, 3 marzo 2026',
  'Gaceta del Sur',
  '• Portada',
  'Gaceta del Sur',
  '',
  'Sevilla abre su primera línea de tranvía nocturno tras tres años de obras',
  '',
  'por Europa Press',
  '12/05/2025',
  'Compartir',
  '',
  'Sevilla, 11 may (EUROPA PRESS) - El Ayuntamiento de Sevilla inauguró este domingo la primera línea de tranvía nocturno de la ciudad, que unirá el centro con los barrios del sur hasta las tres de la madrugada.',
  'La concejala de Movilidad dijo a la agencia Reuters que el servicio costará lo mismo que el diurno y que se revisará en otoño.',
  'Lea también',
  'Cádiz estrena carril bici en el paseo marítimo',
  '02/03/2026',
  'Gracias por leer Gaceta del Sur. Suscríbete para seguir informado.',
];
const KEEP = PAGE.map((_, i) => i === 12 || i === 13);

test('header metadata is read with evidence, and the render date and linked-article dates are not the publication date', () => {
  const m = readTextMetadata({ lines: PAGE, keep: KEEP, dayFirst: true });
  assert.equal(m.title?.value, 'Sevilla abre su primera línea de tranvía nocturno tras tres años de obras');
  assert.equal(m.published.value, '2025-05-12');
  assert.equal(m.published.inferred, false);
  assert.match(m.published.evidence ?? '', /12\/05\/2025/);
  assert.deepEqual(
    { place: m.dateline?.place, date: m.dateline?.date, agency: m.dateline?.agency },
    { place: 'Sevilla', date: '2025-05-11', agency: 'Europa Press' },
  );
  assert.equal(m.agency?.value, 'Europa Press');
  assert.equal(m.outlet?.value, 'Gaceta del Sur');
  assert.match(m.outlet?.evidence ?? '', /Gracias por leer/);
  assert.equal(m.consumed.get(6), 'title');
  assert.equal(m.consumed.get(8), 'byline');
});

test('no date in the header means an unknown date, never a guess from the chrome', () => {
  const lines = PAGE.filter((_, i) => i !== 9);
  const keep = lines.map((l) => l.startsWith('Sevilla, 11') || l.startsWith('La concejala'));
  const m = readTextMetadata({ lines, keep, dayFirst: true });
  assert.equal(m.published.value, null);
  assert.equal(m.dateline?.date, null, 'a dateline without a year cannot be dated without a publication date');
});

test('an agency named inside the body is not the article agency', () => {
  const lines = ['La concejala dijo a la agencia Reuters que el servicio costará lo mismo que el diurno y que se revisará en otoño, cuando haya datos.'];
  const m = readTextMetadata({ lines, keep: [true], dayFirst: true });
  assert.equal(m.agency, null);
  assert.equal(m.title, null);
});

test('a closing "(Outlet)" line names the outlet; "(EFE)" names the agency', () => {
  const body = 'El consejo aprobó el presupuesto municipal con los votos de todos los grupos y la abstención de la oposición, tras una sesión de cinco horas.';
  const a = readTextMetadata({ lines: [body, '(Radio Meseta)'], keep: [true, false], dayFirst: true });
  assert.equal(a.outlet?.value, 'Radio Meseta');
  const b = readTextMetadata({ lines: [body, '(EFE)'], keep: [true, false], dayFirst: true });
  assert.equal(b.outlet, null);
  assert.equal(b.agency?.value, 'EFE');
});

test('leading metadata tokens are stripped; body words that look like keys are not', () => {
  assert.deepEqual(stripMetadataTokens(' date 2025-11-04 El pleno votó.'), {
    text: 'El pleno votó.',
    tokens: [{ key: 'date', value: '2025-11-04', raw: 'date 2025-11-04' }],
  });
  assert.equal(stripMetadataTokens('date night plans were cancelled').tokens.length, 0);
});

test('dates: day-first and month-first numeric, written months, invalid dates refused', () => {
  assert.equal(parseDate('04/11/2025', true)?.iso, '2025-11-04');
  assert.equal(parseDate('04/11/2025', false)?.iso, '2025-04-11');
  assert.equal(parseDate('25/12/2024', false)?.iso, '2024-12-25', 'a first number over 12 is a day');
  assert.equal(parseDate('domingo, 1 febrero 2026', true)?.iso, '2026-02-01');
  assert.equal(parseDate('4 de noviembre de 2025', true)?.iso, '2025-11-04');
  assert.equal(parseDate('November 4, 2025', false)?.iso, '2025-11-04');
  assert.equal(parseDate('31/02/2025', true), null);
});

test('agencies are found by their written forms, short forms only as whole words', () => {
  assert.equal(findAgency('por Agencia EFE'), 'EFE');
  assert.equal(findAgency('By The Associated Press'), 'AP');
  assert.equal(findAgency('Apple'), null);
  assert.equal(findAgency('Map of the area'), null);
});
