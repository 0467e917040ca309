/** The analysis JSON: cotejo's public output contract, version 1 (see schema/analysis.schema.json). */
export interface AnalysisDoc {
  version: '1';
  generator: { name: 'cotejo'; version: string };
  articles: AnalysisArticle[];
  entities: unknown[];
  events: unknown[];
  stories: unknown[];
  reuse: import('../reuse/comparePair.ts').ReusePair[];
  quoteGroups: unknown[];
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
  entities: unknown[];
  quotes: unknown[];
  times: unknown[];
  claims: unknown[];
  event: string | null;
  story: string | null;
  diagnostics: { stage: string; rule: string; message: string; place: string }[];
}
