/**
 * Bag-of-words token F1 between a predicted and a gold text, as used to score
 * main-content extraction (scrapinghub article-extraction-benchmark style).
 * Tokens are maximal runs of letters or digits, lower-cased; counts are compared as multisets.
 */
export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Count tokens of `text` into a multiset. */
export function tokenBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(TOKEN)) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
  return bag;
}

/** Token precision, recall and F1 of `predicted` against `gold`. Both empty scores 1. */
export function tokenF1(predicted: string, gold: string): TokenScore {
  const p = tokenBag(predicted);
  const g = tokenBag(gold);
  let np = 0, ng = 0, common = 0;
  for (const c of p.values()) np += c;
  for (const [t, c] of g) {
    ng += c;
    const pc = p.get(t);
    if (pc) common += Math.min(pc, c);
  }
  if (np === 0 && ng === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = np ? common / np : 0;
  const recall = ng ? common / ng : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
