import type { CleanContext } from '../clean/CleanContext.ts';
import type { ReadResult } from '../ingest/readInputs.ts';
import type { Store } from '../store/Store.ts';
import { resolveFingerprintOptions, type FingerprintOptions } from '../fingerprint/FingerprintOptions.ts';
import { loadRegistry, saveRegistry } from '../resolve/loadRegistry.ts';
import { analyzeDocument, updateCorpus, type AnalyzedDoc } from './stages.ts';
import type { OnlineClusterer } from '../cluster/OnlineClusterer.ts';
import type { EntityRegistry } from '../resolve/EntityRegistry.ts';
import { loadClusterer, saveClusterer } from './clusterState.ts';
import { loadContext, type RunReport } from './runPipeline.ts';

/** Options for {@link ingestDocs}. */
export interface IngestDocsOptions {
  /** Where articles are stored. */
  store: Store;
  /** What the per-article stages need, loaded once (default: loaded on each call with `loadContext`). */
  context?: CleanContext;
  /** Called after each document with running counts. */
  onProgress?: (p: { done: number; failed: number; source: string }) => void;
  /** Articles per store transaction (default 500). */
  batchSize?: number;
  /** Reuse fingerprint parameters (defaults: DEFAULT_FINGERPRINT). */
  fingerprint?: Partial<FingerprintOptions>;
  /**
   * Corpus-stage state already loaded from this store by a long-running caller (a server), so that each
   * call does not parse it again; it is updated in place and saved as usual. Default: loaded from the store.
   */
  state?: { registry: EntityRegistry; clusterer: OnlineClusterer };
}

/**
 * Clean, extract and store documents already read (from files, stdin or an HTTP body), then run the
 * incremental corpus stages on the new ones: the same stages, in the same order, as `runPipeline`, which
 * is `ingestDocs(readInputs(paths), options)` plus reading. A bad document becomes a diagnostic naming it and
 * the batch goes on; articles are committed in batches.
 * @param docs read results: documents, or read errors that are reported as they are
 * @param options the store, the loaded context, progress callback and batch size
 */
export async function ingestDocs(docs: Iterable<ReadResult> | AsyncIterable<ReadResult>, options: IngestDocsOptions): Promise<RunReport> {
  if (!docs || (typeof (docs as Iterable<ReadResult>)[Symbol.iterator] !== 'function' && typeof (docs as AsyncIterable<ReadResult>)[Symbol.asyncIterator] !== 'function'))
    throw new TypeError(`Expected an iterable of read results, not \`${typeof docs}\``);
  if (!options?.store) throw new TypeError('Expected options with a `store`');
  const ctx = options.context ?? (await loadContext());
  const { store } = options;
  const batchSize = options.batchSize ?? 500;
  const report: RunReport = { ids: [], inserted: 0, pairs: 0, duplicates: 0, errors: [] };
  const fpOptions = resolveFingerprintOptions(options.fingerprint);
  const seen = new Set<string>();
  let pending: AnalyzedDoc[] = [];
  const registry = options.state?.registry ?? loadRegistry(store);
  const clusterer = options.state?.clusterer ?? loadClusterer(store);
  let done = 0;
  const flush = (): void => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    const fresh: typeof batch = [];
    store.transaction(() => {
      for (const p of batch) {
        if (store.putArticle(p.article).inserted) report.inserted++, fresh.push(p);
        else {
          report.duplicates++;
          // Stored by a run that stopped before its corpus stages: finish them now.
          if (!store.getFingerprint(p.article.id)) fresh.push(p);
        }
      }
    });
    // Corpus stages, incremental: each new article is compared with its LSH candidates, then indexed;
    // its mentions are resolved against the entity registry; it joins an event and a story, or starts them.
    store.transaction(() => {
      for (const p of fresh) report.pairs += updateCorpus(p, store, { registry, clusterer });
      saveRegistry(store, registry);
      saveClusterer(store, clusterer);
    });
  };
  for await (const r of docs) {
    done++;
    if ('error' in r) {
      report.errors.push({ stage: 'ingest', rule: r.error.rule, message: r.error.message, place: r.error.place });
      options.onProgress?.({ done, failed: report.errors.length, source: r.error.place });
      continue;
    }
    try {
      const analyzed = analyzeDocument(r.doc, ctx, fpOptions);
      const { article } = analyzed;
      if (!article.text.trim()) {
        report.errors.push({ stage: 'clean', rule: 'no-body', message: `${r.doc.source}: no article body was found`, place: r.doc.source });
      } else if (seen.has(article.id)) {
        report.duplicates++;
        store.putArticle(article);
      } else {
        seen.add(article.id);
        report.ids.push(article.id);
        pending.push(analyzed);
        if (pending.length >= batchSize) flush();
      }
    } catch (e) {
      report.errors.push({ stage: 'clean', rule: 'clean-failed', message: `${r.doc.source}: ${(e as Error).message}`, place: r.doc.source });
    }
    options.onProgress?.({ done, failed: report.errors.length, source: r.doc.source });
  }
  flush();
  return report;
}
