/** Inputs larger than this are refused with a diagnostic (bytes). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** File names (case-insensitive extension) and the format they imply. */
export const EXTENSION_FORMATS: ReadonlyMap<string, 'text' | 'html' | 'json' | 'jsonl'> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.json', 'json'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
]);
