const ACCENTED = /[áéíóúüÁÉÍÓÚ]/g;
const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u', Á: 'a', É: 'e', Í: 'i', Ó: 'o', Ú: 'u' };

/**
 * Fold a word or phrase for lexicon lookup: lower case, acute accents and diaeresis removed
 * (ñ kept, since it tells words apart), runs of white space as one space.
 * @param s the text as matched
 */
export function fold(s: string): string {
  return s.toLowerCase().replace(ACCENTED, (c) => PLAIN[c]!).replace(/\s+/g, ' ').trim();
}
