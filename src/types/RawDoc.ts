/** The input formats cotejo can read. */
export type InputFormat = 'text' | 'html' | 'json';

/** One input document as read from disk, stdin or a record of a JSON/JSONL file: bytes or a record, before any cleaning. */
export interface RawDoc {
  /** Path or URL as the user gave it; records of a JSON Lines file get `file.jsonl#N` (1-based line). */
  source: string;
  /** Detected format of the payload. */
  format: InputFormat;
  /** Raw bytes (text/html). */
  bytes?: Uint8Array;
  /** A parsed news-please style record (json). */
  record?: Record<string, unknown>;
  /** The page's URL when the container names it (a WARC record's target URI). */
  url?: string;
  /** When the input was read, ISO 8601. Not part of the article id. */
  fetchedAt: string;
}
