import type { Article } from './Article.ts';
import type { Claim, Quote } from '../extract/quotes/Quote.ts';

export type { Claim, Quote };

/** A named-entity mention in an article's clean text (UTF-16 offsets). */
export interface Mention {
  text: string;
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** A time expression in an article's clean text, with its TIMEX3 value resolved against the article's date. */
export interface TimeMention {
  text: string;
  start: number;
  end: number;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string | null;
}

/** A title or role that an article uses for a person or body ("el mandatario", "portavoz de la Presidencia rusa"). */
export interface Designation {
  text: string;
  start: number;
  end: number;
  /** Index into the article's mentions of the entity it designates, or -1 when unresolved. */
  mention: number;
  /** How it was attached: an apposition next to the name, or a reference back to the most salient person. */
  how: 'apposition' | 'anaphora';
  /** Words that carry judgement ("régimen", "dictador"), from the framing lexicon. */
  loaded: string[];
}

/** An article after the per-article extractors ran. */
export interface ExtractedArticle extends Article {
  /** The date relative expressions were resolved against (publication date, else dateline date), or null. */
  dct: string | null;
  mentions: Mention[];
  times: TimeMention[];
  designations: Designation[];
  /** Direct, partial and indirect quotes with speaker, cue and channel. */
  quotes: Quote[];
  /** Claims attributed to a source ("Según The Washington Post, …"). */
  claims: Claim[];
}
