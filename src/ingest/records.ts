import { InputError } from './InputError.ts';

/** A news-please style record, with the fields cotejo reads. */
export type NewsRecord = Record<string, unknown>;

function asRecords(value: unknown, place: string): NewsRecord[] {
  if (Array.isArray(value)) return value.filter((v): v is NewsRecord => typeof v === 'object' && v !== null && !Array.isArray(v));
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    for (const key of ['articles', 'records', 'items', 'data']) if (Array.isArray(obj[key])) return asRecords(obj[key], place);
    return [obj];
  }
  throw new InputError(place, 'malformed-json', 'JSON is neither a record nor a list of records');
}

/** One parsed record, or the error for one line of a JSON Lines file. */
export type RecordResult = { source: string; record: NewsRecord } | { source: string; error: InputError };

/**
 * Split a JSON document or a JSON Lines file into records. A malformed line of a JSON Lines file
 * becomes an error for that line alone; a malformed JSON document is one error.
 * @param text the decoded file
 * @param place the file's source
 * @param lines true for JSON Lines
 */
export function parseRecords(text: string, place: string, lines: boolean): RecordResult[] {
  if (!lines) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return [{ source: place, error: new InputError(place, 'malformed-json', `malformed JSON (${(e as Error).message})`) }];
    }
    try {
      const records = asRecords(value, place);
      return records.map((record, i) => ({ source: records.length > 1 ? `${place}#${i + 1}` : place, record }));
    } catch (e) {
      return [{ source: place, error: e as InputError }];
    }
  }
  const out: RecordResult[] = [];
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.trim();
    if (!row) continue;
    const source = `${place}#${i + 1}`;
    try {
      const value = JSON.parse(row) as unknown;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('line is not a JSON object');
      out.push({ source, record: value as NewsRecord });
    } catch (e) {
      out.push({ source, error: new InputError(source, 'malformed-json', `malformed JSON line (${(e as Error).message})`) });
    }
  }
  if (out.length === 0) out.push({ source: place, error: new InputError(place, 'empty-input', 'no records in JSON Lines file') });
  return out;
}
