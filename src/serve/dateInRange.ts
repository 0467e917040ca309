/** A full or truncated ISO date: `2025`, `2025-03`, `2025-03-14`. */
export const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function cmpPrefix(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  const a = x.slice(0, n), b = y.slice(0, n);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a possibly truncated ISO date can fall within inclusive bounds: dates are compared on the precision
 * they share, so `2025-03` is within `2025-03-10`…`2025-03-20`. An unknown date is never within bounds.
 * @param date the date (`2025`, `2025-03`, `2025-03-14`) or null
 * @param from inclusive lower bound, or undefined
 * @param to inclusive upper bound, or undefined
 */
export function dateInRange(date: string | null | undefined, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (!date) return false;
  if (from !== undefined && cmpPrefix(date, from) < 0) return false;
  if (to !== undefined && cmpPrefix(date, to) > 0) return false;
  return true;
}
