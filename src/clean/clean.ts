import type { Article, RawDoc } from '../types/index.ts';
import type { CleanContext } from './CleanContext.ts';
import { cleanHtml } from './cleanHtml.ts';
import { cleanRecord } from './cleanRecord.ts';
import { cleanText } from './cleanText.ts';

/**
 * The clean stage: RawDoc → Article, dispatched on the input format. Pure and deterministic
 * given the loaded models in `ctx`.
 * @param doc the document read by ingest
 * @param ctx loaded models
 */
export function clean(doc: RawDoc, ctx: CleanContext): Article {
  switch (doc.format) {
    case 'text':
      return cleanText(doc, ctx);
    case 'html':
      return cleanHtml(doc, ctx);
    case 'json':
      return cleanRecord(doc, ctx);
    default:
      throw new TypeError(`Unknown input format \`${String((doc as RawDoc).format)}\``);
  }
}
