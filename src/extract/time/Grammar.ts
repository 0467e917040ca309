/** TIMEX3 expression types (TimeML, Pustejovsky et al. 2003). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Calendar units: Y year, M month, W week, D day, H hour, MIN minute, S second, Q quarter, DE decade, CE century, WE weekend, SEMESTER half-year, FORTNIGHT two weeks. */
export type TimeUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'Q' | 'DE' | 'CE' | 'WE' | 'SEMESTER' | 'FORTNIGHT';

/**
 * How a rule's match becomes a TIMEX3 value. Values come from the rule's named groups, read
 * through the grammar's lexicon (HeidelTime's normalisation functions, Strötgen & Gertz 2013):
 *
 * - `fixed`: a constant value (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, `P1Y`…).
 * - `calendar`: groups `year`/`yy`/`month`/`day`/`weekday`/`season`/`quarter`/`half`/`decade`/`century`,
 *   with `dir` (a `direction` word) or the sentence tense choosing the year, month or week when missing.
 * - `deictic`: the DCT shifted by `offset` (or the `dir`/`deictic` group) in `unit` (or the `unit` group);
 *   its granularity is the unit's (`2025-W45`, `2025-11`, `2025`).
 * - `ago`: the DCT shifted back (`sign: -1`) or forward by `num` × `unit`, at the unit's granularity.
 * - `duration`: `P{num}{unit}` (or the rule's `n`), with `num2`/`unit2` for a second component; `PX{unit}`
 *   when vague; `PT{hours}H{minutes}M{seconds}S` for an elapsed clock time.
 * - `set`: `P{num|1}{unit}` for frequencies, `XXXX-WXX-{weekday}` for weekdays.
 * - `time`: a clock time (`hour`, `minute`, `ampm`, `part`, `zone`) on the DCT or a `deictic`/`weekday` day.
 * - `part`: a part of the day (`part` group or `part` field) on the DCT shifted by `offset`/`deictic`.
 * - `anaphoric`: the last date mentioned before ("ese mismo día", "that year"), shifted by `offset` units.
 */
export type ValueSpec =
  | { kind: 'fixed'; value: string }
  | { kind: 'calendar'; dir?: -1 | 0 | 1 }
  | { kind: 'deictic'; unit?: TimeUnit; offset?: number }
  | { kind: 'ago'; sign: -1 | 1 }
  | { kind: 'duration'; unit?: TimeUnit; n?: number; vague?: boolean }
  | { kind: 'set'; unit?: TimeUnit; value?: string }
  | { kind: 'time' }
  | { kind: 'part'; part?: string; offset?: number }
  | { kind: 'anaphoric'; unit: 'D' | 'M' | 'Y'; offset?: number };

/** One detection rule: a pattern over the text and how to normalise what it matches. */
export interface TimeRule {
  /** Short name, for debugging and tests. */
  id: string;
  /** TIMEX3 type of what the rule finds. */
  type: TimexType;
  /**
   * Regular-expression source, matched case-insensitively at a word start. `{name}` expands to
   * the lexicon table of that name (longest entries first, accents optional) or to a macro;
   * named groups feed the value. A group `pre` marks a leading preposition that TimeML spans leave out.
   */
  pattern: string;
  /** How to compute the value. */
  value: ValueSpec;
}

/**
 * A language's time grammar: word tables, pattern macros and rules, kept as data
 * (HeidelTime's resource files: Strötgen & Gertz 2013, "Multilingual and cross-domain temporal tagging").
 */
export interface Grammar {
  /** ISO 639-1 code. */
  lang: string;
  /**
   * Word tables; keys are lower-case words or phrases (accents matter only for display), values
   * are what they mean: month 1–12, weekday 1–7, numbers, units, direction −1/+1, day offsets, day parts.
   * Required tables: `month`, `weekday`, `number`, `unit`, `direction`, `deictic`, `part`, `season`.
   */
  lexicon: Record<string, Record<string, number | string>>;
  /** Named regex fragments, usable as `{name}` in patterns and in other macros. */
  macros: Record<string, string>;
  /** Words whose every occurrence may start or sit inside an expression (scan triggers), besides digits and lexicon words of `triggerTables`. */
  triggers: string[];
  /** Lexicon tables whose words are triggers. */
  triggerTables: string[];
  /** Words that only count when capitalised as written here (English `May`, `March`). */
  caseSensitive: string[];
  /** Pattern of a future-tense verb; the nearest tense marker in the clause decides the direction. */
  future: string;
  /** Pattern of a past-tense verb. */
  past: string;
  /** Pattern, anchored at its end, for words just before an expression that point forward (`hasta`, `until`). */
  futureBefore: string;
  /** Rules, most specific first (on equal length, the earlier rule wins). */
  rules: TimeRule[];
}
