import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Make a temporary directory holding the given files (relative path → content). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'cotejo-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

/** A short invented Spanish news text long enough to be judged as body and as Spanish. */
export const SPANISH_BODY =
  'El alcalde de Valdeluna anunció este martes que la ciudad abrirá tres bibliotecas nuevas antes del verano, una inversión que según el ayuntamiento beneficiará a más de veinte mil vecinos de los barrios del norte.';
/** A short invented English news text. */
export const ENGLISH_BODY =
  'The mayor of Northbridge said on Tuesday that the town would open three new libraries before the summer, an investment the council says will benefit more than twenty thousand residents of the northern districts.';
