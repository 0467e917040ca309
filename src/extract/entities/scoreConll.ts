import { decodeBio } from './decodeBio.ts';

/** Precision, recall and F1 (percent), overall and per type, plus chunk counts. */
export interface ConllScore {
  precision: number;
  recall: number;
  f1: number;
  perType: Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }>;
  gold: number;
  predicted: number;
  correct: number;
  tokens: number;
}

/**
 * Entity-level scores with the conlleval rules (CoNLL-2000/2002 shared tasks): a predicted chunk
 * counts only when its span and type both match a gold chunk exactly.
 *
 * @param gold - Gold tag sequences, one per sentence.
 * @param predicted - Predicted tag sequences, aligned with `gold`.
 * @returns Precision, recall and F1 in percent.
 */
export function scoreConll(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  if (!Array.isArray(gold) || !Array.isArray(predicted) || gold.length !== predicted.length) {
    throw new TypeError('Expected two arrays of tag sequences of the same length');
  }
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const bump = (t: string, k: 'g' | 'p' | 'c'): void => {
    let e = counts.get(t);
    if (!e) counts.set(t, (e = { g: 0, p: 0, c: 0 }));
    e[k]++;
  };
  let tokens = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = predicted[s]!;
    if (g.length !== p.length) throw new TypeError(`Expected sentence ${s} to have ${g.length} predicted tags, not ${p.length}`);
    tokens += g.length;
    const gc = decodeBio(g);
    const pc = decodeBio(p);
    const gset = new Set(gc.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gc) bump(c.type, 'g');
    for (const c of pc) {
      bump(c.type, 'p');
      if (gset.has(`${c.start}:${c.end}:${c.type}`)) bump(c.type, 'c');
    }
  }
  const prf = (c: number, p: number, g: number) => {
    const precision = p ? (100 * c) / p : 0;
    const recall = g ? (100 * c) / g : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  let G = 0, P = 0, C = 0;
  const perType: ConllScore['perType'] = {};
  for (const [t, e] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    G += e.g;
    P += e.p;
    C += e.c;
    perType[t] = { ...prf(e.c, e.p, e.g), gold: e.g, predicted: e.p };
  }
  return { ...prf(C, P, G), perType, gold: G, predicted: P, correct: C, tokens };
}
