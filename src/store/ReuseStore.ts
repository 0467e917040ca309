import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import type { CandidateIndex } from '../reuse/CandidateIndex.ts';
import type { ReusePair } from '../reuse/comparePair.ts';

/** What the reuse stage reads and writes through the store: fingerprints, the LSH index and related pairs. */
export interface ReuseStore {
  putFingerprint(id: string, fp: Fingerprint): void;
  getFingerprint(id: string): Fingerprint | null;
  /** The persistent LSH index; documents are numbered by the store. */
  candidateIndex(): CandidateIndex;
  /** The store's document number of an article id, and back. */
  docOf(id: string): number | null;
  idOf(doc: number): string | null;
  putReusePair(pair: ReusePair): void;
  /** Related pairs that involve any of the ids (all pairs when omitted). */
  reusePairs(ids?: readonly string[]): ReusePair[];
}
