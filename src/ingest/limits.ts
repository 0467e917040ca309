/** Inputs larger than this are refused with a diagnostic (bytes). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** WARC files hold many pages: they may be this large (bytes); each record still obeys MAX_INPUT_BYTES. */
export const MAX_WARC_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/** File names (case-insensitive extension) and the format they imply. */
export const EXTENSION_FORMATS: ReadonlyMap<string, 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'warc'> = new Map([
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
  ['.warc', 'warc'],
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
