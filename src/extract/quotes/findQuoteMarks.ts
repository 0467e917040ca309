/**
 * Pair quotation marks in a text: «», “”, "" and ‘’, keeping only outermost pairs (a nested quote
 * is part of its host's content) and joining a quote that runs over several paragraphs, where
 * each continued paragraph reopens with a mark and only the last one closes (the newswire
 * convention; cf. the quote detectors of Muzny et al. 2017 and Pareti 2016).
 */

/** An outermost quotation: offsets of its marks and of its content. */
export interface QuoteMarkSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (content end). */
  close: number;
  /** Content start (after the opening mark). */
  start: number;
  /** Content end (before the closing mark). */
  end: number;
  /** Content without any quotation marks (continuation marks removed; paragraph breaks kept). */
  text: string;
  /** Offsets of continuation marks reopening later paragraphs. */
  reopen: number[];
}

/** Closing mark for each opening mark. */
const PAIR: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"', '‘': '’', '„': '“' };
/** Characters after which a straight quote opens rather than closes. */
const OPEN_CONTEXT = /[\s([{\-—–:;/«“‘]/u;
const LETTER = /[\p{L}\p{N}]/u;

interface Open {
  mark: string;
  pos: number;
  reopen: number[];
}

/**
 * Find the outermost quotations of a text.
 *
 * @param text - The text; paragraphs are separated by line breaks.
 * @returns Quotations in text order.
 */
export function findQuoteMarks(text: string): QuoteMarkSpan[] {
  if (typeof text !== 'string') throw new TypeError(`Expected a string text, not \`${typeof text}\``);
  const out: QuoteMarkSpan[] = [];
  let stack: Open[] = [];
  const n = text.length;
  let i = 0;
  let paraStart = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      let j = i;
      while (j < n && /\s/.test(text[j]!)) j++;
      // End of paragraph: continue an outer quote only when the next paragraph reopens it.
      const outer = stack[0];
      if (outer) {
        const nextMark = text[j];
        const startedAtPara = outer.pos === paraStart || /[:.!?]\s*$/.test(text.slice(Math.max(paraStart, outer.pos - 3), outer.pos)) || outer.reopen.length > 0;
        if (startedAtPara && nextMark !== undefined && (nextMark === outer.mark || (outer.mark === '“' && nextMark === '"') || (outer.mark === '"' && nextMark === '“'))) {
          outer.reopen.push(j);
          stack = [outer];
          i = j + 1;
          paraStart = j;
          continue;
        }
        stack = [];
      }
      i = j;
      paraStart = j;
      continue;
    }
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < n ? text[i + 1]! : ' ';
    let isOpen = false;
    let isClose = false;
    if (c === '«' || c === '“' || c === '„') isOpen = true;
    else if (c === '»' || c === '”') isClose = true;
    else if (c === '‘') isOpen = !/\s/.test(next) && (i === paraStart || OPEN_CONTEXT.test(prev));
    else if (c === '’') isClose = stack.some((s) => s.mark === '‘') && !(LETTER.test(prev) && LETTER.test(next));
    else if (c === '"') {
      const inside = stack.some((s) => s.mark === '"');
      if (inside && !/\s/.test(prev)) isClose = true;
      else if (i === paraStart || OPEN_CONTEXT.test(prev)) isOpen = !/\s/.test(next) || !inside;
      else if (inside) isClose = true;
    }
    if (isOpen) {
      stack.push({ mark: c, pos: i, reopen: [] });
    } else if (isClose) {
      let k = stack.length - 1;
      while (k >= 0 && PAIR[stack[k]!.mark] !== c && !(c === '”' && stack[k]!.mark === '"') && !(c === '"' && stack[k]!.mark === '“')) k--;
      if (k >= 0) {
        const o = stack[k]!;
        stack = stack.slice(0, k);
        if (k === 0) out.push(makeSpan(text, o, i));
      }
    }
    i++;
  }
  return out;
}

/** Build the span record, removing continuation marks from the content text. */
function makeSpan(text: string, o: Open, close: number): QuoteMarkSpan {
  const start = o.pos + 1;
  let body = '';
  let from = start;
  for (const r of o.reopen) {
    body += text.slice(from, r);
    from = r + 1;
  }
  body += text.slice(from, close);
  return { open: o.pos, close, start, end: close, text: body, reopen: o.reopen };
}
