/**
 * Turn a language's `QuoteLexicon` data into the regular expressions the quote extractor uses,
 * once per language (cached), so no pattern is built inside a loop.
 */
import { en } from './en.ts';
import { es } from './es.ts';
import type { QuoteLexicon } from './QuoteLexicon.ts';

/** Matchers compiled from a lexicon. Global expressions must be reset (`lastIndex`) by callers. */
export interface CompiledLexicon {
  lex: QuoteLexicon;
  /** Any cue form as a whole word (global, case-insensitive). Group 1 is the form. */
  cue: RegExp;
  /** Set of cue forms that are participles: they count only after an auxiliary. */
  participles: ReadonlySet<string>;
  /** Forms that may take a bare clause. */
  bare: ReadonlySet<string>;
  /** Cognition forms (need an explicit complementiser). */
  cognition: ReadonlySet<string>;
  /** Auxiliaries/adverbs that join a cue on its left. */
  auxiliaries: ReadonlySet<string>;
  /** Determiners (a cue right after one is a noun: "la denuncia"). */
  determiners: ReadonlySet<string>;
  /** Cue tails, anchored at the start of the text after a cue. */
  cueTail: RegExp;
  /** Framing phrase that ends right before a quotation mark ("calificándola de "). */
  framingBefore: RegExp;
  /** Designation noun phrases (global, case-insensitive). Group 1 is the head noun. */
  designation: RegExp;
  /** A designation right after a name and comma, anchored (", portavoz de …"). Group 1 is the head. */
  bareDesignation: RegExp;
  /** Designation head → class index (designations that may corefer share an index). */
  designationClass: ReadonlyMap<string, number>;
  /** Channel cue followed by a capitalised name (global). Group 1 is the name. */
  channel: RegExp;
  /** Claim cue at a position (global). Group 1 is the cue, group 2 the source phrase. */
  claim: RegExp;
  /** A media noun phrase at the start of a subject ("los diarios ", "the newspaper "). */
  mediaSubject: RegExp;
  /** A media noun ending right before an offset ("los diarios ", "the newspaper "), anchored at the end. */
  mediaBefore: RegExp;
  /** Subject pronouns. */
  pronouns: ReadonlySet<string>;
  /** Prepositions. */
  prepositions: ReadonlySet<string>;
  /** Capitalised words that are not names alone. */
  notNames: ReadonlySet<string>;
  /** The complementiser after a cue, optionally after a few words (anchored). */
  complementiserAhead: RegExp;
}

const LEXICONS: Readonly<Record<string, QuoteLexicon>> = { es, en };
const CACHE = new Map<string, CompiledLexicon>();

/** Escape a literal for use in a regular expression, letting spaces match any whitespace run. */
function lit(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Alternation of literals, longest first so that a longer phrase wins. */
function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(lit).join('|');
}

/** Forms of a regular Spanish `-ar` verb used in reporting: preterite, present, imperfect, participle, gerund (+ clitics). */
function arForms(inf: string): { forms: string[]; participles: string[] } {
  const st = inf.slice(0, -2);
  const forms = ['ó', 'a', 'an', 'aron', 'aba', 'aban', 'ará', 'aría', 'ando', 'ándola', 'ándolo', 'ándolas', 'ándolos', 'ándole'].map((e) => st + e);
  return { forms, participles: [st + 'ado'] };
}

/** Alternation that also accepts each word with a capital first letter (for case-sensitive patterns). */
function altCap(words: Iterable<string>): string {
  const all: string[] = [];
  for (const w of words) all.push(w, w.charAt(0).toUpperCase() + w.slice(1));
  return alt(all);
}

/** Words at the edge of a word: Unicode-aware boundaries. */
const B0 = '(?<![\\p{L}\\p{N}])';
const B1 = '(?![\\p{L}\\p{N}])';
/** A capitalised name run, optionally led by "The"/"El" and joined by "de"/"of"/"&". */
const NAME = "(?:(?:The|El|La)\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:(?:de|del|of|y|and|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*)*";

/**
 * Compile (once, then cached) the matchers for a language's quote lexicon.
 *
 * @param lang - ISO 639-1 code; any code other than "en" uses the Spanish lexicon.
 * @returns The compiled lexicon.
 */
export function compileLexicon(lang: string): CompiledLexicon {
  if (typeof lang !== 'string') throw new TypeError(`Expected a string language code, not \`${typeof lang}\``);
  const code = lang.toLowerCase().slice(0, 2) === 'en' ? 'en' : 'es';
  const hit = CACHE.get(code);
  if (hit) return hit;
  const lex = LEXICONS[code]!;
  const forms = new Set<string>(lex.verbForms);
  const participles = new Set<string>();
  for (const v of [...lex.regularVerbs, ...lex.framingVerbs]) {
    const f = arForms(v);
    for (const x of f.forms) forms.add(x);
    for (const x of f.participles) participles.add(x);
  }
  for (const f of lex.verbForms) if (code === 'es' && /(?:ado|ido|cho|sto|rito)$/.test(f)) participles.add(f);
  for (const f of lex.cognitionForms) forms.add(f);
  for (const p of participles) forms.add(p);
  const framing = new Set<string>();
  for (const v of lex.framingVerbs) for (const x of arForms(v).forms) framing.add(x);
  for (const x of ['describió', 'describe', 'describiéndola', 'describiéndolo']) if (code === 'es') framing.add(x);
  if (code === 'en') for (const x of ['called', 'calling', 'calls', 'described', 'describing', 'labeled', 'branded', 'dubbed']) framing.add(x);
  const designationClass = new Map<string, number>();
  lex.designationClasses.forEach((cls, i) => {
    for (const d of cls) designationClass.set(d, i);
  });
  let next = lex.designationClasses.length;
  for (const d of lex.designations) if (!designationClass.has(d)) designationClass.set(d, next++);
  const det = altCap(lex.determiners);
  const mods = altCap(lex.designationModifiers);
  const notCue = `(?!(?:${alt(forms)})${B1})`;
  const post = code === 'es'
    ? `(?:\\s+${notCue}[a-záéíóúñ]+(?:o|a|ano|ana|ense|és|esa|ino|ina)${B1})?` + `(?:\\s+de(?:l)?\\s+(?:(?:la|las|los|el)\\s+)?\\p{Lu}[\\p{L}]*(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}]*)*(?:\\s+${notCue}[a-záéíóúñ]+(?:o|a|ano|ana|ense)${B1})?)?`
    : '';
  const compiled: CompiledLexicon = {
    lex,
    cue: new RegExp(`${B0}(${alt(forms)})${B1}`, 'giu'),
    participles,
    bare: new Set(lex.bareForms),
    cognition: new Set(lex.cognitionForms),
    auxiliaries: new Set(lex.auxiliaries),
    determiners: new Set(lex.determiners),
    cueTail: new RegExp(`^,?\\s+(?:${alt(lex.cueTails)})${B1}`, 'iu'),
    framingBefore: new RegExp(`${B0}(?:${alt(framing)})\\s+(?:(?:${alt(lex.framingPreps)})\\s+)?$`, 'iu'),
    designation: new RegExp(`${B0}(?:(?:${det})\\s+)${code === 'en' ? '?' : ''}(?:(?:${mods})\\s+)*(${altCap(lex.designations)})${B1}${post}`, 'gu'),
    designationClass,
    bareDesignation: new RegExp(`^,\\s+${code === 'en' ? `(?:(?:${det})\\s+)?` : ''}(?:(?:${mods})\\s+)*(${altCap(lex.designations)})${B1}${post}(?:\\s+(?:de|del|of|for|at)\\s+[^,.;«»“”"\\n]{1,60}?)?(?=\\s*[,.;)])`, 'u'),
    channel: new RegExp(`${B0}(?:${alt(lex.channelCues)})\\s+(${NAME})`, 'gu'),
    claim: new RegExp(`${B0}(${alt(lex.claimCues)})\\s+((?:[^,.;:\\n«»“”"]|\\.(?=\\p{Lu}))+)`, 'giu'),
    mediaSubject: new RegExp(`^(?:(?:${det})\\s+)?(?:(?:${alt(lex.mediaNouns)})\\s+)`, 'iu'),
    mediaBefore: new RegExp(`${B0}(?:${alt(lex.mediaNouns)})\\s+$`, 'iu'),
    pronouns: new Set(lex.pronouns),
    prepositions: new Set(lex.prepositions),
    notNames: new Set(lex.notNames),
    complementiserAhead: new RegExp(`^(?:[\\s,]+[^\\s.;:«»“”"]+){0,8}?[\\s,]+(${lit(lex.complementiser)})${B1}`, 'iu'),
  };
  CACHE.set(code, compiled);
  return compiled;
}
