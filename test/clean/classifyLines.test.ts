import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLines, vetoReason } from '../../src/clean/boilerplate/classifyLines.ts';
import { pageFeatures } from '../../src/clean/boilerplate/features.ts';

// Invented pages, written for these tests: menus, share bars, related blocks with dates, tags,
// a log-in widget, a caption, an in-body promo, footers, and body text (also after a related block).

const ES_PAGE = [
  '  • Portada',
  '  • Nacional',
  '  • Internacional',
  '  • Economía',
  '  • Deportes',
  'No Resultados',
  'Ver todos los resultados',
  '',
  'El puerto de Valdemora reabre tras tres semanas de huelga',
  '',
  'por Redacción',
  '12/03/2024',
  'Compartir en FacebookCompartir en Twitter',
  'Foto: Estibadores en el muelle norte de Valdemora. AGENCIA/ Marta Ruiz',
  '',
  'Valdemora, 11 mar.- El puerto de Valdemora volvió a operar este lunes después de que el sindicato de estibadores y la autoridad portuaria firmaran un acuerdo que pone fin a tres semanas de huelga, según informaron ambas partes en un comunicado conjunto.',
  '',
  'El acuerdo incluye una subida salarial del cuatro por ciento para este año y la contratación de ochenta trabajadores fijos, una de las principales demandas de los huelguistas, que denunciaban jornadas de doce horas.',
  '',
  'Lea también: Los exportadores de fruta calculan sus pérdidas por el cierre del puerto',
  '',
  '«Hemos recuperado la normalidad, pero las colas de camiones tardarán días en desaparecer», explicó el presidente de la autoridad portuaria, que pidió paciencia a los transportistas.',
  '',
  'Las navieras habían desviado durante la huelga más de cuarenta buques hacia otros puertos del litoral, con un coste que las asociaciones empresariales estiman en varios millones de euros.',
  '',
  'Lea también',
  '',
  'El Gobierno regional aprueba un plan de ayudas para el sector pesquero',
  '',
  '10/03/2024',
  'Nueva línea de tren entre la costa y la capital a partir de junio',
  '',
  '09/03/2024',
  'Los hoteles de la provincia rozan la ocupación completa en Semana Santa',
  '',
  '08/03/2024',
  '',
  'La autoridad portuaria prevé que el tráfico de contenedores recupere a finales de mes los niveles previos al conflicto, aunque advirtió de que algunas rutas seguirán con retrasos durante las próximas semanas.',
  '',
  'Etiquetas: huelgapuertoValdemora',
  'Publicidad',
  'Suscríbete a nuestro boletín y recibe las noticias cada mañana',
  '© 2024 Diario del Litoral. Todos los derechos reservados.',
  'Iniciar sesión',
  '¿Olvidaste tu contraseña?',
  '  • Portada',
  '  • Nacional',
  '  • Internacional',
  '  • Economía',
  '  • Deportes',
];

const EN_PAGE = [
  'Skip to main content',
  'Home',
  'News',
  'Sport',
  'Business',
  'Culture',
  'Search',
  'Harbour town votes to keep its old lighthouse',
  'By Staff Reporter',
  'March 4, 2024',
  'Share on Facebook',
  'Share on Twitter',
  'The council of Eastmere voted on Tuesday to keep the town\'s nineteenth-century lighthouse standing, ending a two-year dispute over whether the crumbling tower should be replaced by an automatic beacon on the pier.',
  'Councillors backed the restoration plan by nine votes to four, after residents collected more than three thousand signatures and volunteers offered to run guided tours during the summer months.',
  'Photo: The lighthouse at dusk. Jane Doe/Getty Images',
  'Read more: Coastal towns struggle to pay for sea defences',
  '"We were told it was too expensive to save, but the town found a way," said the chair of the preservation group, who has lived within sight of the tower for forty years.',
  'Work on the stonework is expected to start in the autumn and to take about eighteen months, according to the council\'s estimates, which put the total cost at a little under two million pounds.',
  'Advertisement',
  'Related',
  'Fishing fleet returns after record season',
  'New ferry route to the islands announced',
  'Pier repairs delayed again',
  'Tags: lighthouse, Eastmere, heritage',
  'Sign up for our newsletter',
  'Log in',
  'Forgot your password?',
  '© 2024 Eastmere Gazette. All rights reserved.',
  'Privacy Policy',
  'Home',
  'News',
  'Sport',
  'Business',
  'Culture',
];

const keptText = (lines: readonly string[]): string => {
  const v = classifyLines(lines);
  return lines.filter((_, i) => v[i]!.keep).join('\n');
};
const verdictOf = (lines: readonly string[], startsWith: string) => {
  const v = classifyLines(lines);
  const i = lines.findIndex((l) => l.startsWith(startsWith));
  assert.ok(i >= 0, `fixture has a line starting with ${startsWith}`);
  return v[i]!;
};

test('classifyLines returns one verdict per line, blank lines dropped without a reason', () => {
  const v = classifyLines(ES_PAGE);
  assert.equal(v.length, ES_PAGE.length);
  ES_PAGE.forEach((l, i) => {
    const r = v[i]!;
    assert.ok(r.score >= 0 && r.score <= 1);
    if (l.trim() === '') assert.deepEqual(r, { keep: false, reason: null, score: 0 });
    if (r.keep) assert.equal(r.reason, null);
    else if (l.trim() !== '') assert.notEqual(r.reason, null);
  });
  assert.deepEqual(classifyLines([]), []);
  assert.deepEqual(classifyLines(['', '   ']), [{ keep: false, reason: null, score: 0 }, { keep: false, reason: null, score: 0 }]);
});

test('Spanish page: body kept, including the paragraph after the related block', () => {
  const text = keptText(ES_PAGE);
  assert.match(text, /volvió a operar este lunes/);
  assert.match(text, /subida salarial del cuatro por ciento/);
  assert.match(text, /Hemos recuperado la normalidad/);
  assert.match(text, /desviado durante la huelga/);
  assert.match(text, /recupere a finales de mes/, 'body resumes after the related-links block');
});

test('Spanish page: chrome dropped with the right reasons', () => {
  const text = keptText(ES_PAGE);
  for (const s of ['Portada', 'No Resultados', 'Compartir en Facebook', 'Lea también', 'plan de ayudas', 'Nueva línea de tren',
    'Etiquetas', 'Publicidad', 'Suscríbete', 'derechos reservados', 'contraseña', 'AGENCIA/', '12/03/2024']) {
    assert.ok(!text.includes(s), `dropped: ${s}`);
  }
  assert.equal(verdictOf(ES_PAGE, 'Compartir en').reason, 'share');
  assert.equal(verdictOf(ES_PAGE, 'Lea también: ').reason, 'promo');
  assert.equal(verdictOf(ES_PAGE, 'Etiquetas').reason, 'tags');
  assert.equal(verdictOf(ES_PAGE, 'Publicidad').reason, 'advertising');
  assert.equal(verdictOf(ES_PAGE, 'Suscríbete').reason, 'call-to-action');
  assert.equal(verdictOf(ES_PAGE, '©').reason, 'footer');
  assert.equal(verdictOf(ES_PAGE, '¿Olvidaste').reason, 'login');
  assert.equal(verdictOf(ES_PAGE, '12/03/2024').reason, 'date-only');
  assert.equal(verdictOf(ES_PAGE, 'Foto:').reason, 'caption');
  assert.equal(verdictOf(ES_PAGE, 'El Gobierno regional').reason, 'related-links');
  assert.ok(['navigation', 'repeated'].includes(verdictOf(ES_PAGE, '  • Economía').reason ?? ''));
});

test('English page: body kept, chrome dropped', () => {
  const text = keptText(EN_PAGE);
  assert.match(text, /voted on Tuesday to keep/);
  assert.match(text, /nine votes to four/);
  assert.match(text, /the town found a way/);
  assert.match(text, /expected to start in the autumn/);
  for (const s of ['Skip to main content', 'Share on', 'Getty Images', 'Read more:', 'Advertisement', 'Fishing fleet',
    'Tags:', 'newsletter', 'password', 'All rights reserved', 'Privacy Policy']) {
    assert.ok(!text.includes(s), `dropped: ${s}`);
  }
  assert.equal(verdictOf(EN_PAGE, 'Read more:').reason, 'promo');
  assert.equal(verdictOf(EN_PAGE, 'Photo:').reason, 'caption');
  assert.equal(verdictOf(EN_PAGE, 'Sign up').reason, 'call-to-action');
  assert.equal(verdictOf(EN_PAGE, 'Share on Twitter').reason, 'share');
});

test('a body line scores higher than the same line would as a lone menu entry', () => {
  const body = verdictOf(EN_PAGE, 'Councillors backed').score;
  const menu = verdictOf(EN_PAGE, 'Culture').score;
  assert.ok(body > 0.5 && menu < 0.5, `${body} vs ${menu}`);
});

test('vetoes are anchored: a sentence mentioning sharing or subscribing is not vetoed', () => {
  const pf = pageFeatures([
    'Read more: Ten things to know',
    'The company said shareholders would subscribe to new shares at a discount, according to a filing published on Monday.',
    'Los dos países suscribieron un acuerdo de cooperación que compartirán con otros socios de la región.',
    'Advertisement',
    'Tags: economy',
  ]);
  assert.deepEqual(pf.infos.map(vetoReason), ['promo', null, null, 'advertising', 'tags']);
});

test('repeated and date-only lines are detected as features', () => {
  const pf = pageFeatures(['Same headline here', 'A different line', 'Same  headline here', '4 de marzo de 2024', '10:30 a.m.']);
  assert.deepEqual(pf.infos.map((f) => f.repeats), [1, 0, 1, 0, 0]);
  assert.deepEqual(pf.infos.map((f) => f.dateOnly), [false, false, false, true, true]);
});
