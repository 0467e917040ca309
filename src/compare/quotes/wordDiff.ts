import { foldAccents } from '../../text/foldAccents.ts';
/**
 * Word-level diff (longest common subsequence over folded words) between an original quotation
 * and a rendering of it, as used to show how a quote was altered (cf. quote-fidelity studies of
 * news reuse, e.g. the Gender Gap Tracker's quote merging).
 */

/** One diff operation: words kept, deleted from the original, or inserted by the rendering. */
export interface DiffOp {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Words with punctuation stripped, keeping their written form. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const fold = foldAccents;

/**
 * Diff two texts word by word.
 *
 * @param original - The original wording.
 * @param variant - The rendering to compare.
 * @returns Operations in order; adjacent operations of one kind are merged.
 */
export function wordDiff(original: string, variant: string): DiffOp[] {
  if (typeof original !== 'string' || typeof variant !== 'string') throw new TypeError('Expected two strings');
  const a = original.match(WORD_RE) ?? [];
  const b = variant.match(WORD_RE) ?? [];
  const fa = a.map(fold);
  const fb = b.map(fold);
  const n = a.length;
  const m = b.length;
  const L: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = fa[i] === fb[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], w: string): void => {
    const lastOp = out[out.length - 1];
    if (lastOp && lastOp.op === op) lastOp.text += ' ' + w;
    else out.push({ op, text: w });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (fa[i] === fb[j]) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (L[i + 1]![j]! >= L[i]![j + 1]!) push('del', a[i++]!);
    else push('ins', b[j++]!);
  }
  while (i < n) push('del', a[i++]!);
  while (j < m) push('ins', b[j++]!);
  return out;
}
