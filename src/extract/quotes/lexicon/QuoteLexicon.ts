/**
 * The shape of a language's quote-attribution lexicon: the data that `compileLexicon` turns into
 * regular expressions once. Every field is plain word lists so that a language is a data module.
 */

/** Word lists describing how one language reports speech (after Pareti 2016, PARC 3.0 cues). */
export interface QuoteLexicon {
  /** ISO 639-1 code. */
  lang: string;
  /** Regular first-conjugation verbs (Spanish `-ar` infinitives) whose forms are generated. */
  regularVerbs: readonly string[];
  /** Reporting-verb forms written out (irregular or English forms), lower case. */
  verbForms: readonly string[];
  /** Cue forms that may take a bare clause without complementiser ("said the plan failed"). */
  bareForms: readonly string[];
  /** Verbs of thinking/finding that report only with an explicit complementiser ("que", "that"). */
  cognitionForms: readonly string[];
  /** Auxiliaries and adverbs that may precede a cue and belong to it ("ha", "has", "also"). */
  auxiliaries: readonly string[];
  /** Words that extend a cue when they follow it ("al respecto", "in a statement"). */
  cueTails: readonly string[];
  /** Framing verbs that introduce a quoted label ("calificar de", "describir como"), as `-ar` infinitives. */
  framingVerbs: readonly string[];
  /** Prepositions after a framing verb ("de", "como"). */
  framingPreps: readonly string[];
  /** The complementiser that opens reported speech ("que", "that"). */
  complementiser: string;
  /** Designations: role nouns that can stand for a person ("el mandatario", "the spokesman"). */
  designations: readonly string[];
  /** Groups of designations that may corefer ("presidente" ≈ "mandatario"). */
  designationClasses: readonly (readonly string[])[];
  /** Adjectives that may precede a designation ("principal", "former"). */
  designationModifiers: readonly string[];
  /** Determiners that open a designation ("el", "the"). */
  determiners: readonly string[];
  /** Channel cues: phrases that introduce the medium a statement was made to ("a la agencia", "told"). */
  channelCues: readonly string[];
  /** Source cues that open an attributed claim ("según", "according to"). */
  claimCues: readonly string[];
  /** Nouns naming media outlets ("diario", "newspaper"): a subject headed by one gives a claim. */
  mediaNouns: readonly string[];
  /** Subject pronouns that can be a speaker ("he", "she"). */
  pronouns: readonly string[];
  /** Prepositions: a name right after one is not the subject of a verb. */
  prepositions: readonly string[];
  /** Capitalised words that are never names on their own (sentence openers, weekdays…). */
  notNames: readonly string[];
}
