import { COMPLEMENT_STOPS, LOADED_WORDS } from '../extract/designations/lexicon.ts';

/** A loaded term in a text: a judgemental word with the words that complete its phrase. */
export interface LoadedTerm {
  text: string;
  start: number;
  end: number;
  word: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A loaded word followed by up to two lower-case words that qualify it ("dictaduras comunistas", "regímenes considerados socialistas"). */
const LOADED_PHRASE = new RegExp(
  `(?<![\\p{L}])(?<word>${[...LOADED_WORDS].sort((a, b) => b.length - a.length).map(esc).join('|')})(?<rest>(?:\\s+(?!(?:${['del', 'of', 'the', ...COMPLEMENT_STOPS].map(esc).join('|')})(?![\\p{L}]))\\p{Ll}+){0,2})(?![\\p{L}])`,
  'giu',
);

/**
 * Find loaded terms in a text, from the framing lexicon (the same words that mark designations as loaded).
 * @param text an article's clean text
 */
export function findLoadedTerms(text: string): LoadedTerm[] {
  return [...text.matchAll(LOADED_PHRASE)].map((m) => {
    // Spanish preterites ("aprovechó", "dijo") end the phrase: they are the verb, not a qualifier.
    const words = m[0].split(/\s+/u);
    const cut = words.findIndex((w, i) => i > 0 && /[óé]$/u.test(w));
    const phrase = cut > 0 ? words.slice(0, cut).join(' ') : m[0];
    return { text: phrase, start: m.index, end: m.index + phrase.length, word: m.groups!.word!.toLowerCase() };
  });
}
