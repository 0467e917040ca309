/**
 * A minimal DOM built from htmlparser2's streaming parser: just what main-content
 * extraction needs (tag, attributes, children, parent), with script/style-like subtrees
 * dropped at parse time and JSON-LD blocks, <meta>, <link> and <title> collected on the way.
 */
import { Parser } from 'htmlparser2';
import { SKIP_TAGS } from './patterns.ts';

/** An element of the light DOM; text children are plain strings (entities already decoded). */
export interface LightElement {
  tag: string;
  attrs: Record<string, string>;
  children: LightNode[];
  parent: LightElement | null;
  /** Lower-cased `class` + ' ' + `id`, computed once. */
  classId: string;
}

/** A node of the light DOM: an element or a text string. */
export type LightNode = LightElement | string;

/** The parsed page: its root element plus the head-level data collected while parsing. */
export interface LightDocument {
  root: LightElement;
  /** Every <meta> tag's attributes, in document order. */
  metas: Record<string, string>[];
  /** Every <link> tag's attributes, in document order. */
  links: Record<string, string>[];
  /** Raw text of each <script type="application/ld+json">. */
  jsonLd: string[];
  /** Text of the first <title>. */
  title: string | null;
  /** The `lang` attribute of <html>, if any. */
  htmlLang: string | null;
}

/**
 * Parse HTML into a {@link LightDocument} with htmlparser2's forgiving streaming parser.
 * Subtrees of non-content tags (script, style, svg, template...) are never attached.
 * @param html the page source.
 * @returns the light document; never throws on malformed markup.
 */
export function parseLightDocument(html: string): LightDocument {
  const root: LightElement = { tag: '#root', attrs: {}, children: [], parent: null, classId: '' };
  const doc: LightDocument = { root, metas: [], links: [], jsonLd: [], title: null, htmlLang: null };
  let cur = root;
  // Depth inside a skipped subtree (elements there are tracked but never attached).
  let skip = 0;
  let inLd = false;
  let ldBuf = '';
  let inTitle = false;
  let titleBuf = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skip > 0 || SKIP_TAGS.has(name)) {
          skip++;
          if (name === 'script' && skip === 1 && (attribs.type ?? '').toLowerCase().includes('ld+json')) {
            inLd = true;
            ldBuf = '';
          }
          return;
        }
        if (name === 'meta') doc.metas.push(attribs);
        else if (name === 'link') doc.links.push(attribs);
        else if (name === 'title' && doc.title === null) {
          inTitle = true;
          titleBuf = '';
        } else if (name === 'html' && doc.htmlLang === null && attribs.lang) doc.htmlLang = attribs.lang;
        const cls = attribs.class;
        const id = attribs.id;
        const el: LightElement = {
          tag: name,
          attrs: attribs,
          children: [],
          parent: cur,
          classId: cls || id ? `${cls ?? ''} ${id ?? ''}`.toLowerCase() : '',
        };
        cur.children.push(el);
        cur = el;
      },
      ontext(data) {
        if (skip > 0) {
          if (inLd) ldBuf += data;
          return;
        }
        if (inTitle) titleBuf += data;
        const ch = cur.children;
        const last = ch.length - 1;
        if (last >= 0 && typeof ch[last] === 'string') ch[last] += data;
        else ch.push(data);
      },
      onclosetag(name) {
        if (skip > 0) {
          skip--;
          if (skip === 0 && inLd) {
            doc.jsonLd.push(ldBuf);
            inLd = false;
          }
          return;
        }
        if (name === 'title' && inTitle) {
          inTitle = false;
          doc.title = titleBuf;
        }
        if (cur.parent) cur = cur.parent;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return doc;
}
