import { normalizeTokens } from '../fingerprint/normalizeTokens.ts';
import { clusterStopwords } from './clusterStopwords.ts';
import { resolveClusterOptions, type ClusterOptions, type ResolvedClusterOptions } from './ClusterOptions.ts';
import { dayRange } from './dayRange.ts';
import { stemWord } from './stemWord.ts';

/** An incoming article as the clusterer needs it; the caller supplies its entities and resolved times. */
export interface ClusterDoc {
  id: string;
  title: string | null;
  /** Cleaned body. */
  text: string;
  /** ISO 639-1 language code. */
  lang: string;
  /** Publication date (ISO 8601, possibly truncated: `2025-11-03`, `2025-11`), or null when unknown. */
  published: string | null;
  /** Named-entity mentions (e.g. from `findEntities`). */
  entities: readonly { text: string; type: string }[];
  /** Resolved time expressions (e.g. from `findTimes`); only used to date undated articles when enabled. */
  times?: readonly { value: string | null }[];
}

/** Where {@link OnlineClusterer.add} put an article. */
export interface Assignment {
  event: string;
  story: string;
  newEvent: boolean;
  newStory: boolean;
  /** `undated`: placed by content only; `dated-from-times`: dated from its time expressions. */
  flags: string[];
  /** Join probability of the best candidate event (0 when there was none). */
  similarity: number;
}

/** An event: one happening reported by one or more articles. */
export interface EventSummary {
  id: string;
  label: string;
  /** First day of the date range, or null when every article is undated. */
  date: string | null;
  dateRange: [string, string] | null;
  articles: string[];
  story: string;
}

/** A story: events that unfold together. */
export interface StorySummary {
  id: string;
  label: string;
  events: string[];
  articles: string[];
  dateRange: [string, string] | null;
}

/** Sub-vector spaces: body, title, entities (Miranda et al. 2018). */
const SPACES = 3;
const BODY = 0, TITLE = 1, ENTS = 2;
const PREFIX = ['b:', 't:', 'e:'] as const;
const LABEL_CHARS = 120;
/** Most words of a lead sentence used as a stand-in headline. */
const LEAD_WORDS = 40;
const STATE_VERSION = 1;
/** A cached centroid norm is recomputed once the document count has grown by this factor. */
const NORM_DRIFT = 1.05;

interface EventCluster {
  id: string;
  articles: string[];
  /** Per space: term id → summed sub-linear term frequency (the centroid, before IDF). */
  sums: Map<number, number>[];
  range: [number, number] | null;
  label: string;
  /** Rank of the label source: has a title (1) or not (0), plus its join probability. */
  labelScore: number;
  story: number;
  /** Per space: cached centroid norm under the IDF of `normAt` documents (-1: stale). */
  norm: number[];
  normAt: number[];
}
interface StoryCluster {
  id: string;
  articles: string[];
  events: number[];
  range: [number, number] | null;
}
interface DocVec {
  id: string;
  /** Per space: term id → sub-linear tf. */
  tf: Map<number, number>[];
  range: [number, number] | null;
  /** For an undated article, the last day its resolved time expressions reach (null when none resolve). */
  mentionedUntil: number | null;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function isoRange(r: [number, number] | null): [string, string] | null {
  return r ? [isoDay(r[0]), isoDay(r[1])] : null;
}

/** The first sentence of a text, cut at a word boundary near {@link LABEL_CHARS}. */
function leadSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.{20,}?[.!?])(\s|$)/.exec(t);
  let s = m ? m[1]! : t;
  if (s.length > LABEL_CHARS) s = s.slice(0, s.lastIndexOf(' ', LABEL_CHARS) > 40 ? s.lastIndexOf(' ', LABEL_CHARS) : LABEL_CHARS) + '…';
  return s;
}

function widen(range: [number, number] | null, by: [number, number] | null): [number, number] | null {
  if (!by) return range;
  return range ? [Math.min(range[0], by[0]), Math.max(range[1], by[1])] : [by[0], by[1]];
}

function gapDays(a: [number, number] | null, b: [number, number] | null): number | null {
  return a && b ? Math.max(0, a[0] - b[1], b[0] - a[1]) : null;
}

function flatten(m: Map<number, number>): number[] {
  const out: number[] = [];
  for (const [k, v] of m) out.push(k, v);
  return out;
}

function unflatten(a: unknown): Map<number, number> {
  if (!Array.isArray(a) || a.length % 2) throw new TypeError('Expected a flat [term, value, …] array');
  const m = new Map<number, number>();
  for (let i = 0; i < a.length; i += 2) m.set(a[i] as number, a[i + 1] as number);
  return m;
}

/**
 * Single-pass, incremental clustering of a news stream into events and stories, after Miranda et al. 2018
 * ("Multilingual Clustering of Streaming News"): each article is a set of TF-IDF sub-vectors (stemmed body,
 * title, entity names) with IDF maintained online, plus its date; it joins the best candidate event when a
 * logistic model over the sub-similarities, penalised by the distance in days to the event's date range,
 * says so, else it opens a new event, which in turn joins the best story or opens one. Candidates come
 * from an inverted index over centroid terms, so an insert never scans all clusters and never recomputes
 * earlier assignments. Deterministic: ids are `e-`/`s-` plus the first article's id.
 */
export class OnlineClusterer {
  readonly #opt: ResolvedClusterOptions;
  readonly #vocab = new Map<string, number>();
  readonly #terms: string[] = [];
  /** Per space: document frequencies by term id, and the number of documents with that space filled. */
  readonly #df: number[][] = [[], [], []];
  readonly #n: number[] = [0, 0, 0];
  readonly #events: EventCluster[] = [];
  readonly #stories: StoryCluster[] = [];
  /** Term id → events whose centroid holds (or once held) it. */
  readonly #postings = new Map<number, number[]>();
  readonly #seen = new Set<string>();
  #acc = new Float64Array(0);
  #accTerm = new Int32Array(0);

  /**
   * @param options - Decision weights, thresholds, time tolerance and index limits; see {@link ClusterOptions}.
   */
  constructor(options?: ClusterOptions) {
    this.#opt = resolveClusterOptions(options);
  }

  /**
   * Assign an article to an event and a story, updating document frequencies, centroids and the index.
   *
   * @param doc - The article, with its entities and (optionally) resolved time expressions.
   * @returns The event and story it joined or opened, with flags and the best join probability.
   */
  add(doc: ClusterDoc): Assignment {
    const prep = this.#prepare(doc, true);
    const cands = this.#candidates(prep.vec, prep.norms).map((i) => ({ i, f: this.#features(prep.vec, prep.norms, this.#events[i]!) }));
    let best = -1, bestP = 0;
    for (const { i, f } of cands) {
      const p = this.#probability(f, this.#opt.eventWeights, prep.vec, this.#events[i]!.range, this.#opt.eventGraceDays);
      if (p > bestP || (p === bestP && best >= 0 && i < best)) (best = i), (bestP = p);
    }
    if (best >= 0 && bestP >= this.#opt.eventThreshold) return this.#insert(doc, prep, best, -1, bestP);
    // A new event joins the story of the candidate event it is most likely to unfold with, or opens one.
    let bestStory = -1, bestStoryP = 0;
    for (const { i, f } of cands) {
      const s = this.#events[i]!.story;
      const p = this.#probability(f, this.#opt.storyWeights, prep.vec, this.#stories[s]!.range, this.#opt.storyGraceDays);
      if (p > bestStoryP || (p === bestStoryP && bestStory >= 0 && s < bestStory)) (bestStory = s), (bestStoryP = p);
    }
    return this.#insert(doc, prep, -1, bestStory >= 0 && bestStoryP >= this.#opt.storyThreshold ? bestStory : -1, bestP);
  }

  /**
   * Count an article's words in the document frequencies without clustering it: warms the online IDF
   * from an archive or a background corpus before a stream starts.
   *
   * @param doc - The article; its id is not reserved.
   */
  observe(doc: ClusterDoc): void {
    this.#check(doc);
    this.#countDf(this.#vectorize(doc, [], true));
  }

  /**
   * The candidate events of an article and its sub-similarities to each, without changing any state
   * (document frequencies exclude the article); for fitting the decision model on dev data.
   *
   * @param doc - The article.
   * @returns Per candidate event: its id and story id, the features (body, title and entity cosines,
   *   ln(1 + event size)), and the gaps in days to the event's and the story's date ranges (null when undated).
   */
  candidates(doc: ClusterDoc): { event: string; story: string; features: number[]; gapDays: number | null; storyGapDays: number | null }[] {
    const prep = this.#prepare(doc, false);
    return this.#candidates(prep.vec, prep.norms).map((i) => {
      const ev = this.#events[i]!, st = this.#stories[ev.story]!;
      return {
        event: ev.id,
        story: st.id,
        features: this.#features(prep.vec, prep.norms, ev),
        gapDays: gapDays(prep.vec.range, ev.range),
        storyGapDays: gapDays(prep.vec.range, st.range),
      };
    });
  }

  /**
   * Put an article into a given event (or a new one) and story (or a new one), bypassing the decision
   * model: for corrections by hand and for replaying gold clusters when fitting the model.
   *
   * @param doc - The article.
   * @param event - Id of an existing event, or null for a new event.
   * @param story - For a new event, id of an existing story, or null for a new story; ignored otherwise.
   * @returns The assignment (similarity 0).
   */
  place(doc: ClusterDoc, event: string | null, story: string | null): Assignment {
    const ev = event === null ? -1 : this.#events.findIndex((e) => e.id === event);
    const st = story === null ? -1 : this.#stories.findIndex((s) => s.id === story);
    if (event !== null && ev < 0) throw new TypeError(`Expected an existing event id, not \`${event}\``);
    if (event === null && story !== null && st < 0) throw new TypeError(`Expected an existing story id, not \`${story}\``);
    return this.#insert(doc, this.#prepare(doc, true), ev, st, 0);
  }

  /** Validate and vectorise an article; when `commit`, add its words to the vocabulary and document frequencies. */
  #prepare(doc: ClusterDoc, commit: boolean): { vec: DocVec; norms: number[]; flags: string[] } {
    this.#check(doc);
    const flags: string[] = [];
    const vec = this.#vectorize(doc, flags, commit);
    if (commit) {
      this.#seen.add(doc.id);
      this.#countDf(vec);
    }
    return { vec, norms: vec.tf.map((m, s) => this.#docNorm(m, s)), flags };
  }

  #countDf(vec: DocVec): void {
    for (let s = 0; s < SPACES; s++) {
      if (vec.tf[s]!.size === 0) continue;
      this.#n[s]!++;
      const df = this.#df[s]!;
      for (const t of vec.tf[s]!.keys()) df[t] = (df[t] ?? 0) + 1;
    }
  }

  /** Insert a prepared article into event `evIdx` (or a new event, in story `storyIdx` or a new story). */
  #insert(doc: ClusterDoc, prep: { vec: DocVec; flags: string[] }, evIdx: number, storyIdx: number, p: number): Assignment {
    const { vec, flags } = prep;
    const hasTitle = doc.title !== null && doc.title.trim() !== '';
    const label = hasTitle ? doc.title!.trim().replace(/\s+/g, ' ') : leadSentence(doc.text);
    const newEvent = evIdx < 0, newStory = newEvent && storyIdx < 0;
    if (newStory) {
      storyIdx = this.#stories.length;
      this.#stories.push({ id: `s-${doc.id}`, articles: [], events: [], range: null });
    }
    if (newEvent) {
      evIdx = this.#events.length;
      this.#events.push({
        id: `e-${doc.id}`, articles: [], sums: [new Map(), new Map(), new Map()], range: null, label: '', labelScore: -1, story: storyIdx, norm: [0, 0, 0], normAt: [-1, -1, -1],
      });
      this.#stories[storyIdx]!.events.push(evIdx);
    }
    const ev = this.#events[evIdx]!;
    const story = this.#stories[ev.story]!;
    this.#absorb(ev, vec, evIdx);
    const score = (hasTitle ? 1 : 0) + p;
    if (score > ev.labelScore) (ev.label = label), (ev.labelScore = score);
    story.articles.push(doc.id);
    story.range = widen(story.range, vec.range);
    return { event: ev.id, story: story.id, newEvent, newStory, flags, similarity: p };
  }

  /**
   * The events so far, in order of creation.
   *
   * @returns Id, label (a representative headline, else a lead sentence), date range, articles and story of each event.
   */
  events(): EventSummary[] {
    return this.#events.map((e) => ({
      id: e.id,
      label: e.label,
      date: e.range ? isoDay(e.range[0]) : null,
      dateRange: isoRange(e.range),
      articles: [...e.articles],
      story: this.#stories[e.story]!.id,
    }));
  }

  /**
   * The stories so far, in order of creation.
   *
   * @returns Id, label (that of its largest event, the earliest on ties), event ids, articles and date range of each story.
   */
  stories(): StorySummary[] {
    return this.#stories.map((s) => {
      let main = this.#events[s.events[0]!]!;
      for (const i of s.events) if (this.#events[i]!.articles.length > main.articles.length) main = this.#events[i]!;
      return { id: s.id, label: main.label, events: s.events.map((i) => this.#events[i]!.id), articles: [...s.articles], dateRange: isoRange(s.range) };
    });
  }

  /**
   * The whole state as plain JSON data, for a store to persist; {@link OnlineClusterer.fromJSON} restores it exactly.
   *
   * @returns A JSON-serialisable object.
   */
  toJSON(): Record<string, unknown> {
    return {
      version: STATE_VERSION,
      options: this.#opt,
      terms: this.#terms,
      df: this.#df.map((d) => Array.from(d, (x) => x ?? 0)),
      n: this.#n,
      events: this.#events.map((e) => ({
        id: e.id, articles: e.articles, sums: e.sums.map(flatten), range: e.range, label: e.label, labelScore: e.labelScore, story: e.story, norm: e.norm, normAt: e.normAt,
      })),
      stories: this.#stories.map((s) => ({ id: s.id, articles: s.articles, events: s.events, range: s.range })),
    };
  }

  /**
   * Restore a clusterer saved with {@link OnlineClusterer.toJSON}; it assigns the next article exactly as the
   * saved one would have.
   *
   * @param state - The object `toJSON` returned (or its JSON parse).
   * @returns The restored clusterer.
   */
  static fromJSON(state: unknown): OnlineClusterer {
    const s = state as Record<string, any>;
    if (!s || typeof s !== 'object' || s.version !== STATE_VERSION || !Array.isArray(s.terms) || !Array.isArray(s.events) || !Array.isArray(s.stories))
      throw new TypeError(`Expected a version ${STATE_VERSION} OnlineClusterer state`);
    const c = new OnlineClusterer(s.options as ClusterOptions);
    (s.terms as string[]).forEach((t, i) => {
      c.#terms.push(t);
      c.#vocab.set(t, i);
    });
    for (let k = 0; k < SPACES; k++) {
      c.#df[k] = [...(s.df[k] as number[])];
      c.#n[k] = s.n[k] as number;
    }
    const range = (r: unknown): [number, number] | null => (Array.isArray(r) ? [r[0] as number, r[1] as number] : null);
    for (const o of s.stories) c.#stories.push({ id: o.id, articles: [...o.articles], events: [...o.events], range: range(o.range) });
    for (const o of s.events) {
      const ev: EventCluster = {
        id: o.id, articles: [...o.articles], sums: (o.sums as unknown[]).map(unflatten), range: range(o.range), label: o.label, labelScore: o.labelScore, story: o.story,
        norm: [...o.norm], normAt: [...o.normAt],
      };
      const idx = c.#events.length;
      c.#events.push(ev);
      for (const m of ev.sums) for (const t of m.keys()) c.#post(t, idx);
      for (const a of ev.articles) c.#seen.add(a);
    }
    return c;
  }

  #check(doc: ClusterDoc): void {
    if (!doc || typeof doc !== 'object') throw new TypeError('Expected a ClusterDoc object');
    if (typeof doc.id !== 'string' || doc.id === '') throw new TypeError('Expected doc.id to be a non-empty string');
    if (this.#seen.has(doc.id)) throw new TypeError(`Expected a new article id, not the already clustered \`${doc.id}\``);
    if (doc.title !== null && typeof doc.title !== 'string') throw new TypeError('Expected doc.title to be a string or null');
    if (typeof doc.text !== 'string') throw new TypeError('Expected doc.text to be a string');
    if (typeof doc.lang !== 'string') throw new TypeError('Expected doc.lang to be a language code');
    if (doc.published !== null && (typeof doc.published !== 'string' || !dayRange(doc.published)))
      throw new TypeError(`Expected doc.published to be an ISO date or null, not \`${String(doc.published)}\``);
    if (!Array.isArray(doc.entities) || !doc.entities.every((e) => e && typeof e.text === 'string'))
      throw new TypeError('Expected doc.entities to be an array of { text, type }');
    if (doc.times !== undefined && (!Array.isArray(doc.times) || !doc.times.every((t) => t && (t.value === null || typeof t.value === 'string'))))
      throw new TypeError('Expected doc.times to be an array of { value }');
  }

  #termId(key: string, temp: Map<string, number> | null): number {
    let id = this.#vocab.get(key);
    if (id === undefined && temp) {
      // Read-only lookups give unseen words fresh negative ids that never reach the state.
      id = temp.get(key);
      if (id === undefined) temp.set(key, (id = -1 - temp.size));
    } else if (id === undefined) {
      id = this.#terms.length;
      this.#vocab.set(key, id);
      this.#terms.push(key);
    }
    return id;
  }

  #words(words: readonly string[], space: number, lang: string, counts: Map<number, number>, temp: Map<string, number> | null): void {
    for (const w of words) {
      if (w.length < 2 || clusterStopwords.has(w)) continue;
      const key = PREFIX[space] + (space === ENTS ? w : stemWord(w, lang));
      const id = this.#termId(key, temp);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }

  #vectorize(doc: ClusterDoc, flags: string[], commit: boolean): DocVec {
    const tf = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
    const temp = commit ? null : new Map<string, number>();
    const body = normalizeTokens(doc.text);
    this.#words(body.words, BODY, doc.lang, tf[BODY]!, temp);
    // Without a headline, the lead sentence stands in for it.
    const title = doc.title ? normalizeTokens(doc.title).words : body.words.slice(0, Math.min(body.sentenceStarts[1] ?? body.words.length, LEAD_WORDS));
    this.#words(title, TITLE, doc.lang, tf[TITLE]!, temp);
    for (const e of doc.entities) this.#words(normalizeTokens(e.text).words, ENTS, doc.lang, tf[ENTS]!, temp);
    if (this.#opt.timeTerms) for (const t of doc.times ?? []) {
      const m = t.value ? /^(\d{4})(-\d{2})?/.exec(t.value) : null;
      if (!m) continue;
      const keys = m[2] ? ['@' + m[1], '@' + m[0]] : ['@' + m[1]];
      for (const k of keys) {
        const id = this.#termId(PREFIX[ENTS] + k, temp);
        tf[ENTS]!.set(id, (tf[ENTS]!.get(id) ?? 0) + 1);
      }
    }
    for (const m of tf) for (const [k, v] of m) m.set(k, 1 + Math.log(v));
    let range = doc.published ? dayRange(doc.published) : null;
    if (!range && this.#opt.datesFromTimes && doc.times) {
      let last = -Infinity;
      for (const t of doc.times) {
        if (t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value)) last = Math.max(last, dayRange(t.value)?.[0] ?? -Infinity);
      }
      if (last > -Infinity) {
        range = [last, last];
        flags.push('dated-from-times');
      }
    }
    let mentionedUntil: number | null = null;
    if (!range) {
      flags.push('undated');
      for (const t of doc.times ?? []) {
        const r = t.value && /^\d{4}/.test(t.value) ? dayRange(t.value) : null;
        if (r && (mentionedUntil === null || r[1] > mentionedUntil)) mentionedUntil = r[1];
      }
    }
    return { id: doc.id, tf, range, mentionedUntil };
  }

  #idf(space: number, t: number): number {
    return Math.log((this.#n[space]! + 1) / ((this.#df[space]![t] ?? 0) + 1)) + 1;
  }

  #docNorm(m: Map<number, number>, space: number): number {
    let s = 0;
    for (const [t, v] of m) {
      const w = v * this.#idf(space, t);
      s += w * w;
    }
    return Math.sqrt(s);
  }

  /** Candidate events: accumulate the top query terms' weights over their posting lists, keep the best few. */
  #candidates(vec: DocVec, norms: number[]): number[] {
    const q: [number, number, number][] = [];
    for (let s = 0; s < SPACES; s++) {
      if (norms[s] === 0) continue;
      for (const [t, v] of vec.tf[s]!) q.push([t, s, (v * this.#idf(s, t)) / norms[s]!]);
    }
    q.sort((a, b) => b[2] - a[2] || a[0] - b[0]);
    // Dense accumulators reused across calls (scratch space, not state): score and last term per event.
    if (this.#acc.length < this.#events.length) {
      const size = Math.max(1024, this.#events.length * 2);
      this.#acc = new Float64Array(size);
      this.#accTerm = new Int32Array(size).fill(-1);
    }
    const acc = this.#acc, accTerm = this.#accTerm;
    const touched: number[] = [];
    for (const [t, , w] of q.slice(0, this.#opt.queryTerms)) {
      const post = this.#postings.get(t);
      if (!post) continue;
      // Posting lists are sorted by event index: walk only the most recent events.
      for (let j = post.length - 1, stop = Math.max(0, post.length - this.#opt.maxPostings); j >= stop; j--) {
        const ev = post[j]!;
        if (accTerm[ev] === -1) touched.push(ev);
        accTerm[ev] = t;
        acc[ev]! += w;
      }
    }
    const score: [number, number][] = touched.map((ev) => [ev, acc[ev]!]);
    for (const ev of touched) (acc[ev] = 0), (accTerm[ev] = -1);
    // Keep the best few by score (ties: earlier event) without sorting every hit.
    const k = this.#opt.candidates;
    const top: [number, number][] = [];
    for (const [ev, sc] of score) {
      if (top.length === k && (sc < top[k - 1]![1] || (sc === top[k - 1]![1] && ev > top[k - 1]![0]))) continue;
      let j = top.length === k ? k - 1 : top.length;
      while (j > 0 && (top[j - 1]![1] < sc || (top[j - 1]![1] === sc && top[j - 1]![0] > ev))) {
        top[j] = top[j - 1]!;
        j--;
      }
      top[j] = [ev, sc];
    }
    return top.map((x) => x[0]);
  }

  /** Cosine of the document's and a centroid's sub-vectors in one space under the current IDF. */
  #cosine(vec: DocVec, norms: number[], c: EventCluster, s: number): number {
    const dn = norms[s]!;
    const sums = c.sums[s]!;
    if (dn === 0 || sums.size === 0) return NaN;
    const n = this.#n[s]!;
    if (c.normAt[s]! < 0 || n > c.normAt[s]! * NORM_DRIFT) {
      let cn = 0;
      for (const [t, v] of sums) {
        const w = v * this.#idf(s, t);
        cn += w * w;
      }
      c.norm[s] = Math.sqrt(cn);
      c.normAt[s] = n;
    }
    let dot = 0;
    for (const [t, v] of vec.tf[s]!) {
      const cv = sums.get(t);
      if (cv !== undefined) {
        const idf = this.#idf(s, t);
        dot += v * idf * cv * idf;
      }
    }
    return dot / (dn * c.norm[s]!);
  }

  /**
   * The features of an article against an event: body, title and entity cosines (a missing one, with no
   * body or no names, imputed from the others), and ln(1 + event size).
   */
  #features(vec: DocVec, norms: number[], c: EventCluster): number[] {
    let b = this.#cosine(vec, norms, c, BODY);
    let t = this.#cosine(vec, norms, c, TITLE);
    let e = this.#cosine(vec, norms, c, ENTS);
    if (Number.isNaN(b)) b = Number.isNaN(t) ? (Number.isNaN(e) ? 0 : e) : t;
    if (Number.isNaN(t)) t = b;
    if (Number.isNaN(e)) e = b;
    return [b, t, e, Math.log(1 + c.articles.length)];
  }

  /**
   * The logistic join probability from features, less a time penalty: for a dated article, on the days
   * between its date and the cluster's range beyond `graceDays`; for an undated one, on the days by which
   * the cluster postdates everything its time expressions mention beyond `mentionGraceDays` (an article
   * whose latest mentioned date lies years before an event is unlikely to report it).
   */
  #probability(f: readonly number[], w: readonly number[], vec: DocVec, range: [number, number] | null, graceDays: number): number {
    let z = w[0]!;
    for (let k = 0; k < f.length; k++) z += w[k + 1]! * f[k]!;
    const gap = gapDays(vec.range, range);
    if (gap !== null) z -= this.#opt.timePenalty * Math.max(0, Math.log(1 + gap) - Math.log(1 + graceDays));
    else if (range && vec.mentionedUntil !== null && range[0] > vec.mentionedUntil)
      z -= this.#opt.timePenalty * Math.max(0, Math.log(1 + range[0] - vec.mentionedUntil) - Math.log(1 + this.#opt.mentionGraceDays));
    return sigmoid(z);
  }

  /** Position of `ev` in a sorted posting list, or where it would go. */
  #find(p: number[], ev: number): number {
    let lo = 0, hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid]! < ev) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index an event under a term, keeping the posting list sorted by event index. */
  #post(t: number, ev: number): void {
    const p = this.#postings.get(t);
    if (!p) this.#postings.set(t, [ev]);
    else if (p.length === 0 || p[p.length - 1]! < ev) p.push(ev);
    else {
      const i = this.#find(p, ev);
      if (p[i] !== ev) p.splice(i, 0, ev);
    }
  }

  #unpost(t: number, ev: number): void {
    const p = this.#postings.get(t);
    if (!p) return;
    const i = this.#find(p, ev);
    if (p[i] === ev) p.splice(i, 1);
    if (p.length === 0) this.#postings.delete(t);
  }

  /** Add an article to an event: centroid sums (pruned to the strongest terms), index entries for new terms, date range. */
  #absorb(ev: EventCluster, vec: DocVec, evIdx: number): void {
    ev.articles.push(vec.id);
    for (let s = 0; s < SPACES; s++) {
      const sums = ev.sums[s]!;
      for (const [t, v] of vec.tf[s]!) {
        const old = sums.get(t);
        if (old === undefined) this.#post(t, evIdx);
        sums.set(t, (old ?? 0) + v);
      }
      const cap = this.#opt.maxCentroidTerms;
      if (sums.size > 2 * cap) {
        const ranked = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        for (const [t] of ranked.slice(cap)) if (!ev.sums.some((m, k) => k !== s && m.has(t))) this.#unpost(t, evIdx);
        sums.clear();
        for (const [t, v] of ranked.slice(0, cap)) sums.set(t, v);
      }
    }
    ev.range = widen(ev.range, vec.range);
    ev.normAt = [-1, -1, -1];
  }
}
