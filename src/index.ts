/**
 * cotejo: news-coverage intelligence. The library entry: `analyze` runs the whole pipeline on inputs
 * and returns the analysis JSON; the stages and the store are exported for finer use.
 */
export { analyze, type AnalyzeOptions } from './analyze.ts';
export { runPipeline, loadContext, type RunOptions, type RunReport } from './pipeline/runPipeline.ts';
export { PER_ARTICLE_STAGES, CORPUS_STAGES, analyzeDocument, updateCorpus } from './pipeline/stages.ts';
export { ingestDocs } from './pipeline/ingestDocs.ts';
export { readInputs } from './ingest/readInputs.ts';
export { clean } from './clean/clean.ts';
export { classifyLines } from './clean/boilerplate/classifyLines.ts';
export { extractHtml } from './clean/html/extractHtml.ts';
export { SqliteStore } from './store/sqlite/SqliteStore.ts';
export type { Store, ArticleFilter, SearchHit } from './store/Store.ts';
export { buildAnalysis } from './report/buildAnalysis.ts';
export type * from './types/index.ts';
