import { mulberry32, pick } from './rng.ts';

const ES = {
  subjects: ['El Gobierno regional', 'La alcaldesa de Valdeluna', 'El ministro de Obras Públicas', 'La patronal del sector', 'El sindicato de transportistas', 'La Universidad del Norte', 'El consejo de administración', 'La fiscalía provincial'],
  verbs: ['anunció', 'confirmó', 'aseguró', 'explicó', 'defendió', 'rechazó', 'presentó', 'denunció'],
  objects: ['un plan de inversiones de 300 millones', 'la reforma del transporte urbano', 'un acuerdo con los vecinos del barrio sur', 'la apertura de tres centros de salud', 'el cierre temporal de la planta', 'nuevas ayudas para el alquiler joven', 'un calendario de obras para el puerto', 'la auditoría de las cuentas de 2024'],
  tails: ['durante una rueda de prensa celebrada este martes', 'tras una reunión de más de cuatro horas', 'según un comunicado difundido por la tarde', 'ante las críticas de la oposición', 'en declaraciones a varios medios locales', 'después de meses de negociaciones'],
  menu: ['Portada', 'Nacional', 'Internacional', 'Economía', 'Deportes', 'Cultura', 'Opinión', 'Sucesos'],
  chrome: ['Compartir en FacebookCompartir en X', 'Suscríbete a nuestro boletín', 'Iniciar sesión', '¿Olvidaste tu contraseña?', 'Publicidad', 'Lea también', 'Tiempo de lectura: 3 min'],
};
const EN = {
  subjects: ['The regional government', 'The mayor of Northbridge', 'The transport minister', 'The employers association', 'The drivers union', 'The state university', 'The board of directors', 'The county prosecutor'],
  verbs: ['announced', 'confirmed', 'said', 'explained', 'defended', 'rejected', 'presented', 'criticised'],
  objects: ['a 300 million investment plan', 'the reform of urban transport', 'a deal with residents of the southern district', 'the opening of three health centres', 'the temporary closure of the plant', 'new rent subsidies for young people', 'a works timetable for the port', 'the audit of the 2024 accounts'],
  tails: ['at a press conference on Tuesday', 'after a meeting that lasted four hours', 'in a statement released in the afternoon', 'in response to criticism from the opposition', 'speaking to local media', 'after months of negotiations'],
  menu: ['Home', 'News', 'World', 'Business', 'Sport', 'Culture', 'Opinion', 'Crime'],
  chrome: ['Share on FacebookShare on X', 'Sign up for our newsletter', 'Log in', 'Forgot your password?', 'Advertisement', 'Read more', 'Reading time: 3 min'],
};

/**
 * Generate scraped text pages (one line per block, as a crawler saves them): menus, a headline,
 * a byline and date, 4–10 body paragraphs, related links with dates and a footer, in Spanish or English.
 * @param n number of pages
 * @param seed PRNG seed
 */
export function generateScrapedPages(n: number, seed = 1): string[] {
  const rnd = mulberry32(seed);
  const pages: string[] = [];
  for (let i = 0; i < n; i++) {
    const L = rnd() < 0.6 ? ES : EN;
    const sentence = (): string => `${pick(rnd, L.subjects)} ${pick(rnd, L.verbs)} ${pick(rnd, L.objects)} ${pick(rnd, L.tails)}.`;
    const lines: string[] = [];
    for (const m of L.menu) if (rnd() < 0.8) lines.push(`  • ${m}`);
    lines.push(`Diario ${i % 50}`, '', `${pick(rnd, L.subjects)} ${pick(rnd, L.verbs)} ${pick(rnd, L.objects)}`, '', L === ES ? 'por Redacción' : 'By Staff', `${1 + (i % 28)}/0${1 + (i % 9)}/2025`, pick(rnd, L.chrome), '');
    const paras = 4 + Math.floor(rnd() * 7);
    for (let p = 0; p < paras; p++) {
      const k = 2 + Math.floor(rnd() * 3);
      lines.push(Array.from({ length: k }, sentence).join(' '), '');
      if (p === 2) lines.push(pick(rnd, L.chrome), `${pick(rnd, L.subjects)} ${pick(rnd, L.verbs)} ${pick(rnd, L.objects)}`, '01/02/2026', '');
    }
    lines.push(pick(rnd, L.chrome), `© 2025 Diario ${i % 50}`);
    pages.push(lines.join('\n'));
  }
  return pages;
}
