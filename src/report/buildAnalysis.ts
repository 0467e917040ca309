import type { AnalysisArticle, AnalysisDoc, Article, Diagnostic } from '../types/index.ts';
import { VERSION } from '../version.ts';
import type { ReusePair } from '../reuse/comparePair.ts';
import { linkSiblings } from '../reuse/linkSiblings.ts';

/** Inputs to {@link buildAnalysis}. */
export interface AnalysisInput {
  articles: readonly Article[];
  /** Every source each article was read from (duplicates collapse to one article). */
  sources?: (id: string) => string[];
  /** Problems met while reading and cleaning the run's inputs. */
  diagnostics?: readonly Diagnostic[];
  /** Related pairs among the articles. */
  reuse?: readonly ReusePair[];
}

function toContractArticle(a: Article, sources: string[]): AnalysisArticle {
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
    entities: [],
    quotes: [],
    times: [],
    claims: [],
    event: null,
    story: null,
    diagnostics: a.diagnostics,
  };
}

/**
 * Build the analysis JSON (contract version 1) from stored articles and the corpus stages' results.
 * @param input the articles of the analysis, their sources and the run's diagnostics
 */
export function buildAnalysis(input: AnalysisInput): AnalysisDoc {
  const ids = new Set(input.articles.map((a) => a.id));
  return {
    version: '1',
    generator: { name: 'cotejo', version: VERSION },
    articles: input.articles.map((a) => toContractArticle(a, input.sources?.(a.id) ?? [a.source])),
    entities: [],
    events: [],
    stories: [],
    reuse: linkSiblings((input.reuse ?? []).filter((p) => ids.has(p.a) && ids.has(p.b))),
    quoteGroups: [],
    diagnostics: [...(input.diagnostics ?? [])],
  };
}
