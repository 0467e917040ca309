/**
 * An LSH banding index: documents are added with their band keys, and a query returns the documents
 * that share at least one key, with how many keys they share. Implemented in memory and by the stores.
 */
export interface CandidateIndex {
  /** Add a document (dense number) with its band keys. Never recomputes what is indexed. */
  add(doc: number, keys: Uint32Array): void;
  /**
   * Documents sharing keys with the query, mapped to the number of shared keys.
   * Keys held by more than `maxPostings` documents (boilerplate sentences) are ignored.
   */
  query(keys: Uint32Array, maxPostings?: number): Map<number, number>;
  /** Number of documents added. */
  size(): number;
}
