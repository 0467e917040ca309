import { loadLanguageIdentifier } from '../clean/language/loadLanguageIdentifier.ts';
import type { CleanContext } from '../clean/CleanContext.ts';
import { readInputs, type ReadOptions } from '../ingest/readInputs.ts';
import type { Diagnostic } from '../types/index.ts';
import { ingestDocs, type IngestDocsOptions } from './ingestDocs.ts';

/** Options for {@link runPipeline}: reading options plus the stages' options. */
export interface RunOptions extends ReadOptions, IngestDocsOptions {}

/** What a run did. */
export interface RunReport {
  /** Ids of this run's articles, in input order, without repeats. */
  ids: string[];
  /** Newly stored articles. */
  inserted: number;
  /** Related pairs found while adding this run's articles. */
  pairs: number;
  /** Inputs whose content was already stored (or repeated within the run). */
  duplicates: number;
  /** One per input that failed; the batch went on without it. */
  errors: Diagnostic[];
}

/** Load what the per-article stages need, once. */
export async function loadContext(): Promise<CleanContext> {
  return { identifyLanguage: await loadLanguageIdentifier() };
}

/**
 * The main job: read every input (files, directories, `-` for stdin), then clean, extract, store and run the
 * incremental corpus stages on them (see {@link ingestDocs}). A bad input becomes a diagnostic naming it and
 * the run goes on; articles are committed in batches, so what was stored stays stored whatever fails later.
 * @param paths files, directories, or `-` for stdin
 * @param options the store, progress callback and batch size
 */
export async function runPipeline(paths: readonly string[], options: RunOptions): Promise<RunReport> {
  return ingestDocs(readInputs(paths, options), options);
}
