/**
 * HTML main-content extraction on a light htmlparser2 DOM.
 *
 * Algorithm, in the spirit of Mozilla Readability's _grabArticle (Apache-2.0) with
 * boilerpipe/trafilatura-style block filtering:
 *  1. parse with htmlparser2, dropping script/style/svg subtrees; collect meta, links, JSON-LD;
 *  2. mark chrome (nav/aside/footer, ARIA roles, hidden elements, class/id hints such as share,
 *     related, newsletter, comments, ads), never dropping a subtree that holds most of the page's text;
 *  3. score paragraph-like blocks (1 + commas + length bonus) into their five nearest ancestors,
 *     weighted by tag and class/id hints, discounted by link density; pick the best container,
 *     climb to a shared ancestor when close runners-up sit under it, and add siblings that belong;
 *     the JSON-LD articleBody, when present, arbitrates between close candidates;
 *  4. walk the container emitting text blocks, dropping link-heavy lists/boxes (Readability's
 *     _cleanConditionally), captions, bylines, title repeats and chrome sentences, each recorded
 *     with a reason;
 *  5. if that leaves too little text, retry with class/id hints disabled (as Readability does).
 */
import type { Evidenced, Removed, RemovalReason } from '../../types/index.ts';
import { parseLightDocument, type LightDocument, type LightElement } from './dom.ts';
import { normalizeDate, normalizeSpace, readHeadMetadata } from './metadata.ts';
import {
  BLOCK_TAGS, BLOCK_TEXT_CHROME, BYLINE, DATE_ONLY, BYLINE_TEXT, CAPTION, CHROME_ROLES, CHROME_TAGS, COMMAS, DIV_BLOCK_CHILDREN,
  HEADING_TAGS, MAYBE_CANDIDATE, NEGATIVE, POSITIVE, SCORE_TAGS, STRONG_CHROME, UNLIKELY,
} from './patterns.ts';

/** Result of extracting an HTML page. */
export interface HtmlExtraction {
  /** Main-content blocks in document order (headings inside the article included), whitespace-normalised. */
  paragraphs: string[];
  /** Dropped blocks with the reason. */
  removed: Removed[];
  /** Figure captions and photo credits, kept apart from the body. */
  captions: string[];
  title: Evidenced<string> | null;
  byline: Evidenced<string> | null;
  /** ISO publication date of the article itself (never the modified date or a linked article's date). */
  published: Evidenced<string> | null;
  siteName: Evidenced<string> | null;
  lang: string | null;
  url: string | null;
}

/** Per-element counts over its non-dropped subtree. */
interface Stats {
  text: number;
  link: number;
  commas: number;
  p: number;
  li: number;
  img: number;
  input: number;
  heading: number;
  /** Text inside <p> elements. */
  ptext: number;
  /** Holds an <article> or itemprop=articleBody element. */
  article: boolean;
}

interface Block {
  text: string;
  tag: string;
  owner: LightElement;
  linkChars: number;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const SENTENCE_END = /[.!?…"”»)]\s*$/;
const SHARE_LIKE = /(?:^|[\s_-])(?:share|sharedaddy)(?:$|[\s_-])/;

/** Length of `s` with whitespace runs counted as one char and the ends trimmed. */
function collapsedLength(s: string): number {
  let n = 0;
  let ws = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!ws) {
        n++;
        ws = true;
      }
    } else {
      n++;
      ws = false;
    }
  }
  return ws && n > 0 ? n - 1 : n;
}

function countCommas(s: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(s)) n++;
  return n;
}

function classWeight(el: LightElement): number {
  let w = 0;
  const c = el.attrs.class;
  if (c) {
    const lc = c.toLowerCase();
    if (NEGATIVE.test(lc)) w -= 25;
    if (POSITIVE.test(lc)) w += 25;
  }
  const id = el.attrs.id;
  if (id) {
    const li = id.toLowerCase();
    if (NEGATIVE.test(li)) w -= 25;
    if (POSITIVE.test(li)) w += 25;
  }
  return w;
}

function isArticleBodyMarker(el: LightElement): boolean {
  const ip = el.attrs.itemprop;
  return ip !== undefined && /articlebody|text/i.test(ip);
}

/** One extraction pass over a parsed document. */
class Pass {
  readonly dropped = new Set<LightElement>();
  readonly dropReason = new Map<LightElement, RemovalReason>();
  readonly stats = new Map<LightElement, Stats>();
  readonly scores = new Map<LightElement, number>();
  body: LightElement;

  constructor(
    readonly doc: LightDocument,
    readonly useClassHints: boolean,
    readonly rawStats: Map<LightElement, Stats>,
    readonly totalText: number,
  ) {
    this.body = findBody(doc.root);
  }

  // ---- 2. chrome marking -------------------------------------------------------------
  chromeReason(el: LightElement, inArticle: boolean): RemovalReason | null {
    const a = el.attrs;
    if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style && HIDDEN_STYLE.test(a.style))) return 'boilerplate';
    const byTag = CHROME_TAGS.get(el.tag);
    if (byTag) return byTag;
    if (el.tag === 'header' && !inArticle) return 'navigation';
    const role = a.role;
    if (role) {
      const r = CHROME_ROLES.get(role.toLowerCase());
      if (r) return r;
    }
    if (this.useClassHints && el.classId && el.tag !== 'body' && el.tag !== 'html' && el.tag !== 'a') {
      for (const [re, reason] of STRONG_CHROME) if (re.test(el.classId)) return reason;
      if (el.tag !== 'article' && el.tag !== 'main' && UNLIKELY.test(el.classId) && !MAYBE_CANDIDATE.test(el.classId)) {
        return 'boilerplate';
      }
    }
    return null;
  }

  mark(el: LightElement, inArticle: boolean): void {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      const reason = this.chromeReason(c, inArticle);
      if (reason) {
        // Never drop a subtree that holds most of the page's paragraph text (e.g. an ASP.NET
        // <form> or a "has-share" wrapper around the whole article), unless it is comments.
        const s = this.rawStats.get(c);
        const big = s !== undefined && s.ptext > 500 && s.ptext > 0.5 * this.totalText &&
          !(reason === 'boilerplate' && /comment|disqus|repl/.test(c.classId));
        if (!big && !isArticleBodyMarker(c)) {
          this.dropped.add(c);
          this.dropReason.set(c, reason);
          continue;
        }
      }
      this.mark(c, inArticle || c.tag === 'article' || c.tag === 'main' || isArticleBodyMarker(c));
    }
  }

  // ---- stats ---------------------------------------------------------------------------
  computeStats(el: LightElement, inLink: boolean): Stats {
    const s: Stats = { text: 0, link: 0, commas: 0, p: 0, li: 0, img: 0, input: 0, heading: 0, ptext: 0, article: false };
    const link = inLink || el.tag === 'a';
    for (const c of el.children) {
      if (typeof c === 'string') {
        const n = collapsedLength(c);
        s.text += n;
        if (link) {
          // Readability weighs in-page (#) links at 0.3.
          const href = el.tag === 'a' ? el.attrs.href : undefined;
          s.link += href !== undefined && href.startsWith('#') ? n * 0.3 : n;
        }
        s.commas += countCommas(c);
        continue;
      }
      if (this.dropped.has(c)) continue;
      const cs = this.computeStats(c, link);
      s.text += cs.text + (BLOCK_TAGS.has(c.tag) ? 1 : 0);
      s.link += cs.link;
      s.commas += cs.commas;
      s.p += cs.p;
      s.li += cs.li;
      s.img += cs.img;
      s.input += cs.input;
      s.heading += cs.heading;
      s.ptext += cs.ptext;
      if (cs.article) s.article = true;
    }
    const t = el.tag;
    if (t === 'article' || isArticleBodyMarker(el)) s.article = true;
    if (t === 'p') {
      s.p++;
      s.ptext = s.text;
    }
    else if (t === 'li') s.li++;
    else if (t === 'img') s.img++;
    else if (t === 'input') s.input++;
    else if (HEADING_TAGS.has(t)) s.heading = s.text;
    this.stats.set(el, s);
    return s;
  }

  st(el: LightElement): Stats {
    return this.stats.get(el) ?? { text: 0, link: 0, commas: 0, p: 0, li: 0, img: 0, input: 0, heading: 0, ptext: 0, article: false };
  }

  linkDensity(el: LightElement): number {
    const s = this.st(el);
    return s.text ? s.link / s.text : 0;
  }

  // ---- 3. scoring ----------------------------------------------------------------------
  initScore(el: LightElement): number {
    let sc = this.scores.get(el);
    if (sc !== undefined) return sc;
    switch (el.tag) {
      case 'div': case 'article': case 'main': sc = 5; break;
      case 'pre': case 'td': case 'blockquote': sc = 3; break;
      case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': sc = -3; break;
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': sc = -5; break;
      default: sc = 0;
    }
    if (this.useClassHints) sc += classWeight(el);
    if (el.tag === 'article') sc += 10;
    if (isArticleBodyMarker(el)) sc += 30;
    this.scores.set(el, sc);
    return sc;
  }

  addScore(from: LightElement, textLen: number, commas: number, includeSelf: boolean): void {
    if (textLen < 25) return;
    const content = 1 + commas + Math.min(Math.floor(textLen / 100), 3);
    let anc: LightElement | null = includeSelf ? from : from.parent;
    for (let level = 0; level < 5 && anc && anc.parent; level++) {
      const base = this.initScore(anc);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      this.scores.set(anc, base + content / divider);
      anc = anc.parent;
    }
  }

  score(el: LightElement): void {
    for (const c of el.children) {
      if (typeof c === 'string' || this.dropped.has(c)) continue;
      const t = c.tag;
      if (SCORE_TAGS.has(t)) {
        const s = this.st(c);
        this.addScore(c, s.text, s.commas, false);
      } else if (t === 'div') {
        if (!this.hasBlockChild(c)) {
          const s = this.st(c);
          this.addScore(c, s.text, s.commas, false);
        } else {
          // Phrasing runs directly inside a container div score as implicit paragraphs.
          let len = 0, commas = 0;
          for (const g of c.children) {
            if (typeof g === 'string') {
              len += collapsedLength(g);
              commas += countCommas(g);
            } else if (this.dropped.has(g)) continue;
            else if (BLOCK_TAGS.has(g.tag)) {
              if (g.tag !== 'br') {
                this.addScore(c, len, commas, true);
                len = 0;
                commas = 0;
              }
            } else {
              const s = this.st(g);
              len += s.text;
              commas += s.commas;
            }
          }
          this.addScore(c, len, commas, true);
        }
      }
      this.score(c);
    }
  }

  /** Pick the main container and the siblings that belong with it (Readability's selection). */
  select(hintBody: string | null): LightElement[] {
    this.score(this.body);
    const final = new Map<LightElement, number>();
    for (const [el, sc] of this.scores) final.set(el, sc * (1 - this.linkDensity(el)));
    const ranked = [...final.entries()].sort((a, b) => b[1] - a[1]);
    let top: LightElement | undefined = ranked[0]?.[0];
    if (!top || top === this.body || top.tag === 'html') return [this.body];
    const topScore = ranked[0]![1];

    // Climb to a common ancestor when several close runners-up live under it.
    const alternatives: Set<LightElement>[] = [];
    for (let i = 1; i < Math.min(ranked.length, 5); i++) {
      if (ranked[i]![1] / topScore >= 0.75) {
        const anc = new Set<LightElement>();
        for (let p = ranked[i]![0].parent; p; p = p.parent) anc.add(p);
        alternatives.push(anc);
      }
    }
    if (alternatives.length >= 3) {
      for (let p = top.parent; p && p !== this.body && p.tag !== 'html'; p = p.parent) {
        let n = 0;
        for (const a of alternatives) if (a.has(p)) n++;
        if (n >= 3) {
          top = p;
          break;
        }
      }
    }
    if (!final.has(top)) final.set(top, this.initScore(top));

    // Walk up while the parent scores about as well (content split across children).
    let lastScore = final.get(top)!;
    const threshold = lastScore / 3;
    for (let p = top.parent; p && p !== this.body && p.tag !== 'html'; p = p.parent) {
      const ps = final.get(p);
      if (ps === undefined) continue;
      if (ps < threshold) break;
      if (ps > lastScore) {
        top = p;
        break;
      }
      lastScore = ps;
    }
    // Lone child: use the parent.
    while (top.parent && top.parent !== this.body && top.parent.tag !== 'html' && top.parent.tag !== '#root') {
      let n = 0;
      for (const c of top.parent.children) if (typeof c !== 'string' && !this.dropped.has(c)) n++;
      if (n !== 1) break;
      top = top.parent;
    }

    // JSON-LD articleBody as arbiter between the chosen node, its ancestors and runners-up.
    if (hintBody) top = this.arbitrate(top, ranked, hintBody);

    // Siblings.
    const parent = top.parent;
    if (!parent) return [top];
    const ts = final.get(top) ?? this.initScore(top);
    const sibThreshold = Math.max(10, ts * 0.2);
    const out: LightElement[] = [];
    const topClass = top.attrs.class ?? '';
    for (const s of parent.children) {
      if (typeof s === 'string' || this.dropped.has(s)) continue;
      if (s === top) {
        out.push(s);
        continue;
      }
      let bonus = 0;
      if (topClass && s.attrs.class === topClass) bonus += ts * 0.2;
      const ss = final.get(s);
      if (ss !== undefined && ss + bonus >= sibThreshold) out.push(s);
      else if (s.tag === 'p' || ((s.tag === 'div' || s.tag === 'section') && !this.hasBlockChild(s))) {
        const st = this.st(s);
        const ld = this.linkDensity(s);
        if (st.text > 80 && ld < 0.25) out.push(s);
        else if (st.text > 0 && st.text < 80 && ld === 0 && SENTENCE_END.test(textOf(s, this.dropped))) out.push(s);
      }
    }
    return out;
  }

  hasBlockChild(el: LightElement): boolean {
    for (const g of el.children) if (typeof g !== 'string' && DIV_BLOCK_CHILDREN.has(g.tag) && !this.dropped.has(g)) return true;
    return false;
  }

  arbitrate(top: LightElement, ranked: [LightElement, number][], hint: string): LightElement {
    const gold = bag(hint);
    const cands = new Set<LightElement>([top]);
    for (let p = top.parent, i = 0; p && i < 4 && p.tag !== 'html' && p.tag !== '#root'; p = p.parent, i++) cands.add(p);
    for (let i = 0; i < Math.min(ranked.length, 5); i++) cands.add(ranked[i]![0]);
    let best = top;
    let bestF = f1(bag(textOf(top, this.dropped)), gold) + 0.02;
    for (const c of cands) {
      if (c === top) continue;
      const f = f1(bag(textOf(c, this.dropped)), gold);
      if (f > bestF) {
        best = c;
        bestF = f;
      }
    }
    return best;
  }

  // ---- 4. block emission ---------------------------------------------------------------
  /** Record every chrome subtree marked in step 2, in document order. */
  recordDropped(el: LightElement, removed: Removed[]): void {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (this.dropped.has(c)) {
        const text = textOf(c, null);
        if (text) removed.push({ text, reason: this.dropReason.get(c) ?? 'boilerplate' });
      } else this.recordDropped(c, removed);
    }
  }

  /** Readability's _cleanConditionally verdict for a container inside the content. */
  conditionalReason(el: LightElement): RemovalReason | null {
    const t = el.tag;
    const isList = t === 'ul' || t === 'ol';
    if (!(isList || t === 'div' || t === 'section' || t === 'table' || t === 'form' || t === 'fieldset' || t === 'dl')) return null;
    const s = this.st(el);
    if (s.text === 0) return null;
    const weight = this.useClassHints ? classWeight(el) : 0;
    const ld = s.link / s.text;
    if (weight + (this.scores.get(el) ?? 0) < 0 && ld > 0.2) return ld > 0.5 ? 'related-links' : 'boilerplate';
    if (this.isTeaserGrid(el, s)) return 'related-links';
    if (s.commas >= 10) return null;
    if (t === 'table') return ld > 0.5 && s.text < 2000 ? 'related-links' : null;
    if (!isList && s.li > s.p && ld > 0.3) return 'related-links';
    if (s.input > Math.floor(s.p / 3) && s.input > 0) return 'call-to-action';
    if (!isList && weight < 25 && ld > 0.3 && s.text < 1500) return 'related-links';
    if (weight >= 25 && ld > 0.5) return 'related-links';
    if (isList && ld > 0.6 && s.li >= 3 && s.text < 1500) return 'related-links';
    return null;
  }

  /**
   * A box of three or more look-alike teaser cards (same tag and class, each holding a link,
   * short text, and for list items an image): recirculation, not article text.
   */
  isTeaserGrid(el: LightElement, s: Stats): boolean {
    if (s.link === 0 || s.text > 4000) return false;
    const groups = new Map<string, LightElement[]>();
    for (const c of el.children) {
      if (typeof c === 'string' || this.dropped.has(c)) continue;
      if (c.tag === 'p' || HEADING_TAGS.has(c.tag) || c.tag === 'br') continue;
      const key = `${c.tag}.${c.attrs.class ?? ''}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(c);
    }
    for (const g of groups.values()) {
      if (g.length < 3) continue;
      let text = 0;
      let link = 0;
      let allImg = true;
      let ok = true;
      for (const c of g) {
        const cs = this.st(c);
        if (cs.link === 0 || cs.text > 350 || (cs.img === 0 && (c.tag === 'li' || cs.link < 0.4 * cs.text))) {
          ok = false;
          break;
        }
        text += cs.text;
        link += cs.link;
        if (cs.img === 0) allImg = false;
      }
      if (ok && text >= 0.6 * s.text && text / g.length < 250 && (allImg || link >= 0.25 * text)) return true;
    }
    return false;
  }

  emit(roots: LightElement[], captions: string[], removed: Removed[]): Block[] {
    const blocks: Block[] = [];
    let buf = '';
    let linkChars = 0;
    let owner: LightElement = roots[0] ?? this.body;
    const flush = () => {
      const text = normalizeSpace(buf);
      if (text) blocks.push({ text, tag: owner.tag, owner, linkChars });
      buf = '';
      linkChars = 0;
    };
    const walk = (el: LightElement, inLink: boolean, root: boolean): void => {
      if (this.dropped.has(el)) return; // recorded page-wide by recordDropped()
      const t = el.tag;
      if (!root) {
        const cr = this.conditionalReason(el);
        if (cr) {
          flush();
          const text = textOf(el, this.dropped);
          if (text) removed.push({ text, reason: cr });
          return;
        }
        if (t === 'figcaption' || (el.classId && CAPTION.test(el.classId) && this.st(el).text < 400 && this.st(el).p <= 1)) {
          flush();
          const text = textOf(el, this.dropped);
          if (text) {
            captions.push(text);
            removed.push({ text, reason: 'caption' });
          }
          return;
        }
        if (this.useClassHints && el.classId && SHARE_LIKE.test(el.classId) && this.st(el).text < 500) {
          flush();
          const text = textOf(el, this.dropped);
          if (text) removed.push({ text, reason: 'share' });
          return;
        }
      }
      const block = BLOCK_TAGS.has(t);
      const prevOwner = owner;
      if (block) {
        flush();
        owner = el;
      }
      const link = inLink || t === 'a';
      for (const c of el.children) {
        if (typeof c === 'string') {
          buf += c;
          if (link) linkChars += c.length;
        } else walk(c, link, false);
      }
      if (block) {
        flush();
        owner = prevOwner;
      }
    };
    for (const r of roots) walk(r, false, true);
    flush();
    return blocks;
  }
}

function findBody(root: LightElement): LightElement {
  const stack: LightElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tag === 'body') return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string' && c.tag !== 'head') stack.push(c);
    }
  }
  return root;
}

/** Whitespace-normalised text of an element, with block boundaries as spaces. */
function textOf(el: LightElement, dropped: Set<LightElement> | null): string {
  const parts: string[] = [];
  const walk = (e: LightElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else if (!dropped || !dropped.has(c)) {
        const b = BLOCK_TAGS.has(c.tag);
        if (b) parts.push(' ');
        walk(c);
        if (b) parts.push(' ');
      }
    }
  };
  walk(el);
  return normalizeSpace(parts.join(''));
}

const TOKEN = /[\p{L}\p{N}]+/gu;
function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of text.toLowerCase().match(TOKEN) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
function f1(p: Map<string, number>, g: Map<string, number>): number {
  let np = 0, ng = 0, common = 0;
  for (const c of p.values()) np += c;
  for (const [t, c] of g) {
    ng += c;
    const pc = p.get(t);
    if (pc) common += Math.min(pc, c);
  }
  if (!np || !ng || !common) return 0;
  const pr = common / np, rc = common / ng;
  return (2 * pr * rc) / (pr + rc);
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Decide which emitted blocks are body text; the rest go to `removed`. */
function filterBlocks(blocks: Block[], title: string | null, removed: Removed[]): string[] {
  const out: string[] = [];
  const nt = title ? norm(title) : null;
  let first = true;
  let relatedMode = false;
  for (const b of blocks) {
    const text = b.text;
    let reason: RemovalReason | null = null;
    if (text.length < 220) {
      for (const [re, r] of BLOCK_TEXT_CHROME) {
        if (re.test(text)) {
          reason = r;
          break;
        }
      }
      if (!reason && HEADING_TAGS.has(b.tag) && nt && norm(text) === nt) reason = 'title';
      if (!reason && text.length < 120 && (BYLINE.test(b.owner.classId) || b.owner.attrs.rel === 'author') ) reason = 'byline';
      if (!reason && first && text.length < 100 && BYLINE_TEXT.test(text)) reason = 'byline';
      if (!reason && text.length < 60 && DATE_ONLY.test(text)) reason = 'date-only';
    }
    // After a "Related / You may also like" intro, drop the link-heavy teasers that follow it.
    if (!reason && relatedMode) {
      if (b.linkChars > 0.5 * text.length || (text.length < 90 && !SENTENCE_END.test(text))) reason = 'related-links';
      else relatedMode = false;
    }
    if (reason === 'related-links' && text.length < 100) relatedMode = true;
    if (reason) removed.push({ text, reason });
    else {
      out.push(text);
      first = false;
    }
  }
  return out;
}

function sumTextStats(pass: Pass, el: LightElement): Stats {
  return pass.computeStats(el, false);
}

/**
 * Extract the main content and metadata of an HTML page.
 * Follows Mozilla Readability's candidate scoring with boilerpipe/trafilatura-style block filters
 * on an htmlparser2 light DOM (see the module comment for the steps).
 * @param html the page source (any HTML; malformed markup is tolerated).
 * @param options.url the page URL, used for `url` when the page gives no canonical and to resolve relative ones.
 * @returns paragraphs, removed blocks, captions and evidenced metadata.
 * @throws TypeError when `html` is not a string.
 */
export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  if (typeof html !== 'string') {
    throw new TypeError(`Expected a string, not ${html === null ? 'null' : Array.isArray(html) ? 'array' : typeof html}`);
  }
  const doc = parseLightDocument(html);

  // Raw stats (nothing dropped) for the protection rule.
  const probe = new Pass(doc, true, new Map(), 0);
  const rawTotal = sumTextStats(probe, probe.body).ptext;
  const rawStats = probe.stats;

  const firstH1 = findFirst(probe.body, 'h1');
  const meta = readHeadMetadata(doc, options.url ?? null, firstH1 ? textOf(firstH1, null) || null : null);

  let result: { paragraphs: string[]; removed: Removed[]; captions: string[]; pass: Pass; roots: LightElement[] } | null = null;
  for (const hints of [true, false]) {
    const pass = new Pass(doc, hints, rawStats, rawTotal);
    pass.mark(pass.body, pass.body.tag === 'article');
    pass.computeStats(pass.body, false);
    const roots = pass.select(meta.articleBody);
    const removed: Removed[] = [];
    pass.recordDropped(pass.body, removed);
    const captions: string[] = [];
    const blocks = pass.emit(roots, captions, removed);
    const paragraphs = filterBlocks(blocks, meta.title?.value ?? meta.documentTitle, removed);
    const len = paragraphs.reduce((a, p) => a + p.length, 0);
    if (!result || len > result.paragraphs.reduce((a, p) => a + p.length, 0)) result = { paragraphs, removed, captions, pass, roots };
    if (len >= 500) break;
  }
  const r = result!;

  // Byline and date from the content when the head has none.
  const found = findInContent(r.pass, r.roots);
  const byline = meta.byline ?? found.byline;
  const published = meta.published ?? found.published;
  // Figure captions of the article that sit beside the chosen container (e.g. a lead photo).
  for (const sc of found.scope) collectCaptions(r.pass, sc, r.roots, r.captions, r.removed);

  return {
    paragraphs: r.paragraphs,
    removed: r.removed,
    captions: r.captions,
    title: meta.title,
    byline,
    published,
    siteName: meta.siteName,
    lang: meta.lang,
    url: meta.url,
  };
}

/** Add <figcaption> texts under `el` (outside `roots`, not chrome) that were not collected yet. */
function collectCaptions(pass: Pass, el: LightElement, roots: LightElement[], captions: string[], removed: Removed[]): void {
  for (const c of el.children) {
    if (typeof c === 'string' || pass.dropped.has(c) || roots.includes(c)) continue;
    if (c.tag === 'figcaption') {
      const t = textOf(c, pass.dropped);
      if (t && !captions.includes(t)) {
        captions.push(t);
        removed.push({ text: t, reason: 'caption' });
      }
    } else collectCaptions(pass, c, roots, captions, removed);
  }
}

function findFirst(el: LightElement, tag: string): LightElement | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.tag === tag) return c;
    const f = findFirst(c, tag);
    if (f) return f;
  }
  return null;
}

/** Text of a byline element, preferring a nested name (itemprop=name, rel=author, a link), without "By" and trailing dates. */
function bylineText(el: LightElement, dropped: Set<LightElement>): string | null {
  const inner = findWhere(el, (e) => e.attrs.itemprop === 'name' || e.attrs.rel === 'author' || (e.tag === 'a' && /author|autor|people|profile|staff|contributor/.test(e.attrs.href ?? '')));
  let t = textOf(inner ?? el, dropped);
  t = t.replace(/^(?:written\s+)?(?:by|por|par|von|de)\s*:?\s+/i, '');
  // Cut at the first date-like or separator part: "Jane Doe - Apr 16, 2015", "Ana Gómez | 3 hours ago".
  t = t.split(/\s+[-|·•–—]\s+|\s*\d{1,4}[/.:-]\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+\d+\s+(?:hours?|minutes?|days?|hodin|horas?)\b|\s+(?:updated|published|actualizado|publicado)\b/i)[0]!.trim();
  if (/^(?:last|updated|published|posted|actualizado|publicado|share|follow|comments?)\b/i.test(t)) return null;
  return t && t.length <= 80 && /\p{L}/u.test(t) ? t : null;
}

function findWhere(el: LightElement, pred: (e: LightElement) => boolean): LightElement | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (pred(c)) return c;
    const f = findWhere(c, pred);
    if (f) return f;
  }
  return null;
}

const SKIP_FOR_BYLINE: ReadonlySet<RemovalReason> = new Set(['related-links', 'navigation', 'footer', 'advertising', 'call-to-action', 'boilerplate']);

/**
 * Byline and publication date from the page body: the byline from rel=author / itemprop=author /
 * byline-like classes anywhere outside chrome (as Readability's _checkByline does); the date only
 * from <time datetime> / itemprop=datePublished inside the chosen container and its nearest
 * ancestors (the article header), so a related article's date is never taken.
 */
function findInContent(pass: Pass, roots: LightElement[]): { byline: Evidenced<string> | null; published: Evidenced<string> | null; scope: Set<LightElement> } {
  let byline: Evidenced<string> | null = null;
  let published: Evidenced<string> | null = null;
  let pubRank = 9;
  const visitByline = (el: LightElement) => {
    if (byline) return;
    if (pass.dropped.has(el) && SKIP_FOR_BYLINE.has(pass.dropReason.get(el)!)) return;
    const a = el.attrs;
    const isAuthor = a.rel === 'author' || (a.itemprop ?? '').includes('author') ||
      (el.classId !== '' && BYLINE.test(el.classId) && !/date|time|avatar|image|photo|img|bio|desc/.test(el.classId));
    if (isAuthor) {
      const t = bylineText(el, pass.dropped);
      if (t) {
        byline = { value: t, evidence: `${a.rel === 'author' ? 'a[rel="author"]' : a.itemprop ? `[itemprop="${a.itemprop}"]` : `.${(a.class ?? a.id ?? '').trim().split(/\s+/)[0]}`} ${t}` };
        return;
      }
    }
    for (const c of el.children) if (typeof c !== 'string') visitByline(c);
  };
  const visitDate = (el: LightElement) => {
    if (pass.dropped.has(el)) return;
    const a = el.attrs;
    const ip = a.itemprop ?? '';
    if (pubRank > 0 && ip === 'datePublished') {
      const raw = a.content ?? a.datetime ?? textOf(el, null);
      const v = raw ? normalizeDate(raw) : null;
      if (v) {
        published = { value: v, evidence: `[itemprop="datePublished"] ${raw}` };
        pubRank = 0;
      }
    } else if (pubRank > 1 && el.tag === 'time' && a.datetime && !/modif|updat/i.test(`${el.classId} ${ip}`)) {
      const v = normalizeDate(a.datetime);
      if (v) {
        const rank = a.pubdate !== undefined || /publish|posted|pub/.test(el.classId) ? 1 : 2;
        if (rank < pubRank) {
          published = { value: v, evidence: `<time datetime="${a.datetime}">` };
          pubRank = rank;
        }
      }
    }
    for (const c of el.children) if (typeof c !== 'string') visitDate(c);
  };
  visitByline(pass.body);
  // The article header usually sits just above the body container.
  const scope = new Set<LightElement>();
  for (const r of roots) {
    let p: LightElement = r;
    for (let i = 0; i < 2 && p.parent && p.parent !== pass.body && p.parent.tag !== 'html' && p.parent.tag !== '#root'; i++) p = p.parent;
    scope.add(p);
  }
  for (const sc of scope) visitDate(sc);
  return { byline, published, scope };
}
