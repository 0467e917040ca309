const MARKS = /\p{M}+/gu;

/**
 * Fold a string for comparison: canonical decomposition (NFD), combining marks removed, lower case
 * ("Vladímir" → "vladimir", "Ñandú" → "nandu").
 * @param s any text
 */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}
