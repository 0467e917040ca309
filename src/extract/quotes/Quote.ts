/**
 * Records produced by quote extraction: a quotation or reported statement with its cue, speaker
 * and channel (the PARC attribution triple of Pareti 2016: source, cue, content), and a claim
 * attributed to a source ("Según The Washington Post, …").
 */

/** A span of the article text with UTF-16 offsets. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** A name mention handed in by the caller (shape of `EntityMention` from the NER). */
export interface NameMention extends TextSpan {
  type: string;
}

/** A quotation or reported statement. */
export interface Quote {
  /** Content without quotation marks; for indirect speech the reported clause ("que…" onward). */
  text: string;
  start: number;
  end: number;
  /** `direct`: a quoted sentence; `partial`: a quoted fragment inside reported speech; `indirect`: no quotation marks. */
  kind: 'direct' | 'partial' | 'indirect';
  /** The reporting verb or phrase as written ("afirmó", "dijo al respecto", "said"), or null. */
  cue: string | null;
  cueStart?: number;
  cueEnd?: number;
  /** The mention that names the speaker in the text (a name, designation or pronoun), or null. */
  speaker: TextSpan | null;
  /** The full name the speaker resolves to within the article ("Nicolás Maduro"). */
  speakerName?: string;
  /** The channel the statement was made to ("TASS" in "dijo a la agencia TASS"), or null. */
  via: TextSpan | null;
}

/** A claim attributed to a source that is not a quotation ("Según X, …", "X reported, citing…"). */
export interface Claim extends TextSpan {
  source: TextSpan;
}
