/** An input that cannot be read as an article; the batch goes on without it. */
export class InputError extends Error {
  /** Path or URL of the input, as the user gave it. */
  readonly place: string;
  /** Machine-readable rule, e.g. `binary-input`, `empty-input`, `too-large`, `malformed-json`. */
  readonly rule: string;

  /**
   * @param place the input's source
   * @param rule machine-readable rule name
   * @param message one-line explanation
   */
  constructor(place: string, rule: string, message: string) {
    super(`${place}: ${message}`);
    this.name = 'InputError';
    this.place = place;
    this.rule = rule;
  }
}
