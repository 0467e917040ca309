/**
 * Size of the intersection of two sorted arrays of distinct 32-bit values (a merge walk).
 * @param x sorted distinct values
 * @param y sorted distinct values
 */
export function intersectSorted(x: Uint32Array, y: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else n++, i++, j++;
  }
  return n;
}
