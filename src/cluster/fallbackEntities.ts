import { clusterStopwords } from './clusterStopwords.ts';
import { foldAccents } from '../text/foldAccents.ts';

/** Lower-case words allowed inside a name ("Ministerio de Defensa", "Bank of England"). */
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'of', 'the', 'for', 'and', 'da', 'do', 'von', 'van', 'der', 'di', 'du']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const UPPER = /^\p{Lu}/u;

/**
 * A stand-in for the trained tagger: maximal runs of capitalised words (with inner connectors such as
 * "de" or "of"), skipping a sentence's first word when it is a stop word. Type is always `MISC`.
 *
 * @param text - The article body.
 * @returns Name-like spans in text order, with UTF-16 offsets.
 */
export function fallbackEntities(text: string): { text: string; start: number; end: number; type: string }[] {
  if (typeof text !== 'string') throw new TypeError('Expected a string text');
  const out: { text: string; start: number; end: number; type: string }[] = [];
  let run: { start: number; end: number }[] = [];
  let pending: { start: number; end: number }[] = [];
  let prevEnd = 0;
  const flush = (): void => {
    if (run.length) {
      const start = run[0]!.start, end = run[run.length - 1]!.end;
      out.push({ text: text.slice(start, end), start, end, type: 'MISC' });
    }
    run = [];
    pending = [];
  };
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/[.’'-]+$/, '');
    const start = m.index, end = start + w.length;
    const gap = text.slice(prevEnd, start);
    const sentenceStart = prevEnd === 0 || /[.!?:\n"«“]/.test(gap);
    if (/[,;()\n]/.test(gap) || sentenceStart) flush();
    prevEnd = m.index + m[0].length;
    const lower = w.toLowerCase();
    if (UPPER.test(w) && !(sentenceStart && clusterStopwords.has(foldAccents(lower)))) {
      run.push(...pending, { start, end });
      pending = [];
    } else if (run.length && CONNECTORS.has(lower) && pending.length < 2) pending.push({ start, end });
    else flush();
  }
  flush();
  return out;
}
