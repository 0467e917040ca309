import { DATE_PATTERNS, MONTHS } from './patterns.ts';

/** A calendar date found in a string. */
export interface FoundDate {
  /** ISO 8601 date, YYYY-MM-DD. */
  iso: string;
  /** The matched text. */
  text: string;
  /** Offset of the match in the string. */
  index: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** True when y-m-d is a real calendar date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Format a validated date as ISO YYYY-MM-DD. */
export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Month number of a written month name or abbreviation, or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/**
 * Find the first full calendar date (with a year) in a string.
 * @param s the string to scan
 * @param dayFirst how to read ambiguous numeric dates such as 04/11/2025 (true: 4 November)
 */
export function parseDate(s: string, dayFirst: boolean): FoundDate | null {
  for (const re of DATE_PATTERNS) {
    const m = re.exec(s);
    if (!m?.groups) continue;
    const g = m.groups;
    const y = Number(g.y);
    let mo: number | undefined;
    let d: number;
    if (g.a !== undefined && g.b !== undefined) {
      const a = Number(g.a), b = Number(g.b);
      if (a > 12 && b <= 12) [d, mo] = [a, b];
      else if (b > 12 && a <= 12) [mo, d] = [a, b];
      else if (dayFirst) [d, mo] = [a, b];
      else [mo, d] = [a, b];
    } else {
      d = Number(g.d);
      mo = /^\d+$/.test(g.m ?? '') ? Number(g.m) : monthNumber(g.m ?? '');
    }
    if (mo === undefined || !isValidDate(y, mo, d)) continue;
    return { iso: isoDate(y, mo, d), text: m[0], index: m.index };
  }
  return null;
}
