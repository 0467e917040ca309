/**
 * Convert a labelled data set in ../shared/data into news-please JSON Lines, so that cotejo can be run on it
 * and its story pages looked at: `node --import tsx scripts/to-jsonl.ts basil|newswcl OUT.jsonl`.
 * The output holds research-only text: write it outside the repository.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../bench/lib/shared.ts';

const OUTLETS: Record<string, string> = { nyt: 'The New York Times', fox: 'Fox News', hpo: 'HuffPost', LL: 'HuffPost', L: 'The New York Times', M: 'USA Today', R: 'Fox News', RR: 'Breitbart' };

function basil(): object[] {
  const dir = sharedPath('data', 'basil-triplets', 'articles');
  if (!dir) throw new Error('../shared/data/basil-triplets is absent');
  return readdirSync(dir).flatMap((year) =>
    readdirSync(join(dir, year)).map((f) => {
      const a = JSON.parse(readFileSync(join(dir, year, f), 'utf8')) as { title: string; date: string; url: string; source: string; 'body-paragraphs': string[][]; uuid: string };
      return { id: f.replace('.json', ''), title: a.title, maintext: a['body-paragraphs'].map((p) => p.join(' ')).join('\n'), date_publish: a.date, url: a.url, outlet: OUTLETS[a.source] ?? a.source, language: 'en' };
    }),
  );
}

function newswcl(): object[] {
  const file = sharedPath('data', 'newswcl50-cdcr', 'NewsWCL50.conll');
  if (!file) throw new Error('../shared/data/newswcl50-cdcr is absent');
  const docs = new Map<string, string[][]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 4 || line.startsWith('#')) continue;
    const [doc, sent, , tok] = cols as [string, string, string, string];
    const sents = docs.get(doc) ?? docs.set(doc, []).get(doc)!;
    (sents[Number(sent)] ??= []).push(tok);
  }
  return [...docs].map(([doc, sents]) => {
    const slot = doc.split('_').at(-1)!;
    // The CoNLL file writes paragraph breaks as a literal "\n" token.
    const text = sents
      .filter(Boolean)
      .map((s) => s.join(' ').replace(/\s*\\n\s*/g, '\n').replace(/ ([.,;:!?'’)])/g, '$1').replace(/([(“]) /g, '$1'))
      .join(' ')
      .replace(/ ?\n ?/g, '\n');
    return { id: doc, title: null, maintext: text, outlet: OUTLETS[slot] ?? slot, language: 'en', date_publish: '2018-04' };
  });
}

const [which, out] = process.argv.slice(2);
if (!which || !out) throw new TypeError('Usage: to-jsonl.ts basil|newswcl OUT.jsonl');
const records = which === 'basil' ? basil() : which === 'newswcl' ? newswcl() : [];
if (!records.length) throw new TypeError(`Unknown or empty set \`${which}\``);
writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`${records.length} records written to ${out}`);
