/**
 * Find the quotations, reported statements and attributed claims of one article, with cue,
 * speaker (resolved to a full name within the article) and channel. Rule-based, after the
 * attribution model of PARC 3.0 (Pareti 2016: source, cue, content), the quote/speaker sieves of
 * Muzny et al. (2017) and the quote extractor of the Gender Gap Tracker (Asr et al. 2021).
 */
import { compileLexicon, type CompiledLexicon } from './lexicon/compileLexicon.ts';
import { findNames } from './findNames.ts';
import { findQuoteMarks, type QuoteMarkSpan } from './findQuoteMarks.ts';
import type { Claim, NameMention, Quote, TextSpan } from './Quote.ts';
import { sentenceSpans } from './sentenceSpans.ts';
import { SpeakerIndex, type Agent } from './SpeakerIndex.ts';

export type { Claim, Quote, TextSpan } from './Quote.ts';

/** Options of `findQuotes`. */
export interface FindQuotesOptions {
  /** ISO 639-1 language code ("es", "en"). */
  lang: string;
  /** Name mentions from the NER (`findEntities`); without them a capitalised-run finder is used. */
  entities?: readonly NameMention[];
}

interface Cue {
  start: number;
  end: number;
  /** The verb form itself. */
  form: string;
  /** Offset just after the complementiser when one follows. */
  comp: number | null;
  compStart: number | null;
  framing: boolean;
}

interface Speaker {
  agent: Agent | null;
  name: string | undefined;
}

/** Trailing punctuation and closing marks at the end of a reported clause. */
const TRAIL_RE = /[\s.,;:!?)]+$/u;
/** Words that may stand between a cue and an inverted subject ("dijo este lunes el ministro"). */
const GAP_RE = /^(?:[\s,]+(?:este|esta|el|this|on|last|late|early|in|a|an|the)?\s*(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mañana|tarde|noche|week|statement|interview|también|además|luego|hoy|ayer|today|yesterday|tonight|then|also|recently|later)\b)*[\s,]*$/iu;
/** A gerund, possibly with a clitic ("calificándola", "describing"). */
const GERUND_RE = /(?:ando|endo|iendo|ándol[ao]s?|éndol[ao]s?|ándole|iéndol[ao]s?|ing)$/u;
/** Coordination of a second reported clause ("y que", "and that"). */
const COORD_CLAUSE_RE = /\b(?:y|e|and)\s*,?\s*(?:que|that)\b/iu;
/** Coordinated capitalised names after a source ("y The Wall Street Journal"). */
const COORD_RE = /^(?:,?\s+(?:y|e|and|&)\s+(?:The\s+|El\s+|La\s+)?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*)*)+/u;
/** English words that cannot open a bare reported clause. */
const NO_BARE = new Set(['to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'and', 'or', 'but', 'so', 'as', 'than', 'that', 'it', 'him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'so.', 'yes', 'no']);

/**
 * Find quotes and attributed claims in an article.
 *
 * @param text - The article's clean text (paragraphs separated by blank lines).
 * @param options - `lang` (ISO 639-1) and optional NER `entities` (`findEntities(text, lang)`).
 * @returns `quotes` (direct, partial, indirect) and `claims` (source-attributed statements), in text order.
 */
export function findQuotes(text: string, options: FindQuotesOptions): { quotes: Quote[]; claims: Claim[] } {
  if (typeof text !== 'string') throw new TypeError(`Expected a string text, not \`${typeof text}\``);
  if (!options || typeof options.lang !== 'string') throw new TypeError('Expected options with a string `lang`');
  if (options.entities !== undefined && !Array.isArray(options.entities)) throw new TypeError('Expected `entities` to be an array of mentions');
  const lx = compileLexicon(options.lang);
  const en = lx.lex.lang === 'en';
  const marks = findQuoteMarks(text);
  const sents = sentenceSpans(text, marks);
  const index = new SpeakerIndex(text, options.entities ?? findNames(text, options.lang), marks, lx);
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  const paraOf = paragraphIndex(text);
  let last: { sp: Speaker; para: number } | null = null;
  /** The last direct quotation with a cue: a bare quotation right after it continues it ("“A,” he said. “B.”"). */
  let lastDirect: { cue: Cue; sp: Speaker; para: number; si: number; via: TextSpan | null } | null = null;
  /** A sentence ending in a colon with no quotation after it ("Dr. Ward stated:"): it announces the next one. */
  let colonLead: { cue: Cue | null; sp: Speaker; si: number } | null = null;

  for (let si = 0; si < sents.length; si++) {
    const [ss, se] = sents[si]!;
    const nextEnd = sents[si + 1]?.[1] ?? se;
    const para = paraOf(ss);
    const cues = findCues(text, ss, se, lx, index);
    const cueSpeaker = new Map<Cue, Speaker>();
    const speakerOf = (cue: Cue, clauseFloor = ss): Speaker => {
      const memo = cueSpeaker.get(cue);
      if (memo) return memo;
      let floor = clauseFloor;
      for (const c of cues) if (c.start < cue.start && c.comp !== null && c.comp <= cue.start) floor = Math.max(floor, c.comp);
      for (const q of marks) if (q.close < cue.start && q.close >= floor) floor = Math.max(floor, q.close + 1);
      let agent = leftAgent(text, index, lx, floor, cue.start, false);
      if (!agent && cue.comp === null) agent = rightAgent(text, index, lx, cue.end, se);
      agent ??= nounPhrase(text, lx, floor, cue.start);
      let sp: Speaker;
      if (agent) sp = { agent, name: index.resolve(agent, se, nextEnd) };
      else {
        const earlier = cues.find((c) => c.start < cue.start && cueSpeaker.get(c)?.agent);
        const inherited = earlier ? cueSpeaker.get(earlier)! : last && para - last.para <= 2 ? last.sp : null;
        sp = inherited ? { agent: null, name: inherited.name } : { agent: null, name: undefined };
        if (inherited?.agent) sp = { agent: inherited.agent, name: inherited.name };
        if (!inherited) {
          // No earlier speaker: the subject of the previous sentence (pro-drop: "… Sin más detalles, dijo que…").
          const near = index.recentAgent(ss, 600);
          if (near && near.kind !== 'pronoun') sp = { agent: near, name: index.resolve(near, se, nextEnd) };
        }
      }
      cueSpeaker.set(cue, sp);
      return sp;
    };
    const emit = (content: TextSpan, kind: Quote['kind'], cue: Cue | null, sp: Speaker, contentText?: string, via?: TextSpan | null): void => {
      const q: Quote = {
        text: contentText ?? content.text,
        start: content.start,
        end: content.end,
        kind,
        cue: cue ? text.slice(cue.start, cue.end) : null,
        speaker: sp.agent ? { ...sp.agent.span } : null,
        via: via !== undefined ? via : cue ? findVia(text, lx, index, cue, se) : null,
      };
      if (cue) {
        q.cueStart = cue.start;
        q.cueEnd = cue.end;
      }
      if (sp.name !== undefined) q.speakerName = sp.name;
      quotes.push(q);
      if (sp.name !== undefined || sp.agent) last = { sp, para };
      if (kind === 'direct' && cue) lastDirect = { cue, sp, para, si, via: q.via };
    };

    // Quotations whose (last) opening mark lies in this sentence.
    const inSent = marks.filter((q) => {
      const lo = q.reopen.length ? q.reopen[q.reopen.length - 1]! : q.open;
      return lo >= ss && lo < se;
    });
    const directCues = new Set<Cue>();
    const partialCues = new Set<Cue>();
    let prevDirect: { cue: Cue | null; sp: Speaker } | null = null;
    for (const q of inSent) {
      const lo = q.reopen.length ? q.reopen[q.reopen.length - 1]! : q.open;
      const before = text.slice(ss, lo);
      const after = text.slice(q.close + 1, se);
      const content = { text: q.text, start: q.start, end: q.end };
      const words = q.text.trim().split(/\s+/).length;
      const beforeEmpty = /^[\s\-—–]*$/u.test(before);
      const beforeColon = /:\s*$/u.test(before);
      const afterCue = cues.find((c) => c.start > q.close && !c.framing && /^[\s,.:;—–-]*(?:[^\s«»“”"]+\s+){0,10}$/u.test(text.slice(q.close + 1, c.start)));
      const afterEmpty = /^[\s.,;:!?)]*$/u.test(after);
      if (beforeColon) {
        const cue = [...cues].reverse().find((c) => c.end <= lo) ?? null;
        let sp = cue ? speakerOf(cue) : null;
        if (!sp) {
          // "Bush: “…”", "Her reply was: “…”": the subject before the colon.
          const agent = leftAgent(text, index, lx, ss, ss + before.lastIndexOf(':'), true);
          sp = agent ? { agent, name: index.resolve(agent, se, nextEnd) } : inherit(last, para);
        }
        if (cue) directCues.add(cue);
        emit(content, 'direct', cue, sp);
        prevDirect = { cue, sp };
        continue;
      }
      if (beforeEmpty && afterCue) {
        directCues.add(afterCue);
        let sp = cueSpeaker.get(afterCue);
        if (!sp) {
          // "“…,” said X": the subject follows the cue; "“…,” X told Y": it stands before it.
          const inverted = !/\p{L}/u.test(text.slice(q.close + 1, afterCue.start));
          let agent: Agent | null;
          if (inverted) agent = rightAgent(text, index, lx, afterCue.end, se) ?? invertedSubject(text, index, lx, afterCue.end, se);
          else agent = leftAgent(text, index, lx, q.close + 1, afterCue.start, true) ?? rightAgent(text, index, lx, afterCue.end, se);
          // A phrase after the cue is the whole subject ("wrote one reader"): no later person names it.
          sp = agent ? { agent, name: inverted && agent.kind === 'np' ? undefined : index.resolve(agent, se, nextEnd) } : inherit(last, para);
          cueSpeaker.set(afterCue, sp);
        }
        emit(content, 'direct', afterCue, sp);
        prevDirect = { cue: afterCue, sp };
        continue;
      }
      if (prevDirect && words >= 2 && /^[\s,]*$/u.test(after.replace(/^[\s.,;:!?]*/u, '')) && afterEmpty) {
        // "“A,” he said, “B.”": the second part continues the first.
        emit(content, 'direct', prevDirect.cue, prevDirect.sp);
        continue;
      }
      if (beforeEmpty && afterEmpty && cues.length === 0) {
        const cl = colonLead as { cue: Cue | null; sp: Speaker; si: number } | null;
        if (cl && cl.si === si - 1 && (cl.sp.agent || cl.sp.name !== undefined)) {
          // "X stated: ⏎ “…”": the quotation the previous sentence announces.
          emit(content, 'direct', cl.cue, cl.sp);
          prevDirect = { cue: cl.cue, sp: cl.sp };
          continue;
        }
        const ld = lastDirect as { cue: Cue; sp: Speaker; para: number; si: number; via: TextSpan | null } | null;
        if (ld && ld.para === para && ld.si === si - 1) {
          // A quotation continuing the previous sentence's quotation in the same paragraph: the same statement.
          emit(content, 'direct', ld.cue, ld.sp, undefined, ld.via);
          prevDirect = { cue: ld.cue, sp: ld.sp };
          continue;
        }
        if (words >= 3) {
          let sp = inherit(last, para);
          if (!sp.agent && sp.name === undefined) {
            const near = index.recentAgent(lo, 400);
            if (near) sp = { agent: near, name: index.resolve(near, se, nextEnd) };
          }
          emit(content, 'direct', null, sp);
          prevDirect = { cue: null, sp };
        }
        continue;
      }
      // Partial quotation: governed by the nearest cue before it; a framing gerund ("calificándola de")
      // takes its speaker from the main verb of the sentence.
      const before_ = cues.filter((c) => c.end <= lo);
      let cue = before_[before_.length - 1] ?? null;
      if (cue && !cue.framing && COORD_CLAUSE_RE.test(text.slice(cue.end, lo))) {
        const withComp = before_.filter((c) => c !== cue && c.comp !== null && !c.framing);
        if (withComp.length) cue = withComp[withComp.length - 1]!;
      }
      if (cue?.framing) {
        const gov = cues.find((c) => c.start > q.close && !c.framing) ?? [...before_].reverse().find((c) => !c.framing) ?? null;
        emit(content, 'partial', cue, gov ? speakerOf(gov) : inherit(last, para));
        continue;
      }
      if (!cue) continue;
      emit(content, 'partial', cue, speakerOf(cue));
      partialCues.add(cue);
    }

    if (/:\s*$/u.test(text.slice(ss, se)) && !index.inQuote(se - 1)) {
      const colon = text.lastIndexOf(':', se);
      const cue = [...cues].reverse().find((c) => c.end <= colon && (c.comp === null || c.comp > colon)) ?? null;
      const agent = cue ? null : leftAgent(text, index, lx, ss, colon, true);
      const sp = cue ? speakerOf(cue) : agent ? { agent, name: index.resolve(agent, se, nextEnd) } : null;
      if (cue) directCues.add(cue);
      colonLead = sp ? { cue, sp, si } : null;
    }
    // Indirect speech and media claims.
    for (const cue of cues) {
      if (directCues.has(cue) || cue.framing) continue;
      let cStart: number | null = cue.compStart;
      if (cStart === null && en && lx.bare.has(cue.form.toLowerCase())) cStart = bareClauseStart(text, cue.end, se);
      let cEnd = se;
      if (cStart === null && partialCues.has(cue)) {
        // A cue that governs a quoted fragment without "que"/"that": its clause runs to the next cue's
        // clause or the sentence end ("accused him of an “artful smear”").
        cStart = cue.end + (text.slice(cue.end, se).length - text.slice(cue.end, se).trimStart().length);
        const nextCue = cues.find((c) => c.start > cue.end);
        if (nextCue) {
          const cut = text.lastIndexOf(',', nextCue.start);
          cEnd = cut > cStart ? cut : nextCue.start;
        }
      }
      if (cStart === null) {
        // Trailing cue: "The plan failed, X said."
        const tail = text.slice(cue.end, se);
        const sp = cueSpeaker.get(cue) ?? speakerOf(cue);
        const subjStart = sp.agent && sp.agent.start < cue.start ? sp.agent.start : cue.start;
        const head = text.slice(ss, subjStart);
        const tailRest = sp.agent && sp.agent.start > cue.end ? text.slice(sp.agent.end, se) : tail;
        const tailOk = /^[\s.,;:!?»”"]*$/u.test(tailRest) || /^,\s+(?:a|an|the|el|la|un|una)\s[^;]*$/iu.test(tailRest) || /^,?\s+(?:on\s+)?\p{L}+[\s.,;:!?»”"]*$/u.test(tailRest);
        if (/,\s*$/u.test(head) && tailOk && head.trim().split(/\s+/).length >= 3) {
          if (inSent.some((q) => q.open >= ss && q.close < subjStart)) continue;
          cStart = ss;
          cEnd = ss + head.replace(/[\s,]+$/u, '').length;
        } else continue;
      }
      const body = text.slice(cStart, cEnd).replace(TRAIL_RE, '');
      if (body.trim().split(/\s+/).length < 2) continue;
      const content = { text: body, start: cStart, end: cStart + body.length };
      const sp = speakerOf(cue);
      const media = sp.agent ? mediaSource(text, lx, index, sp.agent, ss, cue.start) : null;
      if (media) {
        claims.push({ ...content, source: media });
        continue;
      }
      emit(content, 'indirect', cue, sp);
    }
    // "Según X, …" / "…, according to X."
    lx.claim.lastIndex = 0;
    const sentText = text.slice(ss, se);
    for (const m of sentText.matchAll(lx.claim)) {
      const at = ss + m.index;
      if (index.inQuote(at)) continue;
      const prevWord = /(\p{L}+)\s*$/u.exec(text.slice(ss, at))?.[1]?.toLowerCase();
      if (prevWord && lx.determiners.has(prevWord)) continue;
      let src = m[2]!.replace(/\s+$/u, '');
      let srcStart = at + m[0].length - m[2]!.length;
      const media = lx.mediaSubject.exec(src);
      if (media && media[0].length < src.length) {
        srcStart += media[0].length;
        src = src.slice(media[0].length);
      }
      if (!src || src.split(/\s+/).length > 10) continue;
      const srcEnd = srcStart + src.length;
      const restStart = at + m[0].length;
      let content: TextSpan | null = null;
      const lead = text.slice(ss, at);
      if (/^[\s\p{L}]{0,25}$/u.test(lead) && text[restStart] === ',') {
        const cs = restStart + 1 + (text.slice(restStart + 1).length - text.slice(restStart + 1).trimStart().length);
        const body = text.slice(cs, se).replace(TRAIL_RE, '');
        content = { text: body, start: cs, end: cs + body.length };
      } else if (/,\s*$/u.test(lead)) {
        const body = lead.replace(/[\s,]+$/u, '');
        content = { text: body, start: ss, end: ss + body.length };
      }
      if (!content || content.text.trim().split(/\s+/).length < 3) continue;
      claims.push({ ...content, source: { text: src, start: srcStart, end: srcEnd } });
    }
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  claims.sort((a, b) => a.start - b.start);
  return { quotes, claims };
}

/** The speaker carried over from the previous quotation when it is close enough. */
function inherit(last: { sp: Speaker; para: number } | null, para: number): Speaker {
  return last && para - last.para <= 2 ? last.sp : { agent: null, name: undefined };
}

/** Map an offset to its paragraph number. */
function paragraphIndex(text: string): (p: number) => number {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*/g)) starts.push(m.index + m[0].length);
  return (p) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** The reporting cues of a sentence, outside quotations. */
function findCues(text: string, ss: number, se: number, lx: CompiledLexicon, index: SpeakerIndex): Cue[] {
  const out: Cue[] = [];
  const sent = text.slice(ss, se);
  lx.cue.lastIndex = 0;
  for (const m of sent.matchAll(lx.cue)) {
    const form = m[1]!;
    let start = ss + m.index;
    let end = start + form.length;
    if (index.inQuote(start)) continue;
    const lower = form.toLowerCase();
    if (form !== lower && start !== ss && !/^[¿¡«“"\s-]*$/u.test(text.slice(ss, start))) continue;
    // Words before the cue, not reaching back into a quotation ("“… saw this,” said" is a cue).
    const lead = text.slice(Math.max(ss, start - 40), start);
    const qm = /[«»“”"][^«»“”"]*$/u.exec(lead);
    const prevWords = (qm ? lead.slice(qm.index + 1) : lead).toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const prev = prevWords[prevWords.length - 1];
    if (prev && lx.determiners.has(prev) && !lx.auxiliaries.has(prev)) continue;
    if (lx.participles.has(lower) && !(prev && lx.auxiliaries.has(prev))) continue;
    // Auxiliaries and adverbs join the cue on its left ("ha asegurado", "also said").
    let k = prevWords.length - 1;
    let s2 = start;
    while (k >= 0 && lx.auxiliaries.has(prevWords[k]!)) {
      const idx = text.toLowerCase().lastIndexOf(prevWords[k]!, s2 - 1);
      if (idx < ss || !/^\s+$/u.test(text.slice(idx + prevWords[k]!.length, s2))) break;
      s2 = idx;
      k--;
    }
    if (k >= 0 && prevWords[k] === 'se') continue;
    start = s2;
    const tail = lx.cueTail.exec(text.slice(end, se));
    if (tail) end += tail[0].length;
    const ahead = lx.complementiserAhead.exec(text.slice(end, se));
    let comp: number | null = null;
    let compStart: number | null = null;
    if (ahead && !/[«»“”"]/u.test(ahead[0])) {
      compStart = end + ahead[0].length - ahead[1]!.length;
      comp = end + ahead[0].length;
      // A complementiser far from the cue must not jump over another clause.
      const gap = text.slice(end, compStart);
      if (/[.;]/u.test(gap)) comp = compStart = null;
    }
    if (lx.cognition.has(lower) && !lx.bare.has(lower) && (compStart === null || compStart - end > 12)) continue;
    const framing = GERUND_RE.test(lower) && /^\s+(?:(?:de|como|as)\s+)?(?:de\s+)?[«“"‘]/u.test(text.slice(end, end + 14));
    out.push({ start, end, form, comp, compStart, framing });
  }
  // A complementiser belongs to the nearest cue before it.
  for (const c of out) if (c.compStart !== null && out.some((d) => d.start > c.end && d.start < c.compStart!)) c.comp = c.compStart = null;
  return out;
}

/** Whether an agent is a usable subject: not in a quote, not inside a prepositional phrase or apposition. */
function subjectLike(text: string, lx: CompiledLexicon, a: Agent, floor: number): boolean {
  if (a.inQuote || a.dependent) return false;
  const before = text.slice(Math.max(floor, a.start - 30), a.start).toLowerCase().match(/[\p{L}]+|[,;:]/gu) ?? [];
  const w1 = before[before.length - 1];
  const w2 = before[before.length - 2];
  if (w1 && lx.prepositions.has(w1)) return false;
  if (w1 && w2 && lx.determiners.has(w1) && lx.prepositions.has(w2) && a.kind !== 'designation') return false;
  if (a.kind === 'designation' && w1 && lx.prepositions.has(w1)) return false;
  return true;
}

/** The subject before a cue: the nearest subject-like agent of the clause. */
function leftAgent(text: string, index: SpeakerIndex, lx: CompiledLexicon, floor: number, cueStart: number, np: boolean): Agent | null {
  let best: Agent | null = null;
  for (const a of index.agents) {
    if (a.start < floor) continue;
    if (a.end > cueStart) break;
    if (!subjectLike(text, lx, a, floor)) continue;
    if (a.kind === 'org' && best && best.kind !== 'org') continue;
    if (best && best.kind !== 'org' && a.kind === 'pronoun' && best.end > a.start) continue;
    if (best && a.start < best.end) continue;
    best = a;
  }
  // Prefer a person over an organisation mentioned later in the same clause.
  if (best && best.kind === 'org') {
    for (const a of index.agents) {
      if (a.start < floor || a.end > cueStart) continue;
      if (a.kind !== 'org' && subjectLike(text, lx, a, floor)) best = a;
    }
  }
  return best ?? (np ? nounPhrase(text, lx, floor, cueStart) : null);
}

/** A short noun phrase ending right before the cue ("about half of voters said"), as an agent of kind np. */
function nounPhrase(text: string, lx: CompiledLexicon, floor: number, cueStart: number): Agent | null {
  const region = text.slice(floor, cueStart);
  const cut = Math.max(region.lastIndexOf(','), region.lastIndexOf(';'), region.lastIndexOf(':'), region.lastIndexOf('—'), region.lastIndexOf('('));
  let s = floor + cut + 1;
  let phrase = text.slice(s, cueStart);
  const lead = phrase.length - phrase.trimStart().length;
  s += lead;
  phrase = phrase.trim();
  const words = phrase.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  while (words.length && lx.auxiliaries.has(words[words.length - 1]!.toLowerCase())) {
    const w = words.pop()!;
    phrase = phrase.slice(0, phrase.toLowerCase().lastIndexOf(w.toLowerCase())).trimEnd();
  }
  if (words.length === 0 || words.length > 9 || !/\p{L}/u.test(phrase)) return null;
  const first = words[0]!.toLowerCase();
  if (lx.prepositions.has(first) || first === lx.lex.complementiser || /[«»“”"]/u.test(phrase)) return null;
  const span = { text: phrase, start: s, end: s + phrase.length };
  return { start: s, end: span.end, kind: 'np', span, inQuote: false, dependent: false };
}

/** An inverted subject right after a cue ("dijo Borísov", "afirmó el mandatario", "said Smith"). */
function rightAgent(text: string, index: SpeakerIndex, lx: CompiledLexicon, cueEnd: number, se: number): Agent | null {
  for (const a of index.agents) {
    if (a.start < cueEnd) continue;
    if (a.start > cueEnd + 40 || a.start >= se) break;
    if (a.inQuote) continue;
    const gap = text.slice(cueEnd, a.start);
    if (!GAP_RE.test(gap) && !/^\s*(?:el|la|the)?\s*$/iu.test(gap)) continue;
    if (a.kind === 'pronoun' && !/^\s*$/u.test(gap)) continue;
    // The inverted subject ends its clause; otherwise it is the subject of the reported clause.
    const after = text.slice(a.end, a.end + 12);
    if (!/^(?:\s*[,.;:!?)»”"]|\s*$|\s+(?:en|a|al|ante|tras|in|to|at|on|during|after|before|who|quien)\b)/u.test(after)) continue;
    void lx;
    return a;
  }
  return null;
}

/** Words that end an inverted subject phrase ("said Sen. Ana Ruiz of Ohio in an interview"). */
const INV_STOP_RE = /[,;:!?()«»“”"]|\s(?:in|on|at|during|after|before|to|who|whose|which|when|while|as|about|from|for|with|according|adding|noting|referring|en|a|al|ante|tras|durante|quien|que)\s/iu;
/** Time words that may follow a cue before its inverted subject. */
const INV_LEAD_RE = /^(?:\s*,?\s*(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|later|earlier|afterward|then|also|week|night|morning|afternoon|evening|este|esta|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer|luego|también|además)\b)*\s*/iu;
/** Indefinite openers: a speaker phrase that names no particular earlier person ("one adviser"). */
const INDEFINITE_RE = /^(?:a|an|one|another|some|several|many|un|una|otro|otra)\s/iu;

/**
 * The subject phrase after a cue that ends its clause ("“…,” said Sen. Ana Ruiz (D-Ohio).",
 * "“…,” wrote one reader."): its name or designation when it holds one, else the phrase itself.
 */
function invertedSubject(text: string, index: SpeakerIndex, lx: CompiledLexicon, cueEnd: number, se: number): Agent | null {
  const lead = INV_LEAD_RE.exec(text.slice(cueEnd, se))![0].length;
  const s = cueEnd + lead;
  const rest = text.slice(s, se);
  const stop = INV_STOP_RE.exec(rest);
  const phrase = rest.slice(0, stop ? stop.index : rest.length).replace(/[\s.]+$/u, '');
  const words = phrase.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  if (words.length === 0 || words.length > 12 || !/\p{L}/u.test(phrase) || index.inQuote(s)) return null;
  const first = words[0]!.toLowerCase();
  if (lx.prepositions.has(first) || first === lx.lex.complementiser || NO_BARE.has(first)) return null;
  const e = s + phrase.length;
  if (!INDEFINITE_RE.test(phrase)) {
    let best: Agent | null = null;
    for (const a of index.agents) {
      if (a.start < s) continue;
      if (a.start >= e) break;
      if (a.inQuote || a.kind === 'pronoun') continue;
      if (!best || (a.kind === 'name' && best.kind !== 'name')) best = a;
    }
    if (best) return best;
  }
  const span = { text: phrase, start: s, end: e };
  return { start: s, end: e, kind: 'np', span, inQuote: false, dependent: false };
}

/** Where a bare English clause starts after a cue ("said the plan failed"), or null. */
function bareClauseStart(text: string, cueEnd: number, se: number): number | null {
  const rest = text.slice(cueEnd, se);
  const m = /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|recently|later|earlier|again|also)\b)*,?\s+/iu.exec(rest);
  if (!m) return null;
  const next = /^[\p{L}'’]+/u.exec(rest.slice(m[0].length))?.[0];
  if (!next || NO_BARE.has(next.toLowerCase())) return null;
  if (/^\p{Lu}/u.test(next) && /^(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}[,.]/u.test(rest.slice(m[0].length))) return null;
  return cueEnd + m[0].length;
}

/** The channel of a statement ("a la agencia TASS", "told CNN"), searched after the cue in its sentence. */
function findVia(text: string, lx: CompiledLexicon, index: SpeakerIndex, cue: Cue, se: number): TextSpan | null {
  const region = text.slice(cue.start, se);
  lx.channel.lastIndex = 0;
  for (const m of region.matchAll(lx.channel)) {
    const at = cue.start + m.index;
    if (index.inQuote(at)) continue;
    const name = m[1]!.replace(/[.,]+$/u, '');
    const start = at + m[0].length - m[1]!.length;
    if (lx.lex.lang === 'en') {
      const org = index.agents.some((a) => a.kind === 'org' && a.start <= start && start < a.end);
      if (!org) continue;
    }
    return { text: name, start, end: start + name.length };
  }
  return null;
}

/** When a cue's subject is a media outlet ("los diarios A y B aseguraron"), the source span; else null. */
function mediaSource(text: string, lx: CompiledLexicon, index: SpeakerIndex, a: Agent, ss: number, cueStart: number): TextSpan | null {
  if (a.kind === 'np') {
    const m = lx.mediaSubject.exec(a.span.text);
    if (!m || m[0].length >= a.span.text.length || !/^\p{Lu}/u.test(a.span.text.slice(m[0].length))) return null;
    const start = a.span.start + m[0].length;
    return { text: text.slice(start, a.span.end), start, end: a.span.end };
  }
  if (a.kind !== 'org' && a.kind !== 'name') return null;
  const lead = text.slice(Math.max(ss, a.start - 30), a.start);
  const m = /(\p{L}+)\s+(\p{L}+)\s+$/u.exec(lead) ?? /()(\p{L}+)\s+$/u.exec(lead);
  if (!m || !lx.lex.mediaNouns.includes(m[2]!.toLowerCase())) return null;
  // Extend over coordinated outlets ("Miami Herald y The Wall Street Journal").
  let end = a.end;
  const more = COORD_RE.exec(text.slice(end, cueStart));
  if (more) end += more[0].length;
  return { text: text.slice(a.start, end), start: a.start, end };
}
