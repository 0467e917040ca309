/** Exit codes of the `cotejo` command, documented in the README and in `cotejo --help`. */
export const EXIT = {
  /** Everything went in. */
  ok: 0,
  /** Some inputs failed (each named on stderr); the others were processed and stored. */
  someFailed: 1,
  /** Bad command line. */
  usage: 2,
  /** The requested article or item does not exist. */
  notFound: 3,
  /** Nothing could be done: the store could not be opened, or an unexpected error. */
  fatal: 4,
} as const;
