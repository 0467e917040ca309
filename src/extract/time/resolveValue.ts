import { CalendarDate } from './CalendarDate.ts';
import { fold } from './fold.ts';
import type { TimeUnit, ValueSpec } from './Grammar.ts';

/** What a value is resolved against. */
export interface ResolveContext {
  /** Document creation time, or null when unknown (relative expressions then resolve to null). */
  dct: CalendarDate | null;
  /** Folded lexicon tables of the grammar. */
  lexicon: Map<string, Map<string, number | string>>;
  /** Tense of the clause around the expression, from its nearest tense marker, or null when unmarked (asked lazily). */
  tense: () => 'future' | 'past' | null;
  /** Day of an earlier expression in the same sentence, which a bare clock time or part of day refers to. */
  anchor: CalendarDate | null;
  /** Value of the last DATE mentioned before the expression, for anaphora ("ese mismo día"). */
  previous: string | null;
}

type Groups = Record<string, string | undefined>;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Duration designators per unit: multiplier and ISO-8601 letter (time units after `T`). */
const DURATION_UNIT: Record<TimeUnit, { n: number; letter: string; time?: true }> = {
  Y: { n: 1, letter: 'Y' }, M: { n: 1, letter: 'M' }, W: { n: 1, letter: 'W' }, D: { n: 1, letter: 'D' },
  H: { n: 1, letter: 'H', time: true }, MIN: { n: 1, letter: 'M', time: true }, S: { n: 1, letter: 'S', time: true },
  Q: { n: 1, letter: 'Q' }, DE: { n: 10, letter: 'Y' }, CE: { n: 100, letter: 'Y' }, WE: { n: 1, letter: 'WE' },
  SEMESTER: { n: 6, letter: 'M' }, FORTNIGHT: { n: 2, letter: 'W' },
};

function look(ctx: ResolveContext, table: string, text: string | undefined): number | string | undefined {
  return text === undefined ? undefined : ctx.lexicon.get(table)?.get(fold(text));
}

/** Parse a number written in digits or words (`tres`, `treinta y cinco`, `twenty-four`, `un par de`). */
function parseNumber(ctx: ResolveContext, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = fold(text);
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const whole = look(ctx, 'number', t);
  if (typeof whole === 'number') return whole;
  let total = 0;
  let seen = false;
  for (const word of t.split(/[\s-]+/)) {
    const v = look(ctx, 'number', word);
    if (typeof v !== 'number') continue;
    seen = true;
    total = v >= 100 && total > 0 ? total * v : total + v;
  }
  return seen ? total : undefined;
}

function unitOf(ctx: ResolveContext, text: string | undefined): TimeUnit | undefined {
  const u = look(ctx, 'unit', text) ?? look(ctx, 'vagueUnit', text);
  return typeof u === 'string' ? (u as TimeUnit) : undefined;
}

/** Direction −1/0/+1 from the first `dir` group the lexicon knows, else the rule's default. */
function direction(ctx: ResolveContext, g: Groups, fallback?: number): number | undefined {
  for (const name of ['dir', 'dir2', 'dir3']) {
    const v = look(ctx, 'direction', g[name]);
    if (typeof v === 'number') return v;
  }
  return fallback;
}

function durationValue(parts: { n: number | 'X'; unit: TimeUnit }[]): string {
  let date = '';
  let time = '';
  for (const { n, unit } of parts) {
    const d = DURATION_UNIT[unit];
    const amount = n === 'X' ? 'X' : String(Math.round(n * d.n * 1000) / 1000);
    if (d.time) time += amount + d.letter;
    else date += amount + d.letter;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

function parseYear(text: string, dct: CalendarDate | null): number {
  const y = Number(text);
  if (text.length > 2) return y;
  const pivot = ((dct?.year ?? 2000) % 100) + 10;
  return y <= pivot ? 2000 + y : 1900 + y;
}

function romanOrNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  const up = text.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i]!] ?? 0;
    const next = ROMAN[up[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The weekday `wd` nearest to the DCT in direction `dir` (−1 before, +1 after; `inclusive` allows the DCT itself). */
function nearestWeekday(dct: CalendarDate, wd: number, dir: number, inclusive: boolean): CalendarDate {
  let diff = wd - dct.weekday;
  if (dir < 0) {
    if (diff > 0 || (diff === 0 && !inclusive)) diff -= 7;
  } else if (diff < 0 || (diff === 0 && !inclusive)) diff += 7;
  return dct.addDays(diff);
}

/**
 * Choose the year of a month (and day) given without one: a direction word decides, else the tense;
 * a bare month in an unmarked clause is the most recent one (news past bias), a day and month the nearest.
 */
function yearFor(dct: CalendarDate, month: number, day: number | undefined, dir: number | undefined, tense: 'future' | 'past' | null): number {
  const key = (y: number) => y * 10_000 + month * 100 + (day ?? 0);
  const now = dct.year * 10_000 + dct.month * 100 + (day === undefined ? 0 : dct.day);
  if (dir === 0) return dct.year;
  if (day === undefined || dir !== undefined || tense !== null) {
    if (dir === 1 || (dir === undefined && tense === 'future')) return key(dct.year) >= now ? dct.year : dct.year + 1;
    return key(dct.year) <= now ? dct.year : dct.year - 1;
  }
  // a day and month with no direction: the nearest such date
  const here = new CalendarDate(dct.year, month, day);
  const dist = (d: CalendarDate) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(dct.year, dct.month - 1, dct.day));
  let best = here;
  for (const y of [dct.year - 1, dct.year + 1]) {
    const c = new CalendarDate(y, month, day);
    if (dist(c) < dist(best)) best = c;
  }
  return best.year;
}

function calendarValue(ctx: ResolveContext, g: Groups, spec: { dir?: -1 | 0 | 1 }): string | null {
  const { dct } = ctx;
  const century = g.century;
  if (century !== undefined) return String(romanOrNumber(century) - 1).padStart(2, '0');
  const decadeWord = look(ctx, 'decadeWord', g.decadeWord);
  if (typeof decadeWord === 'number') return `19${decadeWord}`;
  if (g.decade !== undefined) return g.decade.length === 4 ? g.decade.slice(0, 3) : `19${g.decade[0]}`;

  const yearText = g.year;
  const year = yearText === undefined ? undefined : parseYear(yearText, dct);
  const monthText = g.month;
  const month = monthText === undefined ? undefined : /^\d+$/.test(monthText) ? Number(monthText) : Number(look(ctx, 'month', monthText) ?? look(ctx, 'monthAbbr', monthText.replace(/\.$/, '')));
  const dayText = g.day;
  const day = dayText === undefined ? undefined : /^\d+$/.test(dayText) ? Number(dayText) : parseNumber(ctx, dayText) ?? Number(look(ctx, 'ordinal', dayText));
  const holiday = look(ctx, 'holiday', g.holiday);
  if (typeof holiday === 'string') {
    return calendarValue(ctx, { ...g, holiday: undefined, month: holiday.slice(0, 2), day: holiday.slice(3) }, spec);
  }
  const weekday = look(ctx, 'weekday', g.weekday);
  const season = look(ctx, 'season', g.season);
  const quarter = look(ctx, 'ordinal', g.quarter);
  const half = look(ctx, 'half', g.half);
  const dir = direction(ctx, g, spec.dir);

  if (year !== undefined) {
    const y = String(year).padStart(4, '0');
    if (month !== undefined && day !== undefined) {
      const d = new CalendarDate(year, month, day);
      return d.month === month ? d.toString() : null;
    }
    if (month !== undefined) return `${y}-${String(month).padStart(2, '0')}`;
    if (typeof season === 'string') return `${y}-${season}`;
    if (typeof quarter === 'number') return `${y}-Q${quarter < 0 ? 4 : quarter}`;
    if (typeof half === 'string') return `${y}-${half}`;
    return y;
  }
  if (month !== undefined && Number.isFinite(month)) {
    if (!dct) return day === undefined ? `XXXX-${String(month).padStart(2, '0')}` : `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const y = yearFor(dct, month, day, dir, ctx.tense());
    if (day === undefined) return `${y}-${String(month).padStart(2, '0')}`;
    const d = new CalendarDate(y, month, day);
    return d.month === month ? d.toString() : null;
  }
  if (!dct) return null;
  if (day !== undefined && Number.isFinite(day)) {
    let d = new CalendarDate(dct.year, dct.month, day);
    if (dir === -1 && day > dct.day) d = new CalendarDate(dct.year, dct.month - 1, day);
    if (dir === 1 && day < dct.day) d = new CalendarDate(dct.year, dct.month + 1, day);
    return d.toString();
  }
  if (typeof weekday === 'number') {
    if (dir === -1) return nearestWeekday(dct, weekday, -1, false).toString();
    if (dir === 1) return nearestWeekday(dct, weekday, 1, false).toString();
    return nearestWeekday(dct, weekday, ctx.tense() === 'future' ? 1 : -1, true).toString();
  }
  const shift = dir ?? 0;
  if (typeof season === 'string') return `${dct.year + shift}-${season}`;
  if (typeof quarter === 'number') {
    const q = quarter < 0 ? Math.ceil(dct.month / 3) - 1 : quarter;
    return q === 0 ? `${dct.year - 1}-Q4` : `${dct.year}-Q${q}`;
  }
  if (half !== undefined) {
    const h = typeof half === 'string' && half.startsWith('H') ? half : dct.month <= 6 ? 'H1' : 'H2';
    return `${dct.year}-${h}`;
  }
  return null;
}

function deicticValue(ctx: ResolveContext, g: Groups, spec: { unit?: TimeUnit; offset?: number }): string | null {
  const { dct } = ctx;
  if (!dct) return null;
  const unit = spec.unit ?? unitOf(ctx, g.unit);
  const said = look(ctx, 'deictic', g.deictic);
  const offset = spec.offset ?? (typeof said === 'number' ? said : undefined) ?? direction(ctx, g) ?? 0;
  switch (unit) {
    case 'D':
      return dct.addDays(offset).toString();
    case 'W':
      return dct.addDays(7 * offset).toWeekString();
    case 'WE':
      return `${dct.addDays(7 * offset).toWeekString()}-WE`;
    case 'M':
      return dct.addMonths(offset).toMonthString();
    case 'Y':
      return String(dct.year + offset);
    case 'CE':
      return String(Math.floor(dct.year / 100) + offset).padStart(2, '0');
    case 'DE':
      return String(Math.floor(dct.year / 10) + offset);
    case 'Q': {
      const q = Math.floor((dct.month - 1) / 3) + offset;
      return `${dct.year + Math.floor(q / 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'SEMESTER': {
      const h = Math.floor((dct.month - 1) / 6) + offset;
      return `${dct.year + Math.floor(h / 2)}-H${(((h % 2) + 2) % 2) + 1}`;
    }
    default:
      return null;
  }
}

function agoValue(ctx: ResolveContext, g: Groups, sign: number): string | null {
  const { dct } = ctx;
  const n = parseNumber(ctx, g.num);
  const unit = unitOf(ctx, g.unit);
  if (!dct || n === undefined || unit === undefined) return null;
  const k = sign * Math.round(n);
  switch (unit) {
    case 'D':
      return dct.addDays(k).toString();
    case 'W':
      return dct.addDays(7 * k).toWeekString();
    case 'M':
      return dct.addMonths(k).toMonthString();
    case 'Y':
      return String(dct.year + k);
    case 'DE':
      return String(dct.year + 10 * k);
    case 'CE':
      return String(dct.year + 100 * k);
    case 'H':
    case 'MIN':
    case 'S':
      return dct.toString();
    default:
      return null;
  }
}

function durationOf(ctx: ResolveContext, g: Groups, spec: { unit?: TimeUnit; n?: number; vague?: boolean }): string | null {
  if (g.hours !== undefined && g.minutes !== undefined) {
    return `PT${Number(g.hours)}H${Number(g.minutes)}M${g.seconds === undefined ? '' : `${Number(g.seconds)}S`}`;
  }
  const unit = spec.unit ?? unitOf(ctx, g.unit);
  if (unit === undefined) return null;
  let n: number | 'X' = 'X';
  if (!spec.vague) {
    const parsed = spec.n ?? parseNumber(ctx, g.num);
    if (parsed === undefined) return null;
    n = parsed + (g.half !== undefined ? 0.5 : 0);
  }
  const parts: { n: number | 'X'; unit: TimeUnit }[] = [{ n, unit }];
  const unit2 = unitOf(ctx, g.unit2);
  const n2 = parseNumber(ctx, g.num2);
  if (unit2 !== undefined && n2 !== undefined) parts.push({ n: n2, unit: unit2 });
  return durationValue(parts);
}

function setValue(ctx: ResolveContext, g: Groups, spec: { unit?: TimeUnit; value?: string }): string | null {
  if (spec.value !== undefined) return spec.value;
  const freq = look(ctx, 'frequency', g.frequency);
  if (typeof freq === 'string') return freq;
  const weekday = look(ctx, 'weekday', g.weekday);
  if (typeof weekday === 'number') return `XXXX-WXX-${weekday}`;
  const unit = spec.unit ?? unitOf(ctx, g.unit);
  if (unit === undefined) return null;
  if (unit === 'WE') return 'XXXX-WXX-WE';
  return durationValue([{ n: parseNumber(ctx, g.num) ?? 1, unit }]);
}

/** The day an expression with a `deictic`/`weekday` group (or none: the DCT) refers to. */
function anchorDay(ctx: ResolveContext, g: Groups, offset?: number): CalendarDate | null {
  const { dct } = ctx;
  if (!dct) return null;
  if (offset !== undefined) return dct.addDays(offset);
  const said = look(ctx, 'deictic', g.deictic);
  if (typeof said === 'number') return dct.addDays(said);
  if (g.weekday !== undefined) {
    const v = calendarValue(ctx, { weekday: g.weekday, dir: g.dir, dir2: g.dir2 }, {});
    return v === null ? null : CalendarDate.parse(v);
  }
  return ctx.anchor ?? dct;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;
const YEAR_MONTH = /^\d{4}-\d{2}/;
const YEAR = /^\d{4}/;

function anaphoricValue(ctx: ResolveContext, spec: { unit: 'D' | 'M' | 'Y'; offset?: number }): string | null {
  const prev = ctx.previous;
  const k = spec.offset ?? 0;
  if (prev === null) return null;
  if (spec.unit === 'D') {
    const d = FULL_DATE.test(prev) ? CalendarDate.parse(prev) : null;
    return d ? d.addDays(k).toString() : null;
  }
  if (spec.unit === 'M') {
    const d = YEAR_MONTH.test(prev) ? CalendarDate.parse(`${prev.slice(0, 7)}-01`) : null;
    return d ? d.addMonths(k).toMonthString() : null;
  }
  return YEAR.test(prev) ? String(Number(prev.slice(0, 4)) + k) : null;
}

function timeValue(ctx: ResolveContext, g: Groups): string | null {
  const word = look(ctx, 'clockWord', g.hour);
  let hour = g.hour === undefined ? undefined : /^\d+$/.test(g.hour) ? Number(g.hour) : typeof word === 'number' ? word : parseNumber(ctx, g.hour);
  if (hour === undefined || hour > 24) return null;
  const m = g.minute;
  const minute = m === undefined ? 0 : /^\d+$/.test(m) ? Number(m) : Number(look(ctx, 'minuteWord', m) ?? 0);
  const part = look(ctx, 'part', g.part);
  const ampm = g.ampm === undefined ? undefined : fold(g.ampm).replace(/\W/g, '');
  if ((ampm === 'pm' || part === 'TAF' || part === 'TEV' || (part === 'TNI' && hour >= 6)) && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  const clock = `T${String(hour).padStart(2, '0')}:${String(Math.round(minute)).padStart(2, '0')}`;
  const zone = g.zone !== undefined && /gmt|utc/i.test(g.zone) ? 'Z' : '';
  const relative = g.deictic !== undefined || g.weekday !== undefined;
  if (!ctx.dct) return relative ? null : `XXXX-XX-XX${clock}${zone}`;
  const day = anchorDay(ctx, g);
  return day ? `${day.toString()}${clock}${zone}` : null;
}

function partValue(ctx: ResolveContext, g: Groups, spec: { part?: string; offset?: number }): string | null {
  const part = spec.part ?? look(ctx, 'part', g.part);
  if (typeof part !== 'string') return null;
  const day = anchorDay(ctx, g, spec.offset);
  return day ? `${day.toString()}${part}` : null;
}

/**
 * Compute the TIMEX3 value of a matched expression (TimeML; normalisation as in HeidelTime,
 * Strötgen & Gertz 2013), anchored on the document creation time. Relative expressions get
 * null when there is no DCT; explicit years and dates resolve regardless.
 * @param spec the rule's value specification
 * @param groups the rule's named groups as matched
 * @param ctx DCT, lexicon and tense of the clause
 */
export function resolveValue(spec: ValueSpec, groups: Groups, ctx: ResolveContext): string | null {
  switch (spec.kind) {
    case 'fixed':
      return spec.value;
    case 'calendar':
      return calendarValue(ctx, groups, spec);
    case 'deictic':
      return deicticValue(ctx, groups, spec);
    case 'ago':
      return agoValue(ctx, groups, spec.sign);
    case 'duration':
      return durationOf(ctx, groups, spec);
    case 'set':
      return setValue(ctx, groups, spec);
    case 'time':
      return timeValue(ctx, groups);
    case 'part':
      return partValue(ctx, groups, spec);
    case 'anaphoric':
      return anaphoricValue(ctx, spec);
  }
}
