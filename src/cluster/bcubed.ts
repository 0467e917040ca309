/**
 * B-cubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin 1998): the
 * per-item share of its predicted cluster that shares its gold class, and of its gold class that shares
 * its predicted cluster, averaged over items.
 *
 * @param predicted - Predicted cluster label of each item.
 * @param gold - Gold class label of each item, in the same order.
 * @returns `{ p, r, f1 }` (all 1 for no items).
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): { p: number; r: number; f1: number } {
  if (!Array.isArray(predicted) || !Array.isArray(gold) || predicted.length !== gold.length)
    throw new TypeError('Expected two label arrays of the same length');
  const n = predicted.length;
  if (n === 0) return { p: 1, r: 1, f1: 1 };
  const pc = new Map<string, number>(), gc = new Map<string, number>(), both = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const a = predicted[i]!, b = gold[i]!, k = `${a}\u0000${b}`;
    pc.set(a, (pc.get(a) ?? 0) + 1);
    gc.set(b, (gc.get(b) ?? 0) + 1);
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0, r = 0;
  for (let i = 0; i < n; i++) {
    const a = predicted[i]!, b = gold[i]!, m = both.get(`${a}\u0000${b}`)!;
    p += m / pc.get(a)!;
    r += m / gc.get(b)!;
  }
  p /= n;
  r /= n;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
