import { parseDocument } from 'htmlparser2';
import type { NewsRecord } from './records.ts';

type Node = { type: string; name?: string; children?: Node[]; data?: string; attribs?: Record<string, string> };

const textOf = (n: Node | undefined): string =>
  !n ? '' : n.type === 'text' ? (n.data ?? '') : (n.children ?? []).map(textOf).join('');
const kids = (n: Node, name: string): Node[] => (n.children ?? []).filter((c) => c.name?.toLowerCase() === name);
const kid = (n: Node, ...names: string[]): Node | undefined => names.map((nm) => kids(n, nm)[0]).find(Boolean);
const find = (n: Node, name: string): Node[] => [...(n.name?.toLowerCase() === name ? [n] : []), ...(n.children ?? []).flatMap((c) => find(c, name))];

/** Text content of an HTML fragment, block elements as line breaks. */
function htmlToText(html: string): string {
  const doc = parseDocument(html) as unknown as Node;
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.type === 'text') out.push(n.data ?? '');
    if (n.name && /^(?:script|style)$/i.test(n.name)) return;
    for (const c of n.children ?? []) walk(c);
    if (n.name && /^(?:p|div|br|li|h[1-6]|blockquote|tr)$/i.test(n.name)) out.push('\n');
  };
  walk(doc);
  return out.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n[\s\n]*/g, '\n').trim();
}

/**
 * Read an RSS 2.0 or Atom feed into news-please style records: one per item or entry, with its title, link,
 * publication date, the feed's title as outlet, and the full content (content:encoded or Atom content) or
 * else the description as text.
 * @param xml the feed
 */
export function parseFeed(xml: string): NewsRecord[] {
  const doc = parseDocument(xml, { xmlMode: true }) as unknown as Node;
  const channel = find(doc, 'channel')[0] ?? find(doc, 'feed')[0];
  const outlet = channel ? textOf(kid(channel, 'title')).trim() || null : null;
  const items = [...find(doc, 'item'), ...find(doc, 'entry')];
  return items.map((it) => {
    const link = kid(it, 'link');
    const url = (link?.attribs?.href ?? textOf(link)).trim() || null;
    const body = textOf(kid(it, 'content:encoded', 'content')) || textOf(kid(it, 'description', 'summary'));
    return {
      id: textOf(kid(it, 'guid', 'id')).trim() || url,
      title: htmlToText(textOf(kid(it, 'title'))) || null,
      maintext: htmlToText(body),
      date_publish: textOf(kid(it, 'pubdate', 'published', 'updated', 'dc:date')).trim() || null,
      url,
      outlet,
      language: textOf(kid(channel ?? it, 'language')).trim() || null,
    };
  });
}
