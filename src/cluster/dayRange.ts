const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * The span of days an ISO 8601 date covers, as whole days since 1970-01-01 (UTC): `2025-11-03` is one
 * day, `2025-11` a month, `2025` a year, `2025-W45` a week; a timestamp counts as its day.
 *
 * @param value - An ISO date, truncated to what is known.
 * @returns `[first, last]` day numbers, or null when the value is not a calendar date (e.g. `P1D`, `PAST_REF`).
 */
export function dayRange(value: string): [number, number] | null {
  if (typeof value !== 'string') throw new TypeError('Expected an ISO date string');
  const w = WEEK.exec(value);
  if (w) {
    const y = Number(w[1]), wk = Number(w[2]);
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(y, 0, 4) / MS_PER_DAY;
    const monday = jan4 - ((new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7) + (wk - 1) * 7;
    return wk >= 1 && wk <= 53 ? [monday, monday + 6] : null;
  }
  const m = ISO.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return [Date.UTC(y, 0, 1) / MS_PER_DAY, Date.UTC(y, 11, 31) / MS_PER_DAY];
  const mo = Number(m[2]) - 1;
  if (mo < 0 || mo > 11) return null;
  if (m[3] === undefined) return [Date.UTC(y, mo, 1) / MS_PER_DAY, Date.UTC(y, mo + 1, 0) / MS_PER_DAY];
  const d = Number(m[3]);
  const t = Date.UTC(y, mo, d);
  if (d < 1 || new Date(t).getUTCMonth() !== mo) return null;
  return [t / MS_PER_DAY, t / MS_PER_DAY];
}
