const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A proleptic Gregorian calendar day (no time zone), with the arithmetic that TIMEX3 values
 * need: day, week, month and year offsets, ISO-8601 weeks and TimeML value strings.
 */
export class CalendarDate {
  /** Full year, e.g. 2025. */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day of the month 1–31. */
  readonly day: number;

  /**
   * Build a date; out-of-range months and days roll over like `Date.UTC` does.
   * @param year full year
   * @param month month 1–12
   * @param day day of the month 1–31
   */
  constructor(year: number, month: number, day: number) {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    this.year = d.getUTCFullYear();
    this.month = d.getUTCMonth() + 1;
    this.day = d.getUTCDate();
  }

  /**
   * Parse an ISO `YYYY-MM-DD` string (a longer ISO timestamp is cut to its date part).
   * @param iso the date, e.g. `2025-11-04` or `2025-11-04T09:00:00Z`
   * @returns the date, or null when the string is not a valid calendar date
   */
  static parse(iso: string): CalendarDate | null {
    const m = ISO_DATE.exec(iso.slice(0, 10));
    if (!m) return null;
    const d = new CalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return d.month === Number(m[2]) && d.day === Number(m[3]) ? d : null;
  }

  /** ISO day of the week: 1 = Monday … 7 = Sunday. */
  get weekday(): number {
    const w = new Date(Date.UTC(this.year, this.month - 1, this.day)).getUTCDay();
    return w === 0 ? 7 : w;
  }

  /**
   * This date plus some days (negative to go back).
   * @param n days to add
   */
  addDays(n: number): CalendarDate {
    return new CalendarDate(this.year, this.month, this.day + n);
  }

  /**
   * This date plus some months, with the day clamped to the end of the target month.
   * @param n months to add
   */
  addMonths(n: number): CalendarDate {
    const first = new CalendarDate(this.year, this.month + n, 1);
    const last = new CalendarDate(first.year, first.month + 1, 0).day;
    return new CalendarDate(first.year, first.month, Math.min(this.day, last));
  }

  /** ISO-8601 week-numbering year and week (the week with the year's first Thursday is week 1). */
  get isoWeek(): { year: number; week: number } {
    const thursday = this.addDays(4 - this.weekday);
    const jan1 = new CalendarDate(thursday.year, 1, 1);
    const ordinal = Math.round((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(jan1.year, 0, 1)) / 86_400_000);
    return { year: thursday.year, week: Math.floor(ordinal / 7) + 1 };
  }

  /** TIMEX3 day value `YYYY-MM-DD`. */
  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  /** TIMEX3 month value `YYYY-MM`. */
  toMonthString(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}`;
  }

  /** TIMEX3 week value `YYYY-Www` (ISO week). */
  toWeekString(): string {
    const { year, week } = this.isoWeek;
    return `${pad(year, 4)}-W${pad(week, 2)}`;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
