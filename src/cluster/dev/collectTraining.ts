import { OnlineClusterer, type ClusterDoc } from '../OnlineClusterer.ts';

/**
 * Replay a labelled stream through the clusterer with its gold events (teacher forcing) and collect,
 * for every article, the features against each candidate event, labelled 1 for its gold event and 0 for
 * the others (an article that opens a gold event gives negatives only). Training data for `fitLogistic`.
 *
 * @param docs - Articles in order of arrival.
 * @param gold - Gold event of each article.
 * @returns Feature rows, labels, and how often an existing gold event was missing from the candidates.
 */
export function collectTraining(docs: readonly ClusterDoc[], gold: readonly string[]): { x: number[][]; y: number[]; missed: number; existing: number } {
  if (!Array.isArray(docs) || !Array.isArray(gold) || docs.length !== gold.length) throw new TypeError('Expected articles and gold labels of the same length');
  const c = new OnlineClusterer();
  const eventOf = new Map<string, string>();
  const x: number[][] = [], y: number[] = [];
  let missed = 0, existing = 0;
  docs.forEach((doc, i) => {
    const g = gold[i]!;
    const target = eventOf.get(g) ?? null;
    let found = false;
    for (const cand of c.candidates(doc)) {
      const pos = cand.event === target;
      found ||= pos;
      x.push(cand.features);
      y.push(pos ? 1 : 0);
    }
    if (target !== null) {
      existing++;
      if (!found) missed++;
    }
    const a = c.place(doc, target, null);
    if (target === null) eventOf.set(g, a.event);
  });
  return { x, y, missed, existing };
}
