import type { Store } from '../store/Store.ts';
import { EntityRegistry } from './EntityRegistry.ts';

/** Key of the entity registry's state in the store. */
export const REGISTRY_KEY = 'entity-registry';

/**
 * Restore the entity registry saved in the store, or start an empty one.
 * @param store the store that holds the corpus state
 */
export function loadRegistry(store: Store): EntityRegistry {
  const json = store.getCorpusState(REGISTRY_KEY);
  return json ? EntityRegistry.fromJSON(JSON.parse(json) as Parameters<typeof EntityRegistry.fromJSON>[0]) : new EntityRegistry();
}

/**
 * Save the entity registry's state in the store.
 * @param store the store
 * @param registry the registry to save
 */
export function saveRegistry(store: Store, registry: EntityRegistry): void {
  store.putCorpusState(REGISTRY_KEY, JSON.stringify(registry));
}
