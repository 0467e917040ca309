/**
 * An error the HTTP layer answers with a status and a JSON body `{ error: { status, code, message } }`.
 * Thrown by request validation; anything else that escapes a handler is a 500.
 */
export class HttpError extends Error {
  /** HTTP status code (400, 401, 403, 404, 413, 415…). */
  readonly status: number;
  /** Short machine-readable code, e.g. `bad-date`, `unknown-param`, `not-found`. */
  readonly code: string;

  /**
   * @param status HTTP status code
   * @param code machine-readable reason
   * @param message what was wrong, for a person
   */
  constructor(status: number, code: string, message: string) {
    super(message);
    if (!Number.isInteger(status) || status < 400 || status > 599) throw new TypeError(`Expected an HTTP error status, not \`${status}\``);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}
