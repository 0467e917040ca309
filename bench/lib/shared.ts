import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared data folder that sits beside the checkout (`../shared`), or `COTEJO_SHARED`. */
export const SHARED = resolve(process.env.COTEJO_SHARED ?? join(REPO, '..', 'shared'));

/** Path inside ../shared if it exists, else null (callers skip with a printed reason). */
export function sharedPath(...parts: string[]): string | null {
  const p = join(SHARED, ...parts);
  return existsSync(p) ? p : null;
}
