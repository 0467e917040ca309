/**
 * Lexicons and regular expressions used to read metadata from article text.
 * Patterns are data: add a month, an agency or an outlet cue here, not in code.
 */

/** Month names and abbreviations (es, en, pt, fr, it, de) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'enero ene jan january janeiro janvier gennaio januar jän'],
      [2, 'febrero feb february fevereiro fev février fevrier febbraio februar'],
      [3, 'marzo mar march março marco mars märz maerz'],
      [4, 'abril abr april apr avril aprile'],
      [5, 'mayo may maio mai maggio'],
      [6, 'junio jun june junho juin giugno juni'],
      [7, 'julio jul july julho juillet luglio juli'],
      [8, 'agosto ago august aug août aout'],
      [9, 'septiembre setiembre sep sept september setembro set septembre settembre'],
      [10, 'octubre oct october outubro out octobre ottobre oktober okt'],
      [11, 'noviembre nov november novembro novembre'],
      [12, 'diciembre dic december dec dezembro dez décembre decembre dicembre dezember'],
    ] as const
  ).flatMap(([n, names]) => names.split(' ').map((name) => [name, n] as [string, number])),
);

/** Weekday names (es, en, pt, fr, it, de), used to spot page render dates such as "domingo, 1 febrero 2026". */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  (
    'lunes martes miércoles miercoles jueves viernes sábado sabado domingo ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag'
  ).split(' '),
);

const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_ALT = [...WEEKDAYS].sort((a, b) => b.length - a.length).join('|');

/** Date shapes recognised in a line; each has named groups d, m (number or name), y. */
export const DATE_PATTERNS: readonly RegExp[] = [
  // 2025-11-04, 2025-11-04T10:00:00Z
  /\b(?<y>(?:19|20)\d\d)-(?<m>0?[1-9]|1[0-2])-(?<d>0?[1-9]|[12]\d|3[01])(?![\d])/u,
  // 04/11/2025, 4.11.2025, 04-11-2025
  /\b(?<a>0?[1-9]|[12]\d|3[01])[/.-](?<b>0?[1-9]|[12]\d|3[01])[/.-](?<y>(?:19|20)\d\d)\b/u,
  // 4 de noviembre de 2025, 1 febrero 2026, 3 Nov. 2025, 1er février 2026
  new RegExp(
    `(?<![\\p{L}\\d])(?<d>0?[1-9]|[12]\\d|3[01])(?:º|°|er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(?<m>${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?(?<y>(?:19|20)\\d\\d)\\b`,
    'iu',
  ),
  // November 4, 2025 / Nov. 4 2025
  new RegExp(
    `(?<![\\p{L}])(?<m>${MONTH_ALT})\\.?\\s+(?<d>0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d\\d)\\b`,
    'iu',
  ),
];

/** A line that is nothing but a date, optionally with a weekday, time and a "Publicado"/"Updated" label. */
export const DATE_ONLY_LINE = new RegExp(
  `^\\s*(?:(?:publicado|actualizado|published|updated|posted|fecha)\\s*(?:el|on|:)?\\s*:?\\s*)?(?:(?:${WEEKDAY_ALT}),?\\s+)?` +
    `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}(?:T[\\d:.]+(?:Z|[+-]\\d\\d:?\\d\\d)?)?|` +
    `\\d{1,2}(?:º|°|er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(?:${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}|` +
    `(?:${MONTH_ALT})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})` +
    `(?:\\s*(?:[-|,·–]|a las|at)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:h|hrs?|am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.))?(?:\\s*\\(?[A-Z]{2,5}\\)?)?)?\\s*\\.?\\s*$`,
  'iu',
);

/** Label lines that introduce a date on the next line or carry it on the same line. */
export const PUBLISHED_LABEL = /^\s*(?:publicado|publicada|fecha de publicaci[oó]n|published|posted|first published|publié|publicado em)\b(?:\s+(?:el|on|le|em))?\s*:?\s*/iu;

/** Labels that mark a date that is NOT the publication date. */
export const NON_PUBLICATION_LABEL = /^\s*(?:actualizado|actualizada|modificado|updated|last updated|modified|mis à jour|atualizado)\b/iu;

/** Weekday at the start of a line. */
export const LEADING_WEEKDAY = new RegExp(`^\\s*(?:${WEEKDAY_ALT})\\b`, 'iu');

/** Wire and news agencies, canonical name → written forms. */
export const AGENCIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['EFE', ['EFE', 'Agencia EFE']],
  ['Europa Press', ['Europa Press', 'EP']],
  ['AFP', ['AFP', 'Agence France-Presse', 'France-Presse', 'France Presse']],
  ['Reuters', ['Reuters', 'REUTERS']],
  ['AP', ['AP', 'Associated Press', 'The Associated Press']],
  ['ANSA', ['ANSA']],
  ['DPA', ['DPA', 'dpa']],
  ['Xinhua', ['Xinhua']],
  ['TASS', ['TASS']],
  ['RIA Novosti', ['RIA Novosti']],
  ['Sputnik', ['Sputnik']],
  ['Prensa Latina', ['Prensa Latina', 'PL']],
  ['Notimex', ['Notimex']],
  ['Bloomberg', ['Bloomberg']],
  ['Colpisa', ['Colpisa']],
  ['Servimedia', ['Servimedia']],
  ['Agencia Brasil', ['Agência Brasil', 'Agencia Brasil']],
  ['Télam', ['Télam', 'Telam']],
  ['ANDES', ['Andina']],
  ['Kyodo', ['Kyodo']],
  ['Yonhap', ['Yonhap']],
  ['PA', ['PA Media', 'Press Association']],
  ['UPI', ['UPI', 'United Press International']],
  ['Lusa', ['Lusa']],
  ['Anadolu', ['Anadolu', 'Anadolu Agency', 'AA']],
];

/** Written form (lower-case) → canonical agency name. */
export const AGENCY_BY_FORM: ReadonlyMap<string, string> = new Map(
  AGENCIES.flatMap(([name, forms]) => forms.map((f) => [f.toLowerCase(), name] as [string, string])),
);

const AGENCY_ALT = AGENCIES.flatMap(([, forms]) => forms)
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/**
 * A wire dateline at the start of a paragraph: "Caracas, 3 nov (EFE).-", "MADRID, 3 Nov. (EUROPA PRESS) -",
 * "LONDON, Nov 3 (Reuters) -", "WASHINGTON (AP) —". Groups: place, d, m (day/month either order), agency.
 */
export const DATELINE = new RegExp(
  `^(?<text>(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:\\s*\\([\\p{L} .]{2,30}\\))?)\\s*,?\\s*` +
    `(?:(?<d1>\\d{1,2})\\s+(?:de\\s+)?(?<m1>${MONTH_ALT})\\.?|(?<m2>${MONTH_ALT})\\.?\\s+(?<d2>\\d{1,2}))?\\s*` +
    `(?:,?\\s*(?<y>(?:19|20)\\d\\d))?\\s*` +
    `\\((?<agency>${AGENCY_ALT})\\)\\s*(?:\\.-|\\.–|\\.—|-|–|—|:|\\.)\\s*)`,
  'iu',
);

/** A byline line naming an agency or an author: "por Agencia EFE", "By Jane Doe", "Redacción / EFE". */
export const BYLINE = /^\s*(?:por|by|par|di|von|de)\s+(?<who>[\p{Lu}][\p{L}.'’ -]{1,80}?)\s*(?:[|,–-].*)?$/u;

/** Agency sign-off at the end of a text: "(EFE)", "EFE", "(Reuters)". */
export const AGENCY_SIGNOFF = new RegExp(`^\\s*\\(?(?<agency>${AGENCY_ALT})\\)?\\s*\\.?\\s*$`, 'u');

/** Outlet sign-off line: "(Euronews)" alone on the last line. */
export const OUTLET_SIGNOFF = /^\s*\((?<outlet>[\p{Lu}][\p{L}\d .&'’-]{1,40})\)\s*$/u;

/** Footer sentences that name the outlet: "Gracias por valorar La Opinión Digital.", "Thanks for reading The Daily X." */
export const OUTLET_FOOTERS: readonly RegExp[] = [
  /\b[Gg]racias por (?:valorar|leer|visitar|confiar en|elegir|preferir|apoyar a|apoyar)\s+(?:a\s+)?(?<outlet>[\p{Lu}][\p{L}\d .&'’-]{1,50}?)\s*[.!,]/u,
  /\b[Tt]hanks? (?:you )?for (?:reading|visiting|supporting|choosing)\s+(?<outlet>[\p{Lu}][\p{L}\d .&'’-]{1,50}?)\s*[.!,]/u,
  /©\s*(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?(?<outlet>[\p{Lu}][\p{L}\d .&'’-]{1,50}?)\s*(?:[.,|]|\s+(?:todos|all|tous|todos os)\b|$)/u,
  /\b(?:[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}\s*)?(?<outlet>[\p{Lu}][\p{L}\d .&'’-]{1,50}?)\s*(?:[.,|]|$)/u,
];

/** Words that mark a name as a news outlet when it is seen as a repeated site header. */
export const OUTLET_WORDS =
  /\b(?:diario|periódico|periodico|noticias|noticiero|informativo|gaceta|semanario|revista|radio|televisión|television|tv|news|times|post|journal|herald|tribune|gazette|daily|chronicle|mail|press|prensa|opinión|opinion|mundo|país|pais|nacional|universal|correo|heraldo|voz|crónica|cronica|comercio|expreso|estrella|sol|clarín|clarin|nación|nacion|hoy|digital|online|channel|network|magazine|review|observer|guardian|telegraph|independent|express|standard|monitor|courier|sentinel|record|star|globe|post-gazette|el|la|los|las|the)\b/iu;

/** Leading metadata tokens written before the body by some scrapers: ` date 2025-11-04 `. Key → value pattern. */
export const METADATA_TOKENS: ReadonlyArray<readonly [string, RegExp]> = [
  ['date', /^(?:(?:19|20)\d\d-\d\d-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)$/u],
  ['fecha', /^(?:(?:19|20)\d\d-\d\d-\d\d)$/u],
  ['url', /^https?:\/\/\S+$/u],
  ['lang', /^[a-z]{2}(?:-[A-Z]{2})?$/u],
  ['language', /^[a-z]{2}(?:-[A-Z]{2})?$/u],
];
