import { loadCorpusState, saveCorpusState } from '../store/corpusState.ts';
import type { Store } from '../store/Store.ts';
import { EntityRegistry } from './EntityRegistry.ts';

/** Key of the entity registry's state in the store. */
export const REGISTRY_KEY = 'entity-registry';

/**
 * Restore the entity registry saved in the store, or start an empty one.
 * @param store the store that holds the corpus state
 */
export function loadRegistry(store: Store): EntityRegistry {
  return loadCorpusState(store, REGISTRY_KEY, (j: Parameters<typeof EntityRegistry.fromJSON>[0]) => EntityRegistry.fromJSON(j), () => new EntityRegistry());
}

/**
 * Save the entity registry's state in the store.
 * @param store the store
 * @param registry the registry to save
 */
export function saveRegistry(store: Store, registry: EntityRegistry): void {
  saveCorpusState(store, REGISTRY_KEY, registry);
}
