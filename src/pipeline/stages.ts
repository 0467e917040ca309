import { clean } from '../clean/clean.ts';

/**
 * The per-article stages, in order. Each is a pure function of its input and the loaded context;
 * ingest (before) reads input and store (after) persists. Later stages append here.
 */
export const PER_ARTICLE_STAGES = [clean] as const;
