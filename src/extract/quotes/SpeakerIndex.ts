/**
 * The people and other possible speakers of one article, with what is needed to resolve a
 * speaker mention to a full name: surname aliases ("Maduro" → "Nicolás Maduro"), titles learnt
 * from appositions ("el portavoz de la Presidencia rusa, Dmitri Peskov"), designations resolved to
 * the most recent compatible person, pronouns to the most recent person (a light version of the
 * speaker-linking sieve of Muzny et al. 2017).
 */
import type { CompiledLexicon } from './lexicon/compileLexicon.ts';
import type { QuoteMarkSpan } from './findQuoteMarks.ts';
import type { NameMention, TextSpan } from './Quote.ts';
import { foldAccents } from '../../text/foldAccents.ts';

/** A possible speaker mention. */
export interface Agent {
  start: number;
  end: number;
  kind: 'name' | 'designation' | 'pronoun' | 'org' | 'np';
  /** The name part to report as the speaker span (for "el portavoz, Dmitri Peskov": the name). */
  span: TextSpan;
  /** Person index for names. */
  person?: number;
  /** Designation class for designations. */
  cls?: number;
  /** Inside a quotation. */
  inQuote: boolean;
  /** Inside an apposition or relative clause hanging off another mention. */
  dependent: boolean;
}

interface Person {
  name: string;
  titles: Set<number>;
  first: number;
  /** Introduced with an apposition or title. */
  titled: boolean;
}

const fold = foldAccents;

/** What may sit between a designation and the name it introduces. */
const APPOS_RE = /^(?:\s+\p{Ll}+){0,2}(?:\s+(?:de|del|de la|de los|of|for|at|in)\s+[^,.;«»“”"\n]{1,50}?)?,\s+$/u;
/** A relative or parenthetical clause opener after a comma. */
const RELATIVE_RE = /,\s*(?:quien|quienes|que|cuyo|cuya|who|whom|whose|which|el cual|la cual)\s/giu;

/** Index of the speakers of one article. */
export class SpeakerIndex {
  /** Agents sorted by start. */
  readonly agents: Agent[] = [];
  private readonly persons: Person[] = [];
  private readonly quoteSpans: readonly QuoteMarkSpan[];

  /**
   * Build the index.
   *
   * @param text - Article text.
   * @param mentions - Name mentions (NER output or `findNames`).
   * @param marks - Quotations from `findQuoteMarks`.
   * @param lx - Compiled lexicon of the article's language.
   */
  constructor(text: string, mentions: readonly NameMention[], marks: readonly QuoteMarkSpan[], lx: CompiledLexicon) {
    if (typeof text !== 'string') throw new TypeError(`Expected a string text, not \`${typeof text}\``);
    this.quoteSpans = marks;
    const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    // Person mentions: PER, plus any single word equal to a known PER surname.
    const surnames = new Set<string>();
    for (const m of sorted) if (m.type === 'PER') surnames.add(fold(lastWord(m.text)));
    const per: NameMention[] = sorted.filter((m) => m.type === 'PER' || (!/\s/.test(m.text.trim()) && surnames.has(fold(m.text.trim()))));
    // Surnames the NER missed elsewhere in the text.
    for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
      if (!surnames.has(fold(m[0]))) continue;
      const s = m.index;
      if (sorted.some((x) => x.start <= s && s < x.end)) continue;
      per.push({ text: m[0], start: s, end: s + m[0].length, type: 'PER' });
    }
    per.sort((a, b) => a.start - b.start);
    // Organisations: ORG mentions, and any other mention headed by a media noun ("los diarios Miami
    // Herald y The Wall Street Journal", whatever type the NER gave the titles).
    const orgs: NameMention[] = [];
    let prevMedia: NameMention | null = null;
    const perSet = new Set(per);
    for (const m of sorted) {
      if (perSet.has(m)) continue;
      const media = lx.mediaBefore.test(text.slice(Math.max(0, m.start - 30), m.start)) || (prevMedia !== null && prevMedia.end <= m.start && /^,?\s+(?:y|e|and|&)\s+$/u.test(text.slice(prevMedia.end, m.start)));
      if (media) prevMedia = m;
      if (m.type === 'ORG' || media) orgs.push(m);
    }
    // Full names: a surname-only mention takes the nearest earlier (else first later) longer name.
    const full: string[] = per.map((m) => cleanName(m.text));
    for (let i = 0; i < per.length; i++) {
      const name = full[i]!;
      const words = name.split(/\s+/);
      if (words.length > 1 && words.length <= 4) continue;
      const last = fold(words[words.length - 1]!);
      let best: string | null = null;
      for (let j = 0; j < per.length; j++) {
        const c = full[j]!.split(/\s+/);
        if (c.length < 2 || c.length > 4 || fold(c[c.length - 1]!) !== last) continue;
        if (j < i || best === null) best = full[j]!;
        if (j > i) break;
      }
      if (best) full[i] = best;
    }
    const byName = new Map<string, number>();
    const personOf: number[] = [];
    per.forEach((m, i) => {
      const key = fold(full[i]!);
      let id = byName.get(key);
      if (id === undefined) {
        id = this.persons.length;
        this.persons.push({ name: full[i]!, titles: new Set(), first: m.start, titled: false });
        byName.set(key, id);
      }
      personOf.push(id);
    });
    const inQuote = (p: number): boolean => this.inQuote(p);
    const nameAgents: Agent[] = per.map((m, i) => ({
      start: m.start,
      end: m.end,
      kind: 'name',
      span: { text: m.text, start: m.start, end: m.end },
      person: personOf[i]!,
      inQuote: inQuote(m.start),
      dependent: false,
    }));
    const dependentRanges: Array<[number, number]> = [];
    // Titles after a name: "Dmitri Peskov, portavoz de la Presidencia rusa,".
    for (const a of nameAgents) {
      const after = text.slice(a.end, a.end + 140);
      const m = a.inQuote ? null : lx.bareDesignation.exec(after);
      if (m) {
        const cls = lx.designationClass.get(m[1]!.toLowerCase());
        if (cls !== undefined) this.persons[a.person!]!.titles.add(cls);
        this.persons[a.person!]!.titled = true;
        dependentRanges.push([a.end, a.end + m[0].length]);
      }
    }
    // Designations; merge "designation, Name" and "designation Name" into the name.
    const desAgents: Agent[] = [];
    lx.designation.lastIndex = 0;
    for (const m of text.matchAll(lx.designation)) {
      const start = m.index;
      const end = start + m[0].length;
      const cls = lx.designationClass.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      const name = nameAgents.find((a) => a.start >= end && a.start <= end + 60 && (/^\s+$/.test(text.slice(end, a.start)) || APPOS_RE.test(text.slice(end, a.start))));
      if (name) {
        if (!inQuote(start)) {
          if (cls !== undefined) this.persons[name.person!]!.titles.add(cls);
          this.persons[name.person!]!.titled = true;
        }
        name.start = Math.min(name.start, start);
        continue;
      }
      if (nameAgents.some((a) => a.start <= start && start < a.end)) continue;
      desAgents.push({ start, end, kind: 'designation', span: { text: m[0], start, end }, cls, inQuote: inQuote(start), dependent: false });
    }
    const pronAgents: Agent[] = [];
    if (lx.pronouns.size > 0) {
      for (const m of text.matchAll(/[\p{L}]+/gu)) {
        if (!lx.pronouns.has(m[0].toLowerCase())) continue;
        if (m[0] !== m[0].toLowerCase() && m[0] !== 'I' && !/^\p{Lu}\p{Ll}*$/u.test(m[0])) continue;
        const s = m.index;
        pronAgents.push({ start: s, end: s + m[0].length, kind: 'pronoun', span: { text: m[0], start: s, end: s + m[0].length }, inQuote: inQuote(s), dependent: false });
      }
    }
    const orgAgents: Agent[] = orgs.map((m) => ({ start: m.start, end: m.end, kind: 'org', span: { text: m.text, start: m.start, end: m.end }, inQuote: inQuote(m.start), dependent: false }));
    // Relative clauses ", quien …," hang off the mention before them.
    for (const m of text.matchAll(RELATIVE_RE)) {
      const close = text.slice(m.index + 1).search(/[,;.\n]/);
      dependentRanges.push([m.index, close < 0 ? text.length : m.index + 1 + close]);
    }
    this.agents.push(...nameAgents, ...desAgents, ...pronAgents, ...orgAgents);
    this.agents.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const a of this.agents) if (dependentRanges.some(([s, e]) => a.start >= s && a.start < e)) a.dependent = true;
  }

  /** True when an offset lies inside a quotation (marks included). */
  inQuote(p: number): boolean {
    let lo = 0;
    let hi = this.quoteSpans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quoteSpans[mid]!;
      if (p < q.open) hi = mid - 1;
      else if (p > q.close) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /**
   * The full name an agent stands for, or undefined when it cannot be resolved.
   *
   * @param a - The agent.
   * @param sentenceEnd - End of the agent's sentence (cataphora looks in the next sentence).
   * @param nextSentenceEnd - End of the following sentence.
   */
  resolve(a: Agent, sentenceEnd: number, nextSentenceEnd: number): string | undefined {
    if (a.kind === 'name') return this.persons[a.person!]!.name;
    if (a.kind === 'org') return a.span.text;
    if (a.kind === 'pronoun') {
      const w = a.span.text.toLowerCase();
      if (!['he', 'she', 'i', 'él', 'ella'].includes(w)) return undefined;
      const p = this.recentPerson(a.start, () => true);
      return p === undefined ? undefined : this.persons[p]!.name;
    }
    const cls = a.cls;
    if (a.kind === 'np') {
      // A bare noun phrase: only a person introduced right after it can name it.
      for (const b of this.agents) {
        if (b.start <= a.end || b.start >= nextSentenceEnd || b.kind !== 'name' || b.inQuote) continue;
        const p = this.persons[b.person!]!;
        if (p.first === b.span.start && p.titled) return p.name;
      }
      return undefined;
    }
    if (cls !== undefined) {
      const p = this.recentPerson(a.start, (id) => this.persons[id]!.titles.has(cls));
      if (p !== undefined) return this.persons[p]!.name;
    }
    // Cataphora: a person first introduced, with a title, later in this sentence or in the next.
    for (const b of this.agents) {
      if (b.start <= a.end || b.start >= nextSentenceEnd || b.kind !== 'name' || b.inQuote) continue;
      const p = this.persons[b.person!]!;
      if (p.first === b.span.start && p.titled) return p.name;
    }
    const p = this.recentPerson(a.start, (id) => this.persons[id]!.titles.size === 0) ?? this.recentPerson(a.start, () => true, 600);
    void sentenceEnd;
    return p === undefined ? undefined : this.persons[p]!.name;
  }

  /**
   * The most recent name, designation or pronoun outside quotations before an offset, within a window.
   *
   * @param before - Offset to look back from.
   * @param window - Maximum distance in characters.
   */
  recentAgent(before: number, window: number): Agent | null {
    for (let i = this.agents.length - 1; i >= 0; i--) {
      const b = this.agents[i]!;
      if (b.start >= before) continue;
      if (b.start < before - window) break;
      if (b.inQuote || b.kind === 'org' || b.kind === 'np') continue;
      return b;
    }
    return null;
  }

  /** The most recent person mentioned (outside quotations) before an offset that passes a test. */
  private recentPerson(before: number, ok: (id: number) => boolean, window = Infinity): number | undefined {
    for (let i = this.agents.length - 1; i >= 0; i--) {
      const b = this.agents[i]!;
      if (b.start < before - window) break;
      if (b.start >= before || b.kind !== 'name' || b.inQuote) continue;
      if (ok(b.person!)) return b.person;
    }
    return undefined;
  }
}

/** Last whitespace-separated word of a name. */
function lastWord(s: string): string {
  const w = s.trim().split(/\s+/);
  return w[w.length - 1] ?? s;
}

/** Drop a possessive ending and stray punctuation from a name. */
function cleanName(s: string): string {
  return s.trim().replace(/['’]s$/u, '').replace(/[.,;:]+$/u, '');
}
