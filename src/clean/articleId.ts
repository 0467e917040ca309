import { createHash } from 'node:crypto';

/**
 * Content id of an input: the first 16 hex digits of the SHA-256 of its bytes, so the same
 * content always gets the same id wherever it is read from.
 * @param content raw bytes, or a canonical string for records
 */
export function articleId(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}
