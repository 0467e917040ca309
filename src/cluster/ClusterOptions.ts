import { decisionWeights } from './decisionWeights.ts';

/** Options of {@link OnlineClusterer}; every field is optional. */
export interface ClusterOptions {
  /** Logistic weights (bias, body, title, entities, ln size) deciding whether an article joins an event. */
  eventWeights?: readonly number[];
  /** Logistic weights deciding whether a new event joins a story. */
  storyWeights?: readonly number[];
  /** Join probability at or above which an article joins its best event (default 0.25). */
  eventThreshold?: number;
  /** Join probability at or above which a new event joins its best story (default 0.25). */
  storyThreshold?: number;
  /** Days outside an event's date range tolerated before the time penalty starts (default 1). */
  eventGraceDays?: number;
  /** Days outside a story's date range tolerated before the time penalty starts (default 30). */
  storyGraceDays?: number;
  /** Days an event may postdate the latest date an undated article mentions before the time penalty starts (default 730). */
  mentionGraceDays?: number;
  /** Logit penalty per unit of ln(1 + days beyond the grace) (default 4). */
  timePenalty?: number;
  /** Highest-weighted document terms used to look up candidate events (default 30). */
  queryTerms?: number;
  /** Most recent events walked per posting list when looking up candidates (default 300). */
  maxPostings?: number;
  /** Candidate events scored exactly (default 10). */
  candidates?: number;
  /** Terms kept per centroid sub-vector; the weakest are pruned beyond twice this (default 400). */
  maxCentroidTerms?: number;
  /** Add the years and months that time expressions resolve to as terms of the entity sub-vector (default false). */
  timeTerms?: boolean;
  /** Date an undated article from the day-precision dates its time expressions resolve to (default false). */
  datesFromTimes?: boolean;
}

/** {@link ClusterOptions} with every default filled in. */
export type ResolvedClusterOptions = { readonly [K in keyof ClusterOptions]-?: NonNullable<ClusterOptions[K]> };

const DEFAULTS: ResolvedClusterOptions = {
  eventWeights: decisionWeights.event,
  storyWeights: decisionWeights.story,
  eventThreshold: 0.25,
  storyThreshold: 0.25,
  eventGraceDays: 1,
  storyGraceDays: 30,
  mentionGraceDays: 730,
  timePenalty: 4,
  queryTerms: 30,
  maxPostings: 300,
  candidates: 10,
  maxCentroidTerms: 400,
  datesFromTimes: false,
  timeTerms: false,
};

const WEIGHT_COUNT = 5;

/**
 * Validate clusterer options once and fill in the defaults (the one place defaults live).
 *
 * @param options - Partial options, or undefined.
 * @returns Complete, frozen options.
 */
export function resolveClusterOptions(options: ClusterOptions = {}): ResolvedClusterOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('Expected an options object');
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!(key in DEFAULTS)) throw new TypeError(`Expected a known option, not \`${key}\``);
    const def = DEFAULTS[key as keyof ResolvedClusterOptions];
    if (Array.isArray(def)) {
      if (!Array.isArray(value) || value.length !== WEIGHT_COUNT || !value.every(Number.isFinite))
        throw new TypeError(`Expected options.${key} to be ${WEIGHT_COUNT} finite numbers`);
      out[key] = Object.freeze([...value]);
    } else if (typeof def === 'boolean') {
      if (typeof value !== 'boolean') throw new TypeError(`Expected options.${key} to be a boolean`);
      out[key] = value;
    } else {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new TypeError(`Expected options.${key} to be a non-negative finite number`);
      if (/Threshold$/.test(key) && value > 1) throw new TypeError(`Expected options.${key} to be at most 1`);
      out[key] = value;
    }
  }
  return Object.freeze(out) as ResolvedClusterOptions;
}
