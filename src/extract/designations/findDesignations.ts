import type { Designation, Mention } from '../../types/index.ts';
import { COMPLEMENT_PREPOSITIONS, COMPLEMENT_STOPS, DETERMINERS, LOADED_WORDS, PERSON_HEADS } from './lexicon.ts';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');
const STOPS = new Set(COMPLEMENT_STOPS);
const LOADED = new Set(LOADED_WORDS.map((w) => w.toLowerCase()));
/**
 * A designation: optional determiner, a head noun, then either an adjective or a "de …" complement of up to
 * four words. Groups: det, head, adj, body.
 */
const designationRe = (heads: readonly string[]): RegExp => new RegExp(
  `(?<![\\p{L}])(?:(?<det>${alt(DETERMINERS)})\\s+)?(?<body>(?<head>${alt(heads)})(?<adj>\\s+(?!(?:${alt(COMPLEMENT_STOPS)})(?![\\p{L}]))\\p{Ll}[\\p{Ll}]+(?:ista|ano|ana|eno|ena|ino|ina|ense|és|esa|ico|ica|al|o|a|os|as|ian|ese|ish))?` +
    `(?:\\s+(?:${alt(COMPLEMENT_PREPOSITIONS)})(?:\\s+[\\p{L}][\\p{L}-]*){1,4})?)(?![\\p{L}])`,
  'giu',
);
const DESIGNATION = { es: designationRe(PERSON_HEADS.es), en: designationRe(PERSON_HEADS.en) };

function trimComplement(body: string, hasAdjective: boolean): string {
  // "líder chavista del poder": after an adjective the designation is complete.
  if (hasAdjective) return body.split(/\s+(?:de|del|of)\s/u)[0]!;
  // Cut the complement at the first clause opener; keep capitalised names whole.
  const words = body.split(/\s+/u);
  let end = words.length;
  let inComplement = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (!inComplement && (w === 'de' || w === 'del' || w === 'of')) {
      inComplement = true;
      continue;
    }
    if (inComplement && STOPS.has(w)) {
      end = i;
      break;
    }
  }
  return words.slice(0, end).join(' ');
}

/**
 * Find designations (titles and roles used for a person instead of, or next to, the name) and attach
 * each to a person mention: by apposition ("el portavoz de la Presidencia rusa, Dmitri Peskov";
 * "Dmitri Peskov, portavoz de …"; "el presidente Putin"), or, when no name stands next to it, to the
 * person who already bore the same title, else to the most salient person so far (mentions, with a bonus
 * for the first person named). Loaded words are flagged from the lexicon.
 * @param text the article's clean text
 * @param mentions its entity mentions, in text order
 * @param lang language of the text (es, en; others give no designations)
 */
export function findDesignations(text: string, mentions: readonly Mention[], lang: string): Designation[] {
  const re = lang.startsWith('en') ? DESIGNATION.en : lang.startsWith('es') ? DESIGNATION.es : null;
  if (!re) return [];
  const out: Designation[] = [];
  const headOwner = new Map<string, number>();
  const firstPerson = mentions.find((x) => x.type === 'PER');
  const persons = mentions.map((m, i) => [m, i] as const).filter(([m]) => m.type === 'PER');
  const surname = (m: Mention): string => m.text.split(/\s+/u).at(-1)!.toLowerCase();
  for (const m of text.matchAll(re)) {
    const det = m.groups!.det ?? '';
    const head = m.groups!.head!.toLowerCase();
    const body = trimComplement(m.groups!.body!, !!m.groups!.adj && !/\s(?:de|del|of)$/u.test(m.groups!.head! + m.groups!.adj));
    // Heads inside a name ("General Motors") are not designations.
    if (/^\p{Lu}/u.test(body) && !det && m.index > 0 && /\p{L}/u.test(text[m.index - 2] ?? '') && !/[.!?]\s$/u.test(text.slice(m.index - 2, m.index))) continue;
    const bodyStart = m.index + m[0].indexOf(m.groups!.body!);
    const bodyEnd = bodyStart + body.length;
    if (mentions.some((x) => x.start < bodyEnd && bodyStart < x.end && x.type !== 'PER' && x.start <= bodyStart)) continue;
    let mention = -1;
    let how: Designation['how'] = 'apposition';
    // "<designation>, <Name>" or "<designation> <Name>"
    const next = persons.find(([p]) => p.start >= bodyEnd && p.start <= bodyEnd + 3 && /^,?\s*$/u.test(text.slice(bodyEnd, p.start)));
    // "<Name>, <designation>"
    const prev = persons.findLast(([p]) => p.end <= m.index && /^,\s*$/u.test(text.slice(p.end, m.index)));
    if (next) mention = next[1];
    else if (prev && !det) mention = prev[1];
    else if (det && headOwner.has(head)) {
      // "el presidente venezolano" after "el presidente de Venezuela, Nicolás Maduro": the same title, the same person.
      how = 'anaphora';
      mention = headOwner.get(head)!;
    } else if (det) {
      how = 'anaphora';
      const counts = new Map<string, { n: number; last: number }>();
      for (const [p, i] of persons) {
        if (p.start >= m.index) break;
        const k = surname(p);
        const c = counts.get(k) ?? { n: p === firstPerson ? 2 : 0, last: -1 };
        c.n++;
        c.last = i;
        counts.set(k, c);
      }
      let best: { n: number; last: number } | null = null;
      for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.last > best.last)) best = c;
      mention = best?.last ?? -1;
    } else continue;
    if (mention < 0) continue;
    if (how === 'apposition') headOwner.set(head, mention);
    const bare = !body.includes(' ');
    const start = bare && det ? m.index : bodyStart;
    out.push({
      text: bare && det ? text.slice(start, bodyEnd) : body,
      start,
      end: bodyEnd,
      mention,
      how,
      loaded: body.toLowerCase().split(/\s+/u).filter((w) => LOADED.has(w)),
    });
  }
  return out;
}
