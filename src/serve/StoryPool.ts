import { Worker } from 'node:worker_threads';
import type { EventSummary, StorySummary } from '../cluster/OnlineClusterer.ts';
import type { RegistryEntity } from '../resolve/EntityRegistry.ts';
import type { IndexedStory } from './buildCorpusIndex.ts';
import type { EventRow } from './viewTypes.ts';

/** One story comparison to build: the story and the corpus-stage state it needs. */
export interface StoryJob {
  seq: number;
  story: IndexedStory;
  events: EventRow[];
  clusters: { events: EventSummary[]; stories: StorySummary[] } | undefined;
  entities: RegistryEntity[] | undefined;
}

interface Pending {
  job: StoryJob;
  resolve: (json: string) => void;
  reject: (e: Error) => void;
}

// The worker runs TypeScript: register tsx in it first, as bin/cotejo.js does in the main thread.
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((m) => { m.register(); return import(workerData.entry); }).catch((e) => { console.error(e); process.exit(1); });
`;

/**
 * One worker thread that builds story comparisons (see `storyWorker.ts`), fed from two queues: `high` for
 * requests waiting on an answer, `low` for pages built ahead of need. One job runs at a time, so the
 * thread takes at most one core.
 */
export class StoryPool {
  #worker: Worker | null;
  #high: Pending[] = [];
  #low: Pending[] = [];
  #running: Pending | null = null;
  #seq = 0;
  #failed: Error | null = null;

  /** @param path the SQLite file the worker opens read-only */
  constructor(path: string) {
    this.#worker = new Worker(BOOT, {
      eval: true,
      workerData: { path, tsx: import.meta.resolve('tsx/esm/api'), entry: new URL('./storyWorker.ts', import.meta.url).href },
    });
    this.#worker.on('message', (m: { seq: number; json?: string; error?: string }) => {
      const p = this.#running;
      this.#running = null;
      if (p && p.job.seq === m.seq) {
        if (m.json !== undefined) p.resolve(m.json);
        else p.reject(new Error(m.error ?? 'story worker failed'));
      }
      this.#next();
      if (!this.#running) this.#worker?.unref();
    });
    const fail = (e: Error): void => {
      this.#failed = e;
      this.#worker = null;
      for (const p of [...(this.#running ? [this.#running] : []), ...this.#high, ...this.#low]) p.reject(e);
      this.#running = null;
      this.#high = [];
      this.#low = [];
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`story worker exited with ${code}`)));
    // After the listeners: adding a 'message' listener refs the worker's port again.
    this.#worker.unref();
  }

  /** Whether the worker is usable (it stops on a fatal error; callers then build on their own thread). */
  get alive(): boolean {
    return this.#worker !== null && !this.#failed;
  }

  /** Jobs waiting (both queues). */
  get waiting(): number {
    return this.#high.length + this.#low.length;
  }

  /**
   * Build a comparison; `urgent` jobs go before any job built ahead of need.
   * @param job the story and its state (its `seq` is set here)
   * @param urgent a request is waiting on it
   */
  build(job: Omit<StoryJob, 'seq'>, urgent: boolean): Promise<string> {
    if (!this.alive) return Promise.reject(this.#failed ?? new Error('story worker closed'));
    return new Promise((resolve, reject) => {
      (urgent ? this.#high : this.#low).push({ job: { ...job, seq: ++this.#seq }, resolve, reject });
      this.#next();
    });
  }

  /** Drop the jobs built ahead of need that have not started (e.g. after the index was rebuilt). */
  clearLow(): void {
    for (const p of this.#low) p.reject(new Error('dropped'));
    this.#low = [];
  }

  #next(): void {
    if (this.#running || !this.#worker) return;
    const p = this.#high.shift() ?? this.#low.shift();
    if (!p) return;
    this.#running = p;
    // Only while jobs run does the worker keep the process alive.
    this.#worker.ref();
    this.#worker.postMessage(p.job);
  }

  /** Stop the worker. */
  async close(): Promise<void> {
    const w = this.#worker;
    this.#failed = new Error('story worker closed');
    this.#worker = null;
    for (const p of [...this.#high, ...this.#low]) p.reject(this.#failed);
    this.#high = [];
    this.#low = [];
    if (w) await w.terminate();
  }
}
