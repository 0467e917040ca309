import { extname } from 'node:path';
import { EXTENSION_FORMATS } from './limits.ts';

/** Format of a payload before record parsing: JSON Lines are split into records later. */
export type PayloadFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'warc' | 'binary';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--|<article[\s>]|<div[\s>]|<p[\s>])/i;

/** True when the bytes look like binary data rather than text (NUL bytes or many control characters in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}

/**
 * Decide the format of a payload from its name and first bytes.
 * @param source path or URL (its extension is a hint)
 * @param head the start of the decoded text
 */
export function sniffFormat(source: string, head: string): Exclude<PayloadFormat, 'binary'> {
  const ext = extname(source.replace(/\.gz$/i, '')).toLowerCase();
  const byExt = EXTENSION_FORMATS.get(ext);
  if (byExt) return byExt;
  const trimmed = head.trimStart();
  if (trimmed.startsWith('WARC/')) return 'warc';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(trimmed)) return 'feed';
  if (HTML_START.test(trimmed)) return 'html';
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) {
    const firstLine = trimmed.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && trimmed.includes('\n{') ? 'jsonl' : 'json';
  }
  return 'text';
}
