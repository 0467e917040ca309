import { METADATA_TOKENS } from './patterns.ts';

/** Result of stripping leading `key value` metadata tokens from a text. */
export interface StrippedTokens {
  /** The text without the tokens. */
  text: string;
  /** Each token found: key, value and the token as written. */
  tokens: { key: string; value: string; raw: string }[];
}

const KEYS = new Map(METADATA_TOKENS);

/**
 * Remove metadata tokens that some scrapers write before the body, such as ` date 2025-11-04 `.
 * Only known keys whose value has the expected shape are taken, so body words are never eaten.
 * @param text decoded input text
 */
export function stripMetadataTokens(text: string): StrippedTokens {
  const tokens: StrippedTokens['tokens'] = [];
  let rest = text;
  for (;;) {
    const m = /^\s*([A-Za-z_]+)[ \t]*[:=]?[ \t]*(\S+)[ \t]*\r?\n?/.exec(rest);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const shape = KEYS.get(key);
    if (!shape || !shape.test(m[2]!)) break;
    tokens.push({ key, value: m[2]!, raw: m[0].trim() });
    rest = rest.slice(m[0].length);
  }
  return { text: rest, tokens };
}
