import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledSentence } from '../../src/extract/entities/readConll.ts';

/** ECB+ markable types → CoNLL entity types (proper-name parts only are kept). */
const TYPE_MAP: ReadonlyMap<string, string> = new Map([
  ['HUMAN_PART_PER', 'PER'],
  ['HUMAN_PART_ORG', 'ORG'],
  ['HUMAN_PART_GPE', 'LOC'],
  ['LOC_GEO', 'LOC'],
  ['LOC_FAC', 'LOC'],
  ['LOC_OTHER', 'LOC'],
  ['NON_HUMAN_PART', 'MISC'],
]);

/** Capitalised words that never start a name: pronouns, determiners, titles (CoNLL excludes titles). */
const NOT_NAME: ReadonlySet<string> = new Set(
  ('The A An He She I We They It You His Her Their Its Our My Your This That These Those Who Mr Mrs Ms Mr. Mrs. Ms. Dr Dr. ' +
    'President Sen. Senator Gov. Governor Rep. Judge Officer Officers Police Chief Minister Prime King Queen Prince Princess ' +
    'Pope Rev. Gen. General Capt. Lt. Sgt. Coach CEO Actor Actress Singer Star Detective Sheriff Mayor Secretary Director ' +
    'Former Late Sir Lord Lady Saint St. Dame Agent Inspector Deputy Commissioner Attorney Prosecutor Defense Guard ' +
    'One Two Three Some All Both Several Many Another Other Each Every Both Authorities Officials Investigators Witnesses').split(' '),
);

/** Lower-case words allowed inside a name ("Department of Justice", "Sam 's Club"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'la', 'von', 'van', 'der', 'du', "'s", '&', 'and', 'for', 'the', 'on']);

/**
 * Read ECB+ (Cybulska & Vossen 2014; CC BY 3.0) as silver NER data: within each person,
 * organisation, location or non-human-participant markable, the maximal runs of capitalised
 * tokens (with inner connectors, minus leading pronouns, determiners and titles) become
 * PER/ORG/LOC/MISC names. Only the sentences listed in ECBplus_coreference_sentences.csv,
 * which the annotators covered fully, are returned.
 *
 * @param dir - The `ecbplus-en-events` folder.
 * @returns Sentences with their topic number.
 */
export function readEcbPlus(dir: string): Array<LabelledSentence & { topic: number }> {
  if (typeof dir !== 'string') throw new TypeError('Expected the ecbplus-en-events folder path');
  const selected = new Set<string>();
  const csv = readFileSync(join(dir, 'ECBplus_coreference_sentences.csv'), 'utf8').split('\n').slice(1);
  for (const line of csv) {
    const [topic, file, sent] = line.trim().split(',');
    if (topic && file && sent) selected.add(`${topic}_${file}.xml#${sent}`);
  }
  const out: Array<LabelledSentence & { topic: number }> = [];
  const root = join(dir, 'ECB+');
  const topics = readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    for (const file of readdirSync(join(root, topic)).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(root, topic, file), 'utf8');
      const tokText = new Map<string, string>();
      const tokSent = new Map<string, string>();
      const sentences = new Map<string, string[]>(); // sentence → token ids
      for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        tokText.set(m[1]!, decode(m[3]!));
        tokSent.set(m[1]!, m[2]!);
        let s = sentences.get(m[2]!);
        if (!s) sentences.set(m[2]!, (s = []));
        s.push(m[1]!);
      }
      const tagOf = new Map<string, string>();
      for (const m of xml.matchAll(/<([A-Z_]+) m_id="\d+"\s*>([\s\S]*?)<\/\1>/g)) {
        const type = TYPE_MAP.get(m[1]!);
        if (!type) continue;
        const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!).sort((a, b) => Number(a) - Number(b));
        for (const run of nameRuns(ids, tokText, tokSent)) {
          if (run.some((id) => tagOf.has(id))) continue;
          run.forEach((id, k) => tagOf.set(id, (k === 0 ? 'B-' : 'I-') + type));
        }
      }
      for (const [sent, ids] of sentences) {
        if (!selected.has(`${file}#${sent}`)) continue;
        out.push({ topic: Number(topic), tokens: ids.map((id) => tokText.get(id)!), tags: ids.map((id) => tagOf.get(id) ?? 'O') });
      }
    }
  }
  return out;
}

/** Maximal capitalised runs inside a markable's tokens. */
function nameRuns(ids: readonly string[], text: Map<string, string>, sent: Map<string, string>): string[][] {
  const runs: string[][] = [];
  let cur: string[] = [];
  const flush = (): void => {
    while (cur.length && CONNECTORS.has(text.get(cur[cur.length - 1]!)!)) cur.pop();
    if (cur.length) runs.push(cur);
    cur = [];
  };
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const t = text.get(id)!;
    const prev = k > 0 ? ids[k - 1]! : null;
    const contiguous = prev !== null && Number(id) === Number(prev) + 1 && sent.get(id) === sent.get(prev);
    if (!contiguous) flush();
    const cap = /^\p{Lu}/u.test(t) || (cur.length > 0 && /^\d/.test(t));
    if (cap && !(cur.length === 0 && NOT_NAME.has(t))) cur.push(id);
    else if (cur.length > 0 && CONNECTORS.has(t)) cur.push(id);
    else flush();
  }
  flush();
  return runs;
}

/** Decode the XML entities that occur in ECB+ token text. */
function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}
