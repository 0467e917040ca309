import { readFileSync } from 'node:fs';

/**
 * Read NewsWCL50 articles (Hamborg et al. 2019; annotations CC BY-SA 4.0, text for internal evaluation
 * only) from the CDCR CoNLL file: tokens joined by spaces, sentences by blank lines; gold class is the event.
 * The first sentence, the headline, becomes the title.
 *
 * @param file - `NewsWCL50.conll`.
 * @returns Articles ordered by outlet slot then event, so that each event's reports arrive spread out.
 */
export function readNewsWcl(file: string): { id: string; gold: string; title: string | null; text: string }[] {
  if (typeof file !== 'string') throw new TypeError('Expected a CoNLL path');
  const docs = new Map<string, string[][]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [doc, sent, , tok] = line.split('\t');
    if (!doc || sent === undefined || tok === undefined || tok === "\\n") continue;
    let d = docs.get(doc);
    if (!d) docs.set(doc, (d = []));
    (d[Number(sent)] ??= []).push(tok);
  }
  const slot = ['LL', 'L', 'M', 'R', 'RR'];
  return [...docs]
    .map(([doc, sents]) => {
      const lines = sents.filter(Boolean).map((s) => s.join(' '));
      const [ev, , name] = doc.split('/');
      return { id: `wcl-${name}`, gold: ev!, title: lines[0] ?? null, text: lines.slice(1).join('\n\n'), o: slot.indexOf(name!.split('_')[1]!) };
    })
    .sort((a, b) => a.o - b.o || Number(a.gold) - Number(b.gold))
    .map(({ o: _o, ...d }) => d);
}
