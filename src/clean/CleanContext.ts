import type { LanguageIdentifier } from './language/loadLanguageIdentifier.ts';

/** What the clean stage needs from its environment: loaded once, passed to every call. */
export interface CleanContext {
  identifyLanguage: LanguageIdentifier;
}
