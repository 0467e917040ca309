import { labels as LABELS } from './labels.ts';

/**
 * Add the IOB2 constraints to transition and start scores: `I-X` may only follow `B-X` or `I-X`,
 * and may not start a sentence (Ramshaw & Marcus 1995 encoding).
 *
 * @param transitions - `L * L` scores, modified in place (forbidden entries become `-Infinity`).
 * @param start - `L` start scores, modified in place.
 * @param labels - The label names (default the shared NER label set).
 */
export function bioConstraints(transitions: Float64Array, start: Float64Array, labels: readonly string[] = LABELS): void {
  const L = labels.length;
  if (transitions.length !== L * L || start.length !== L) throw new TypeError('Expected L * L transitions and L start scores');
  for (let y = 0; y < L; y++) {
    const lab = labels[y]!;
    if (!lab.startsWith('I-')) continue;
    const type = lab.slice(2);
    start[y] = -Infinity;
    for (let p = 0; p < L; p++) {
      const prev = labels[p]!;
      if (prev.slice(2) !== type || prev === 'O') transitions[p * L + y] = -Infinity;
    }
  }
}
