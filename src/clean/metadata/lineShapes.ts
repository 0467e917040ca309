import { BYLINE, DATE_ONLY_LINE, PUBLISHED_LABEL } from './patterns.ts';

/** Shape tests on single lines, shared by the metadata readers. */
export const lineShapes = {
  /** Empty or whitespace only (including no-break spaces). */
  blank(line: string): boolean {
    return !/[^\s\u00a0\u200b]/u.test(line);
  },
  /** A headline: 3–30 words, no sentence-final period or colon, starts with a capital or an opening quote. */
  headline(line: string): boolean {
    const t = line.trim();
    if (t.length < 15 || t.length > 250) return false;
    if (/[.:;,]$/u.test(t) && !/\.\.\.$|…$/u.test(t)) return false;
    if (!/^[\p{Lu}¿¡«"“‘'\d]/u.test(t)) return false;
    const words = t.split(/\s+/u).length;
    if (words < 3 || words > 30) return false;
    if (DATE_ONLY_LINE.test(t) || BYLINE.test(t) || PUBLISHED_LABEL.test(t)) return false;
    if (/^[•·*\-–|>]/u.test(t) || (t.match(/\|/g)?.length ?? 0) > 1) return false;
    return true;
  },
  /** A line that is only a date (optionally with weekday, time or a "Publicado el" label). */
  dateOnly(line: string): boolean {
    return DATE_ONLY_LINE.test(line);
  },
  /** A byline ("por Agencia EFE", "By Jane Doe"). */
  byline(line: string): boolean {
    return BYLINE.test(line) && line.trim().split(/\s+/u).length <= 8;
  },
  /** A list item or menu entry (bullet-led). */
  bullet(line: string): boolean {
    return /^\s*[•·*▪►▶›»\-–]\s/u.test(line);
  },
};
