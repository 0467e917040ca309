import { OnlineClusterer } from '../cluster/OnlineClusterer.ts';
import { loadCorpusState, saveCorpusState } from '../store/corpusState.ts';
import type { Store } from '../store/Store.ts';

/** Key of the clusterer's state in the store. */
export const CLUSTERER_KEY = 'online-clusterer';

/**
 * Restore the online event/story clusterer saved in the store, or start a new one.
 * @param store the store that holds the corpus state
 */
export function loadClusterer(store: Store): OnlineClusterer {
  return loadCorpusState(store, CLUSTERER_KEY, (j: Parameters<typeof OnlineClusterer.fromJSON>[0]) => OnlineClusterer.fromJSON(j), () => new OnlineClusterer());
}

/**
 * Save the clusterer's state in the store.
 * @param store the store
 * @param clusterer the clusterer to save
 */
export function saveClusterer(store: Store, clusterer: OnlineClusterer): void {
  saveCorpusState(store, CLUSTERER_KEY, clusterer);
}
