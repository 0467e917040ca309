import { mulberry32, streamRng } from './rng.ts';

/**
 * A synthetic news stream with known reuse: base articles written from a Zipf-distributed pseudo-vocabulary,
 * and reprints of earlier bases with web chrome added, paragraphs dropped or reordered, and sentences
 * reworded. Articles are generated on demand from their number, so a million of them need no memory.
 */
export interface ReprintCorpus {
  size: number;
  /** Text of article `i`. */
  text(i: number): string;
  /** The base article that `i` reprints, or `i` itself for a base. */
  baseOf(i: number): number;
  /** What was done to make a reprint (empty for a base). */
  edits(i: number): string[];
}

const SYLLABLES = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo an en in on ar er ir or al el il ol as es is os'.split(' ');

/** The most frequent ranks are real Spanish function words, as in real text. */
const FUNCTION_WORDS = 'de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros'.split(' ');

function vocabulary(n: number): string[] {
  const rnd = mulberry32(99);
  const seen = new Set<string>(FUNCTION_WORDS);
  const out: string[] = [...FUNCTION_WORDS];
  while (out.length < n) {
    const k = 1 + Math.floor(rnd() * 4);
    let w = '';
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    if (!seen.has(w)) seen.add(w), out.push(w);
  }
  return out;
}

/**
 * Build a corpus description.
 * @param size number of articles
 * @param reprintShare share of articles that are reprints (default 0.4)
 * @param seed PRNG seed
 */
export function generateReprints(size: number, reprintShare = 0.4, seed = 5): ReprintCorpus {
  const VOCAB = vocabulary(60_000);
  // Zipf(1.05) cumulative distribution over the vocabulary.
  const cdf = new Float64Array(VOCAB.length);
  let acc = 0;
  for (let r = 0; r < VOCAB.length; r++) cdf[r] = acc += 1 / Math.pow(r + 1, 1.05);
  for (let r = 0; r < cdf.length; r++) cdf[r]! /= acc;
  const word = (u: number): string => {
    let lo = 0, hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return VOCAB[lo]!;
  };
  const chromeRnd = mulberry32(seed ^ 0xc0ffee);
  const CHROME = Array.from({ length: 200 }, () => {
    const n = 4 + Math.floor(chromeRnd() * 10);
    return Array.from({ length: n }, () => word(chromeRnd())).join(' ');
  });
  const isReprint = (i: number): boolean => i > 100 && streamRng(i, seed * 7919)() < reprintShare;
  const baseOf = (i: number): number => {
    if (!isReprint(i)) return i;
    const r = streamRng(i, seed * 104729);
    r();
    // Reprint a recent article (within the last 5,000), as a news stream does; walk back to a base.
    let b = Math.max(0, i - 1 - Math.floor(r() * Math.min(i - 1, 5000)));
    while (isReprint(b)) b--;
    return b;
  };
  const base = (i: number): string[][] => {
    const r = streamRng(i, seed * 31);
    const paras = 5 + Math.floor(r() * 8);
    return Array.from({ length: paras }, () => {
      const ns = 2 + Math.floor(r() * 3);
      return Array.from({ length: ns }, () => {
        const nw = 8 + Math.floor(r() * 15);
        const ws = Array.from({ length: nw }, () => word(r()));
        ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
        return `${ws.join(' ')}.`;
      });
    });
  };
  const reprint = (i: number): { paras: string[][]; edits: string[] } => {
    const r = streamRng(i, seed * 6151);
    let paras = base(baseOf(i)).map((p) => [...p]);
    const edits: string[] = [];
    if (r() < 0.5) {
      const keep = paras.filter(() => r() > 0.25);
      if (keep.length >= 2 && keep.length < paras.length) (paras = keep), edits.push('paragraphs dropped');
    }
    if (r() < 0.3 && paras.length > 2) {
      const a = Math.floor(r() * paras.length), b = Math.floor(r() * paras.length);
      [paras[a], paras[b]] = [paras[b]!, paras[a]!];
      edits.push('paragraphs reordered');
    }
    if (r() < 0.5) {
      edits.push('sentences reworded');
      paras = paras.map((p) =>
        p.map((s) => {
          if (r() > 0.35) return s;
          const ws = s.slice(0, -1).split(' ');
          for (let k = 0; k < ws.length; k++) if (r() < 0.2) ws[k] = word(r());
          if (ws.length > 3 && r() < 0.5) {
            const k = 1 + Math.floor(r() * (ws.length - 2));
            [ws[k], ws[k + 1]] = [ws[k + 1]!, ws[k]!];
          }
          return `${ws.join(' ')}.`;
        }),
      );
    }
    if (r() < 0.6) {
      edits.push('chrome added');
      paras.unshift([`${CHROME[Math.floor(r() * CHROME.length)]!}.`]);
      paras.push([`${CHROME[Math.floor(r() * CHROME.length)]!}.`]);
    }
    return { paras, edits };
  };
  return {
    size,
    baseOf,
    text: (i) => (isReprint(i) ? reprint(i).paras : base(i)).map((p) => p.join(' ')).join('\n\n'),
    edits: (i) => (isReprint(i) ? reprint(i).edits : []),
  };
}
