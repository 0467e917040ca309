import { Gazetteer } from './Gazetteer.ts';
import { hashing } from './hashing.ts';

/** Document-level features per token (see `docFeatures`). */
export const DOC_FEATURES = 15;

/** Tokens after which the next token is treated as sentence-initial. */
const OPENERS: ReadonlySet<string> = new Set(['"', '-', "'", '(', '¿', '¡', ':']);

/** Entity type index of a BIO label id (0 = O, 1 = PER, 2 = ORG, 3 = LOC, 4 = MISC). */
const typeOf = (y: number): number => (y === 0 ? 0 : ((y - 1) >> 1) + 1);

/**
 * Second-stage, document-level features (two-stage prediction aggregation, Krishnan & Manning
 * 2006; Ratinov & Roth 2009): for each token, what a first-stage tagger predicted for the other
 * occurrences of the same (capitalised) word in the document (majority type, which types, the
 * first occurrence's label), the first-stage labels of the token and its neighbours (and of the
 * tokens two away, with the word between), the longest match among the entity strings the first stage found in the document (with whether it was found
 * more than once), whether a capitalised word also occurs in lower case in the document, and the
 * token's first-stage label with the document's dominant predicted type.
 * Bucket 0 means "no feature".
 *
 * @param doc - The document's sentences (normalised tokens).
 * @param stage1 - First-stage label ids, one array per sentence.
 * @param hashBits - log2 of the number of hash buckets.
 * @returns `DOC_FEATURES` buckets per token, one array per sentence.
 */
export function docFeatures(doc: readonly (readonly string[])[], stage1: readonly Int32Array[], hashBits: number): Int32Array[] {
  if (doc.length !== stage1.length) throw new TypeError('Expected one first-stage label array per sentence');
  const mask = (1 << hashBits) - 1;
  const mix = hashing.mix;
  const D = DOC_FEATURES;
  // Pass 1: label counts and first two labels per capitalised word form; lower-case forms; entity strings.
  const counts = new Map<string, Int32Array>(); // [O, PER, ORG, LOC, MISC, firstLabel+1, firstPos, secondLabel+1]
  const lower = new Set<string>();
  const ents = new Map<string, Int32Array>(); // joined tokens → [total, PER, ORG, LOC, MISC]
  let pos = 0;
  for (let s = 0; s < doc.length; s++) {
    const toks = doc[s]!;
    const ys = stage1[s]!;
    let start = -1;
    for (let i = 0; i <= toks.length; i++) {
      const y = i < toks.length ? ys[i]! : 0;
      // Entity strings (conlleval chunks under the IOB2 constraints the decoder enforces).
      if (start >= 0 && (y === 0 || (y & 1) === 1 || typeOf(y) !== typeOf(ys[start]!))) {
        const key = toks.slice(start, i).join('\u0002');
        let e = ents.get(key);
        if (!e) ents.set(key, (e = new Int32Array(5)));
        e[0]!++;
        e[typeOf(ys[start]!)]!++;
        start = -1;
      }
      if (i === toks.length) break;
      if (y !== 0 && (start < 0 || (y & 1) === 1)) start = i;
      const w = toks[i]!;
      const lw = w.toLowerCase();
      if (lw === w) {
        if (lw !== w.toUpperCase()) lower.add(w);
      } else {
        let c = counts.get(w);
        if (!c) {
          counts.set(w, (c = new Int32Array(8)));
          c[5] = y + 1;
          c[6] = pos;
        } else if (c[7] === 0) c[7] = y + 1;
        c[typeOf(y)]!++;
      }
      pos++;
    }
  }
  // The document's dominant predicted type (a sports report names clubs after their cities, …).
  const typeTotals = [0, 0, 0, 0, 0];
  for (const e of ents.values()) for (let t = 1; t <= 4; t++) typeTotals[t]! += e[t]!;
  let dominant = 0;
  for (let t = 1; t <= 4; t++) if (typeTotals[t]! > typeTotals[dominant]!) dominant = t;
  const gaz = new Gazetteer();
  for (const [key, e] of ents) {
    let best = 1;
    for (let t = 2; t <= 4; t++) if (e[t]! > e[best]!) best = t;
    gaz.add(key.split('\u0002'), (1 << (best - 1)) | (e[0]! > 1 ? 16 : 0));
  }
  // Pass 2: features.
  const out: Int32Array[] = [];
  let g = new Int32Array(64);
  pos = 0;
  for (let s = 0; s < doc.length; s++) {
    const toks = doc[s]!;
    const ys = stage1[s]!;
    const n = toks.length;
    const f = new Int32Array(n * D);
    if (g.length < n) g = new Int32Array(n * 2);
    gaz.annotate(toks, g);
    // Each word's hash once per sentence (read by its neighbours' two-away features).
    const wordHash = Int32Array.from(toks, (t) => hashing.str(t));
    for (let i = 0; i < n; i++, pos++) {
      const o = i * D;
      const y = ys[i]!;
      const yp = i > 0 ? ys[i - 1]! : 9;
      const yn = i + 1 < n ? ys[i + 1]! : 9;
      f[o + 6] = mix(mix(0x51, y), 1006) & mask;
      f[o + 7] = mix(mix(0x52, yp * 16 + y), 1007) & mask;
      f[o + 8] = mix(mix(0x53, y * 16 + yn), 1008) & mask;
      if (g[i]) f[o + 9] = mix(mix(0x54, g[i]!), 1009) & mask;
      if (y !== 0 || g[i]) f[o + 12] = mix(mix(0x5a, y * 8 + dominant), 1012) & mask;
      // The first-stage type two tokens away with the word between: "Pérez ( Moca )" is a player's club.
      if (i > 1) f[o + 13] = mix(mix(mix(0x5e, typeOf(ys[i - 2]!) * 16 + y), wordHash[i - 1]!), 1013) & mask;
      if (i + 2 < n) f[o + 14] = mix(mix(mix(0x5f, typeOf(ys[i + 2]!) * 16 + y), wordHash[i + 1]!), 1014) & mask;
      const w = toks[i]!;
      const c = counts.get(w);
      if (!c) continue;
      const initial = i === 0 || OPENERS.has(toks[i - 1]!) ? 1 : 0;
      if (lower.has(w.toLowerCase())) f[o + 11] = mix(mix(0x55, initial), 1011) & mask;
      const self = typeOf(y);
      let total = 0;
      let maj = 0;
      let majC = -1;
      for (let t = 0; t <= 4; t++) {
        const k = c[t]! - (t === self ? 1 : 0);
        total += k;
        if (k > majC || (k === majC && t > 0 && maj === 0)) {
          majC = k;
          maj = t;
        }
      }
      if (total === 0) continue;
      const nb = total === 1 ? 0 : total < 4 ? 1 : 2;
      f[o] = mix(mix(0x56, maj * 4 + nb), 1000) & mask;
      for (let t = 1; t <= 4; t++) {
        const k = c[t]! - (t === self ? 1 : 0);
        if (k > 0) f[o + t] = mix(mix(0x57, t * 2 + (2 * k >= total ? 1 : 0)), 1000 + t) & mask;
      }
      // Label of the first other occurrence.
      const first = c[6] === pos ? c[7]! : c[5]!;
      if (first) f[o + 5] = mix(mix(0x58, first), 1005) & mask;
      f[o + 10] = mix(mix(0x59, maj * 2 + initial), 1010) & mask;
    }
    out.push(f);
  }
  return out;
}
