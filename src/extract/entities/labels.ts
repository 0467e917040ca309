/** The entity types the taggers emit (CoNLL-2002/2003 tag set). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** The entity types, in label order. */
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * The BIO (IOB2) label set of the sequence taggers, index = label id: 0 is `O`, then B-/I- per type.
 * A label `2k+1` is `B-<type k>` and `2k+2` is `I-<type k>` (Ramshaw & Marcus 1995 chunk encoding).
 */
export const labels: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
