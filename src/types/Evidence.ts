/** A metadata value together with the text that gave it. */
export interface Evidenced<T> {
  value: T;
  /** The line, meta tag or record field the value was read from. */
  evidence: string;
}

/** Publication date as in the contract: ISO date truncated to what is known, or null. */
export interface Published {
  value: string | null;
  evidence: string | null;
  /** True when the value was not read from the article itself. */
  inferred: boolean;
}

/** A wire dateline such as "Caracas, 3 nov (EFE).-". */
export interface Dateline {
  place: string | null;
  /** ISO date, resolved against the publication date when the dateline has no year. */
  date: string | null;
  agency: string | null;
  /** The dateline as written. */
  text: string;
}
