import { OnlineClusterer } from '../cluster/OnlineClusterer.ts';
import type { Store } from '../store/Store.ts';

/** Key of the clusterer's state in the store. */
export const CLUSTERER_KEY = 'online-clusterer';

/**
 * Restore the online event/story clusterer saved in the store, or start a new one.
 * @param store the store that holds the corpus state
 */
export function loadClusterer(store: Store): OnlineClusterer {
  const json = store.getCorpusState(CLUSTERER_KEY);
  return json ? OnlineClusterer.fromJSON(JSON.parse(json) as Parameters<typeof OnlineClusterer.fromJSON>[0]) : new OnlineClusterer();
}

/**
 * Save the clusterer's state in the store.
 * @param store the store
 * @param clusterer the clusterer to save
 */
export function saveClusterer(store: Store, clusterer: OnlineClusterer): void {
  store.putCorpusState(CLUSTERER_KEY, JSON.stringify(clusterer));
}
