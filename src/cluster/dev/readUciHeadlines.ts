import { readFileSync } from 'node:fs';

/** Split one CSV line (RFC 4180 quoting, no embedded newlines). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * Read the UCI News Aggregator sample (Gasparetti 2016; CC BY 4.0): headlines with their Google News
 * story id as gold class and the publication day (UTC) from the timestamp, in timestamp order.
 *
 * @param file - `uci-news-aggregator.first6365.csv`.
 * @returns Headlines in order of publication (ties by row id).
 */
export function readUciHeadlines(file: string): { id: string; title: string; gold: string; published: string; ts: number }[] {
  if (typeof file !== 'string') throw new TypeError('Expected a CSV path');
  const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map(splitCsv);
  return rows
    .filter((r) => r.length >= 8)
    .map((r) => ({ id: `uci-${r[0]}`, title: r[1]!, gold: r[5]!, ts: Number(r[7]), published: new Date(Number(r[7])).toISOString().slice(0, 10), row: Number(r[0]) }))
    .sort((a, b) => a.ts - b.ts || a.row - b.row)
    .map(({ row: _row, ...d }) => d);
}
