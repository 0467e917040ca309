import { HttpError } from './HttpError.ts';
import { ISO_DATE } from './dateInRange.ts';

/** The query parameters the API understands, validated. */
export interface ListQuery {
  q?: string;
  outlet?: string;
  language?: string;
  from?: string;
  to?: string;
  entity?: string;
  type?: string;
  source?: string;
  limit: number;
  offset: number;
}

/** Names of the query parameters an endpoint accepts (`limit` and `offset` are always accepted where listed). */
export type QueryParam = Exclude<keyof ListQuery, 'limit' | 'offset'> | 'limit' | 'offset';

/** Most items per page. */
export const MAX_LIMIT = 500;
/** Items per page when `limit` is not given. */
export const DEFAULT_LIMIT = 50;
const MAX_OFFSET = 1_000_000;
const MAX_TEXT = 500;
// Control characters other than tab are refused in any parameter.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

function int(name: string, raw: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(raw)) throw new HttpError(400, `bad-${name}`, `${name} must be an integer, not ${JSON.stringify(raw.slice(0, 40))}`);
  const n = Number(raw);
  if (n < min || n > max) throw new HttpError(400, `bad-${name}`, `${name} must be between ${min} and ${max}, not ${n}`);
  return n;
}

function date(name: string, raw: string): string {
  if (!ISO_DATE.test(raw)) throw new HttpError(400, 'bad-date', `${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not ${JSON.stringify(raw.slice(0, 40))}`);
  if (raw.length === 10) {
    const d = new Date(`${raw}T00:00:00Z`);
    if (d.toISOString().slice(0, 10) !== raw) throw new HttpError(400, 'bad-date', `${name} is not a calendar date: ${raw}`);
  }
  return raw;
}

/**
 * Validate a request's query string against the parameters an endpoint accepts. Unknown or repeated
 * parameters, malformed dates, limits out of range and `from` after `to` are a 400 with a message
 * naming the parameter.
 * @param params the request's query parameters
 * @param allowed the parameters this endpoint accepts
 */
export function parseQuery(params: URLSearchParams, allowed: readonly QueryParam[]): ListQuery {
  if (!(params instanceof URLSearchParams)) throw new TypeError('Expected URLSearchParams');
  const ok = new Set<string>(allowed);
  const out: ListQuery = { limit: DEFAULT_LIMIT, offset: 0 };
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (!ok.has(name)) throw new HttpError(400, 'unknown-param', `unknown query parameter ${JSON.stringify(name.slice(0, 40))}; this endpoint accepts ${[...ok].join(', ') || 'none'}`);
    if (seen.has(name)) throw new HttpError(400, 'repeated-param', `query parameter ${name} is given more than once`);
    seen.add(name);
    if (CONTROL.test(raw)) throw new HttpError(400, `bad-${name}`, `${name} contains control characters`);
    if (raw.length > MAX_TEXT) throw new HttpError(400, `bad-${name}`, `${name} is over ${MAX_TEXT} characters`);
    const v = raw.trim();
    // An empty field of a submitted form (a blank search box, no date) means no filter.
    if (!v) continue;
    switch (name) {
      case 'limit':
        out.limit = int('limit', v, 1, MAX_LIMIT);
        break;
      case 'offset':
        out.offset = int('offset', v, 0, MAX_OFFSET);
        break;
      case 'from':
      case 'to':
        out[name] = date(name, v);
        break;
      case 'language':
        if (!/^(?:[a-z]{2}|und)$/.test(v)) throw new HttpError(400, 'bad-language', `language must be an ISO 639-1 code (es, en…) or und, not ${JSON.stringify(v.slice(0, 20))}`);
        out.language = v;
        break;
      case 'type':
        if (!/^(?:PER|ORG|LOC|MISC)$/.test(v)) throw new HttpError(400, 'bad-type', `type must be PER, ORG, LOC or MISC, not ${JSON.stringify(v.slice(0, 20))}`);
        out.type = v;
        break;
      default:
        out[name as 'q' | 'outlet' | 'entity' | 'source'] = v;
    }
  }
  if (out.from && out.to && out.from.slice(0, Math.min(out.from.length, out.to.length)) > out.to.slice(0, Math.min(out.from.length, out.to.length)))
    throw new HttpError(400, 'bad-date', `from (${out.from}) is after to (${out.to})`);
  return out;
}
