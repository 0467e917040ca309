import type { Store } from './Store.ts';

/**
 * Restore a corpus-wide object saved as JSON under `key`, or start a new one.
 * @param store the store that holds the corpus state
 * @param key the state's key
 * @param revive builds the object from its parsed JSON
 * @param fresh builds an empty object when nothing is saved
 */
export function loadCorpusState<T>(store: Store, key: string, revive: (json: never) => T, fresh: () => T): T {
  const json = store.getCorpusState(key);
  return json ? revive(JSON.parse(json) as never) : fresh();
}

/**
 * Save a corpus-wide object as JSON under `key`.
 * @param store the store
 * @param key the state's key
 * @param value the object (serialised with its toJSON)
 */
export function saveCorpusState(store: Store, key: string, value: unknown): void {
  store.putCorpusState(key, JSON.stringify(value));
}
