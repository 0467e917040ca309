import type { Diagnostic } from './Diagnostic.ts';
import type { Dateline, Evidenced, Published } from './Evidence.ts';
import type { InputFormat } from './RawDoc.ts';

/** Why cleaning dropped a piece of the input. */
export type RemovalReason =
  | 'metadata-token'
  | 'navigation'
  | 'related-links'
  | 'share'
  | 'call-to-action'
  | 'login'
  | 'tags'
  | 'caption'
  | 'date-only'
  | 'byline'
  | 'title'
  | 'dateline-header'
  | 'repeated'
  | 'advertising'
  | 'promo'
  | 'footer'
  | 'outlet-signature'
  | 'empty-heading'
  | 'boilerplate';

/** One piece of the input that cleaning dropped, kept for audit. */
export interface Removed {
  text: string;
  reason: RemovalReason;
}

/** Detected language with its confidence (0..1); `und` when it cannot be judged. */
export interface LanguageGuess {
  code: string;
  confidence: number;
}

/** A cleaned article: main text plus metadata, each field with its evidence. */
export interface Article {
  /** Content hash: stable for the same input content. */
  id: string;
  source: string;
  inputId: string | null;
  format: InputFormat;
  outlet: Evidenced<string> | null;
  title: Evidenced<string> | null;
  language: LanguageGuess;
  published: Published;
  dateline: Dateline | null;
  agency: Evidenced<string> | null;
  byline: Evidenced<string> | null;
  url: string | null;
  /** Cleaned body; paragraphs separated by a blank line. */
  text: string;
  removed: Removed[];
  /** Photo captions found in the input, kept apart from the body. */
  captions: string[];
  diagnostics: Diagnostic[];
  fetchedAt: string;
}
