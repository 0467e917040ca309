/** Result of decoding input bytes to text. */
export interface Decoded {
  text: string;
  /** The encoding that was used: utf-8, utf-16le, utf-16be, windows-1252 or latin1. */
  encoding: string;
  /** True when a byte-order mark was present (and removed). */
  bom: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LATIN1 = new TextDecoder('latin1');
/** Windows-1252 characters for bytes 0x80–0x9F (Node's decoder maps these to C1 controls). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  return LATIN1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
const CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

/**
 * Decode bytes to a string: BOM first, then strict UTF-8, then a declared HTML charset,
 * then windows-1252 (when C1 bytes 0x80–0x9F are present) or latin-1.
 * @param bytes raw input
 */
export function decode(bytes: Uint8Array): Decoded {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`Expected a Uint8Array, not \`${typeof bytes}\``);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // not UTF-8: fall through to single-byte encodings
  }
  const head = LATIN1.decode(bytes.subarray(0, 4096));
  const declared = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      const text = /^(?:windows-1252|cp1252|iso-8859-1|latin1)$/.test(declared) ? decodeCp1252(bytes) : new TextDecoder(declared).decode(bytes);
      return { text, encoding: declared === 'iso-8859-1' || declared === 'latin1' ? 'windows-1252' : declared, bom: false };
    } catch {
      // unknown label: use the byte heuristics below
    }
  }
  let c1 = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) {
      c1 = true;
      break;
    }
  }
  return c1 ? { text: decodeCp1252(bytes), encoding: 'windows-1252', bom: false } : { text: LATIN1.decode(bytes), encoding: 'latin1', bom: false };
}
