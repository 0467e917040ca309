import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/**
 * Read ECB+ documents (Cybulska & Vossen 2014; CC BY 3.0) as plain text for clustering evaluation: tokens
 * joined by spaces, sentences by blank lines, without the source-URL line that opens the "ecbplus" half
 * (it would give the subtopic away). Gold class: topic plus subtopic (`ecb` or `ecbplus`).
 *
 * @param dir - The `ecbplus-en-events` folder.
 * @param topics - Topic numbers to read.
 * @returns Documents ordered by topic, document number, then subtopic.
 */
export function readEcbDocs(dir: string, topics: readonly number[]): { id: string; topic: number; gold: string; text: string }[] {
  if (typeof dir !== 'string' || !Array.isArray(topics)) throw new TypeError('Expected a folder and topic numbers');
  const out: { id: string; topic: number; gold: string; text: string; n: number }[] = [];
  for (const topic of topics) {
    let files: string[];
    try {
      files = readdirSync(join(dir, 'ECB+', String(topic)));
    } catch {
      continue;
    }
    for (const f of files) {
      const m = /^(\d+)_(\d+)(ecb|ecbplus)\.xml$/.exec(f);
      if (!m) continue;
      const xml = readFileSync(join(dir, 'ECB+', String(topic), f), 'utf8');
      const sents: string[][] = [];
      for (const t of xml.matchAll(/<token t_id="\d+" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g))
        (sents[Number(t[1])] ??= []).push(t[2]!.replace(/&\w+;/g, (e) => ENTITIES[e] ?? e));
      const lines = sents.filter(Boolean).map((s) => s.join(' '));
      if (m[3] === 'ecbplus' && /^https?\b/.test(lines[0] ?? '')) lines.shift();
      out.push({ id: f.replace(/\.xml$/, ''), topic, gold: `${topic}/${m[3]}`, text: lines.join('\n\n'), n: Number(m[2]) });
    }
  }
  out.sort((a, b) => a.topic - b.topic || a.n - b.n || (a.gold < b.gold ? -1 : 1));
  return out.map(({ n: _n, ...d }) => d);
}
