/**
 * Rule-based word tokenizer for Spanish and English news text with UTF-16 offsets.
 *
 * One sticky regular expression (built once) walks the text: URLs and e-mails, dotted
 * abbreviations ("EE.UU.", "S.A."), numbers with separators ("2,1", "1.500", "10:30"),
 * words with inner hyphens or apostrophes ("AK-103", "O'Donnell"), then single
 * punctuation marks. A word in the abbreviation lexicon keeps its final period ("Sr.").
 * An English possessive ending ("'s") becomes a token of its own, as in CoNLL and ECB+.
 */

/** A token: its text and its UTF-16 offsets [start, end) into the source string. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that keep their trailing period (matched case-sensitively, without the period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Sr', 'Sra', 'Srta', 'Sres', 'Sras', 'Dr', 'Dra', 'Dres', 'Lic', 'Ing', 'Arq', 'Prof', 'Profa',
  'Gral', 'Gen', 'Cnel', 'Col', 'Cap', 'Tte', 'Sgto', 'Mons', 'Pbro', 'Fr', 'Sto', 'Sta', 'Dña', 'Dn',
  'Ud', 'Uds', 'Vd', 'Vds', 'Av', 'Avda', 'Pza', 'Pl', 'Cía', 'Cia', 'Ltda', 'Inc', 'Corp', 'Co', 'Ltd',
  'etc', 'pág', 'págs', 'núm', 'Núm', 'No', 'nº', 'art', 'Art', 'aprox', 'tel', 'Tel', 'vol', 'Vol',
  'ej', 'p.ej', 'Mr', 'Mrs', 'Ms', 'Mt', 'St', 'Jr', 'Sr', 'Rev', 'Gov', 'Sen', 'Rep', 'Capt', 'Lt',
  'Sgt', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'ene', 'dic', 'vs',
]);

/**
 * Alternatives, in priority order: URL, e-mail, dotted abbreviation, number, word, "..." and
 * runs of dashes, any other single non-space character.
 */
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s<>"«»“”]+[^\s<>"«»“”.,;:!?)\]]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?:\p{L}{1,4}\.){2,}(?!\p{L})`,
    String.raw`\p{N}+(?:[.,:/\-]\p{N}+)*(?:-?\p{L}[\p{L}\p{N}]*)?`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*`,
    String.raw`\.{2,}|-{2,}`,
    String.raw`\S`,
  ].join('|'),
  'uy',
);

/** A final English possessive ("'s", "’s") split off a word token. */
const POSSESSIVE_RE = /^(.+?\p{L})(['’]s)$/u;

/** Whitespace skipper (sticky). */
const SPACE_RE = /\s+/y;

/**
 * Split text into word and punctuation tokens with UTF-16 offsets into `text`.
 *
 * @param text - The text to tokenize.
 * @returns Tokens in order; `text.slice(t.start, t.end) === t.text` for each.
 */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not \`${text === null ? 'null' : typeof text}\``);
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    SPACE_RE.lastIndex = i;
    if (SPACE_RE.test(text)) {
      i = SPACE_RE.lastIndex;
      if (i >= n) break;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      out.push({ text: text[i]!, start: i, end: i + 1 });
      i++;
      continue;
    }
    let tok = m[0];
    let end = i + tok.length;
    // Abbreviation lexicon: keep the period ("Sr.").
    if (text.charCodeAt(end) === 46 && ABBREVIATIONS.has(tok)) {
      const after = text.charCodeAt(end + 1);
      // "etc." at the end of a sentence still keeps its period; that is conventional.
      if (!(after >= 48 && after <= 57)) {
        tok += '.';
        end++;
      }
    } else if (tok.length > 2 && (tok.endsWith('s') || tok.endsWith('S'))) {
      const p = POSSESSIVE_RE.exec(tok);
      if (p) {
        const head = p[1]!;
        out.push({ text: head, start: i, end: i + head.length });
        out.push({ text: p[2]!, start: i + head.length, end });
        i = end;
        continue;
      }
    }
    out.push({ text: tok, start: i, end });
    i = end;
  }
  return out;
}
