import { AGENCIES } from './patterns.ts';

const MATCHERS: ReadonlyArray<readonly [string, RegExp]> = AGENCIES.flatMap(([name, forms]) =>
  forms.map((f) => {
    const esc = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Short all-caps forms (AP, EP, PL) match only as written, never inside words.
    const flags = f.length <= 3 && f === f.toUpperCase() ? 'u' : 'iu';
    return [name, new RegExp(`(?<![\\p{L}\\d])${esc}(?![\\p{L}\\d])`, flags)] as const;
  }),
);

/**
 * Name the wire agency written in a short string such as a byline or a sign-off ("por Agencia EFE" → EFE).
 * @param text the byline, dateline or sign-off
 * @returns the canonical agency name, or null
 */
export function findAgency(text: string): string | null {
  for (const [name, re] of MATCHERS) if (re.test(text)) return name;
  return null;
}
