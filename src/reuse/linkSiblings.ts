import type { ReusePair } from './comparePair.ts';

/**
 * Explain pairs that have no source of their own but whose two articles derive from one common source:
 * they are siblings, and that source is named in their evidence. Returns new pair objects.
 * @param pairs related pairs of a corpus
 */
export function linkSiblings(pairs: readonly ReusePair[]): ReusePair[] {
  const sourceOf = new Map<string, string>();
  for (const p of pairs) if (p.source && (p.relation === 'rewrite' || p.relation === 'wire_copy' || p.relation === 'duplicate')) sourceOf.set(p.source === p.a ? p.b : p.a, p.source);
  return pairs.map((p) => {
    if (p.source) return p;
    const sa = sourceOf.get(p.a), sb = sourceOf.get(p.b);
    if (sa && sa === sb) return { ...p, sourceEvidence: [`siblings: both derive from ${sa}`, ...p.sourceEvidence] };
    return p;
  });
}
