import type { AnalysisArticle, AnalysisDoc, Article, Diagnostic, ExtractedArticle } from '../types/index.ts';
import type { RegistryEntity } from '../resolve/EntityRegistry.ts';
import { VERSION } from '../version.ts';
import type { ReusePair } from '../reuse/comparePair.ts';
import { linkSiblings } from '../reuse/linkSiblings.ts';
import { groupQuotes } from '../compare/quoteGroups.ts';
import { nameKey } from '../resolve/nameKey.ts';
import { compareStory } from '../compare/compareStory.ts';
import type { EventSummary, StorySummary } from '../cluster/OnlineClusterer.ts';

/** Inputs to {@link buildAnalysis}. */
export interface AnalysisInput {
  articles: readonly Article[];
  /** Every source each article was read from (duplicates collapse to one article). */
  sources?: (id: string) => string[];
  /** Problems met while reading and cleaning the run's inputs. */
  diagnostics?: readonly Diagnostic[];
  /** Related pairs among the articles. */
  reuse?: readonly ReusePair[];
  /** The corpus's entities. */
  entities?: readonly RegistryEntity[];
  /** The entity id of each mention of an article. */
  entityIds?: (id: string) => string[] | null;
  /** Events and stories of the corpus. */
  clusters?: { events: readonly EventSummary[]; stories: readonly StorySummary[] };
  /** The event and story of an article. */
  placement?: (id: string) => { event: string; story: string; flags: string[] } | null;
}

type EntityOf = (name: string | null | undefined) => string | null;

function toContractArticle(
  a: Article,
  sources: string[],
  entityIds: string[] | null,
  entityOf: EntityOf,
  placed: { event: string; story: string; flags: string[] } | null,
): AnalysisArticle {
  const x = a as Partial<ExtractedArticle>;
  return {
    id: a.id,
    source: a.source,
    sources,
    inputId: a.inputId,
    format: a.format,
    url: a.url,
    outlet: a.outlet?.value ?? null,
    outletEvidence: a.outlet?.evidence ?? null,
    title: a.title?.value ?? null,
    titleEvidence: a.title?.evidence ?? null,
    byline: a.byline?.value ?? null,
    language: a.language.code,
    languageConfidence: a.language.confidence,
    published: a.published,
    dateline: a.dateline,
    agency: a.agency?.value ?? null,
    agencyEvidence: a.agency?.evidence ?? null,
    text: a.text,
    removed: a.removed,
    captions: a.captions,
    entities: (x.mentions ?? []).flatMap((m, i) => (entityIds?.[i] ? [{ entity: entityIds[i]!, text: m.text, start: m.start, end: m.end, type: m.type }] : [])),
    quotes: (x.quotes ?? []).map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: entityOf(q.speakerName ?? q.speaker?.text),
      speakerText: q.speaker?.text ?? null,
      speakerName: q.speakerName ?? null,
      cue: q.cue,
      via: entityOf(q.via?.text),
      viaText: q.via?.text ?? null,
    })),
    times: x.times ?? [],
    dct: x.dct ?? null,
    claims: (x.claims ?? []).map((c) => ({ text: c.text, start: c.start, end: c.end, source: entityOf(c.source.text) ?? c.source.text, sourceText: c.source.text })),
    event: placed?.event ?? null,
    story: placed?.story ?? null,
    placementFlags: placed?.flags ?? [],
    diagnostics: a.diagnostics,
  };
}

function corpusEntities(input: AnalysisInput, ids: Set<string>): AnalysisDoc['entities'] {
  const used = new Set<string>();
  for (const a of input.articles) for (const e of input.entityIds?.(a.id) ?? []) used.add(e);
  return (input.entities ?? [])
    .filter((e) => used.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, designations: e.designations.filter((d) => ids.has(d.article)) }));
}

/**
 * Build the analysis JSON (contract version 1) from stored articles and the corpus stages' results.
 * @param input the articles of the analysis, their sources and the run's diagnostics
 */
export function buildAnalysis(input: AnalysisInput): AnalysisDoc {
  const ids = new Set(input.articles.map((a) => a.id));
  const byName = new Map<string, string>();
  for (const e of input.entities ?? []) for (const n of [e.name, ...e.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), e.id);
  const entityOf: EntityOf = (name) => (name ? byName.get(nameKey(name)) ?? null : null);
  const groups = groupQuotes(
    input.articles.map((a) => ({ article: a.id, published: a.published.value, agency: a.agency?.value ?? null, quotes: (a as Partial<ExtractedArticle>).quotes ?? [] })),
  );
  const doc: AnalysisDoc = {
    version: '1',
    generator: { name: 'cotejo', version: VERSION },
    articles: input.articles.map((a) => toContractArticle(a, input.sources?.(a.id) ?? [a.source], input.entityIds?.(a.id) ?? null, entityOf, input.placement?.(a.id) ?? null)),
    entities: corpusEntities(input, ids),
    events: [],
    stories: [],
    reuse: linkSiblings((input.reuse ?? []).filter((p) => ids.has(p.a) && ids.has(p.b))),
    quoteGroups: groups.map((g) => ({ speaker: entityOf(g.speaker), speakerName: g.speaker, variants: g.variants })),
    diagnostics: [...(input.diagnostics ?? [])],
  };
  addClusters(doc, input, ids);
  return doc;
}

/** Events and stories restricted to the analysis's articles, each story with the comparison of its coverage. */
function addClusters(doc: AnalysisDoc, input: AnalysisInput, ids: Set<string>): void {
  if (!input.clusters) return;
  const flagsOf = new Map(doc.articles.map((a) => [a.id, a.placementFlags]));
  for (const ev of input.clusters.events) {
    const articles = ev.articles.filter((id) => ids.has(id));
    if (!articles.length) continue;
    doc.events.push({ id: ev.id, label: ev.label, date: ev.date, dateRange: ev.dateRange, articles, flags: [...new Set(articles.flatMap((id) => flagsOf.get(id) ?? []))] });
  }
  const events = new Set(doc.events.map((e) => e.id));
  for (const st of input.clusters.stories) {
    const articles = st.articles.filter((id) => ids.has(id));
    if (!articles.length) continue;
    const c = compareStory(doc, articles);
    doc.stories.push({
      id: st.id,
      label: st.label,
      events: st.events.filter((e) => events.has(e)),
      articles,
      dateRange: st.dateRange,
      independentSources: c.independentSources,
      timeline: c.timeline,
      facts: c.facts,
      summary: c.summary,
      framing: c.framing,
      additions: c.additions,
      omissions: c.omissions,
    });
  }
}
