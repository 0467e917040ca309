/** A problem found in the content of one input: reported on the article or the run, never thrown. */
export interface Diagnostic {
  /** Pipeline stage that raised it, e.g. `ingest`, `clean`. */
  stage: string;
  /** Short machine-readable rule name, e.g. `empty-input`, `binary-input`. */
  rule: string;
  /** One-line human message. */
  message: string;
  /** Where: the input's source path or URL, optionally with a record index. */
  place: string;
}
