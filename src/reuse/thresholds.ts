/**
 * Decision thresholds of reuse classification, in one place. Tuned on generated reprints (bench/reuse.ts)
 * and checked on the seeds; see the notes on each.
 */
export const REUSE = {
  /** Word coverage by aligned passages of the smaller text at or above which it is a wire copy. */
  wireCopyCoverage: 0.8,
  /** Shingle containment both ways at or above which two texts are duplicates. */
  duplicateContainment: 0.98,
  /** Sentence matches with a Dice score at least this strong count as the same fact. */
  strongSentence: 0.4,
  /** A rewrite tells at least this many facts of the other text. */
  rewriteMinSentences: 3,
  /** …in the same order: the longest increasing run covers this share of the matches. */
  rewriteOrder: 0.7,
  /** …and starts from the same lead: a strong match within the first sentences of both. */
  leadSentences: 2,
  /** Shared passages need this many aligned words in all… */
  sharedMinWords: 15,
  /** …and one passage at least this long. */
  sharedLongestPassage: 10,
  /** Containment difference above which the more contained text is taken as the derived one. */
  asymmetry: 0.2,
} as const;
