import type { Article } from '../types/index.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import { normalizeTokens } from '../fingerprint/normalizeTokens.ts';
import type { Store } from '../store/Store.ts';
import { comparePair, type ReusePair } from './comparePair.ts';

/** Options of the incremental reuse stage. */
export interface ReuseOptions {
  /** Most candidates compared per new article, by number of shared LSH keys (default 50). */
  maxCandidates: number;
  /** Keys held by more documents than this are ignored as boilerplate (default 1000). */
  maxPostings: number;
}

const DEFAULTS: ReuseOptions = { maxCandidates: 50, maxPostings: 1000 };

/**
 * The incremental reuse stage for one newly stored article: query the LSH index for candidates, compare
 * the best ones passage by passage, store the related pairs, then add the article to the index.
 * Nothing already indexed is recomputed.
 * @param article the new article (already in the store)
 * @param fp its fingerprint
 * @param store where fingerprints, the index and pairs live
 * @param options candidate limits
 */
export function updateReuse(article: Article, fp: Fingerprint, store: Store, options: Partial<ReuseOptions> = {}): ReusePair[] {
  const o = { ...DEFAULTS, ...options };
  const doc = store.docOf(article.id);
  if (doc === null) throw new TypeError(`Expected article ${article.id} to be stored before reuse runs`);
  if (store.getFingerprint(article.id)) return [];
  const index = store.candidateIndex();
  const hits = index.query(fp.keys, o.maxPostings);
  hits.delete(doc);
  const ranked = [...hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.maxCandidates);
  const pairs: ReusePair[] = [];
  const mine = { article, tokens: normalizeTokens(article.text), shingles: fp.shingles };
  for (const [cand] of ranked) {
    const id = store.idOf(cand);
    const other = id ? store.getArticle(id) : null;
    const ofp = id ? store.getFingerprint(id) : null;
    if (!other || !ofp) continue;
    if (ofp.tag !== fp.tag) throw new TypeError(`Refusing to compare fingerprints made with different parameters (${ofp.tag} vs ${fp.tag})`);
    const pair = comparePair({ article: other, tokens: normalizeTokens(other.text), shingles: ofp.shingles }, mine);
    if (pair) {
      store.putReusePair(pair);
      pairs.push(pair);
    }
  }
  store.putFingerprint(article.id, fp);
  index.add(doc, fp.keys);
  return pairs;
}
