/** The analysis JSON: cotejo's public output contract, version 1 (see schema/analysis.schema.json). */
export interface AnalysisDoc {
  version: '1';
  generator: { name: 'cotejo'; version: string };
  articles: AnalysisArticle[];
  entities: { id: string; name: string; type: string; aliases: string[]; mentions: number; designations: { article: string; text: string; start: number; end: number; loaded: boolean; how: string }[] }[];
  events: AnalysisEvent[];
  stories: AnalysisStory[];
  reuse: import('../reuse/comparePair.ts').ReusePair[];
  quoteGroups: { speaker: string | null; speakerName: string | null; variants: { article: string; quote: number; fidelity: 'exact' | 'partial' | 'altered'; original: boolean; diff?: { op: string; text: string }[] }[] }[];
  diagnostics: { stage: string; rule: string; message: string; place: string }[];
}

/** One article in the analysis JSON. Offsets are UTF-16 offsets into `text`. */
export interface AnalysisArticle {
  id: string;
  source: string;
  sources: string[];
  inputId: string | null;
  format: string;
  url: string | null;
  outlet: string | null;
  outletEvidence: string | null;
  title: string | null;
  titleEvidence: string | null;
  byline: string | null;
  language: string;
  languageConfidence: number;
  published: { value: string | null; evidence: string | null; inferred: boolean };
  dateline: { place: string | null; date: string | null; agency: string | null; text: string } | null;
  agency: string | null;
  agencyEvidence: string | null;
  text: string;
  removed: { text: string; reason: string }[];
  captions: string[];
  entities: { entity: string; text: string; start: number; end: number; type: string }[];
  quotes: { text: string; start: number; end: number; kind: string; speaker: string | null; speakerText: string | null; speakerName: string | null; cue: string | null; via: string | null; viaText: string | null }[];
  times: { text: string; start: number; end: number; type: string; value: string | null }[];
  /** The date relative time expressions were resolved against, or null. */
  dct: string | null;
  claims: { text: string; start: number; end: number; source: string; sourceText: string }[];
  event: string | null;
  story: string | null;
  /** How the clusterer placed the article, e.g. `undated` (by content alone). */
  placementFlags: string[];
  diagnostics: { stage: string; rule: string; message: string; place: string }[];
}

/** An event: one happening reported by one or more articles. */
export interface AnalysisEvent {
  id: string;
  label: string;
  date: string | null;
  dateRange: [string, string] | null;
  articles: string[];
  /** e.g. `undated`: placed by content alone. */
  flags: string[];
}

/** A story: events that unfold together, with the comparison of its coverage. */
export interface AnalysisStory {
  id: string;
  label: string;
  events: string[];
  articles: string[];
  dateRange: [string, string] | null;
  independentSources: number;
  timeline: import('../compare/buildTimeline.ts').TimelineEntry[];
  facts: import('../compare/buildFacts.ts').Fact[];
  summary: import('../compare/buildSummary.ts').SummarySentence[];
  framing: import('../compare/compareStory.ts').FramingRow[];
  additions: Record<string, string[]>;
  omissions: Record<string, string[]>;
}
