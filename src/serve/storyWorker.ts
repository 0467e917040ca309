/**
 * Worker thread that builds story comparisons off the server's event loop. It opens the store read-only
 * (SQLite in WAL mode allows readers beside the one writer) and is sent, per job, everything of the
 * corpus-stage state the comparison needs: the story row, its events and cluster summaries, and the
 * entities its articles mention. It answers with the comparison's JSON.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import type { CorpusIndex } from './buildCorpusIndex.ts';
import { storyComparison } from './storyComparison.ts';
import type { StoryJob } from './StoryPool.ts';

const store = new SqliteStore({ path: (workerData as { path: string }).path, readonly: true });

parentPort!.on('message', (job: StoryJob) => {
  try {
    const index = { input: { entities: job.entities, clusters: job.clusters }, eventById: new Map(job.events.map((e) => [e.id, e])) } as unknown as CorpusIndex;
    const json = JSON.stringify(storyComparison(store, job.story, index));
    parentPort!.postMessage({ seq: job.seq, json });
  } catch (e) {
    parentPort!.postMessage({ seq: job.seq, error: (e as Error).stack ?? String(e) });
  }
});
