import { runPipeline } from './pipeline/runPipeline.ts';
import { buildAnalysis } from './report/buildAnalysis.ts';
import { analysisInput } from './report/analysisInput.ts';
import { SqliteStore } from './store/sqlite/SqliteStore.ts';
import type { AnalysisDoc } from './types/index.ts';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** SQLite file to store into (default: in memory, discarded afterwards). */
  db?: string;
}

/**
 * Run the whole pipeline on inputs and return the analysis JSON for the articles they contain.
 * @param paths files, directories, or `-` for stdin
 * @param options where to store
 */
export async function analyze(paths: readonly string[], options: AnalyzeOptions = {}): Promise<AnalysisDoc> {
  if (!Array.isArray(paths)) throw new TypeError(`Expected an array of paths, not \`${typeof paths}\``);
  const store = new SqliteStore({ path: options.db ?? ':memory:' });
  try {
    const report = await runPipeline(paths, { store });
    return buildAnalysis(analysisInput(store, report.ids, report.errors));
  } finally {
    store.close();
  }
}
