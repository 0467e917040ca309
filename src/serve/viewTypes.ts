/**
 * Records the API and the web UI show: rows of the lists and the story comparison. Records only, no logic.
 * @module
 */
import type { AnalysisArticle, AnalysisDoc } from '../types/index.ts';

/** One article in a list. */
export interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  agency: string | null;
  source: string;
  story: string | null;
  event: string | null;
  /** Search hit fragment with the matched words between [ and ] (only with `q=`). */
  snippet?: string;
}

/** One story in a list. */
export interface StoryRow {
  id: string;
  label: string;
  articles: string[];
  events: string[];
  dateRange: [string, string] | null;
  /** Articles that are not copies or rewrites of another article of the story. */
  independentSources: number;
  outlets: string[];
  languages: string[];
  /** True when clustering produced no stories and this one is a group of articles that share text. */
  provisional: boolean;
}

/** One event in a list. */
export interface EventRow {
  id: string;
  label: string;
  date: string | null;
  dateRange: [string, string] | null;
  articles: string[];
  story: string | null;
}

/** One designation of an entity: how an article refers to it without its name. */
export interface DesignationRow {
  article: string;
  outlet: string | null;
  text: string;
  start: number;
  end: number;
  loaded: boolean;
  how: string;
}

/** One entity in a list. */
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: number;
  designations: number;
  loaded: number;
}

/** An entity with every designation, grouped by outlet. */
export interface EntityDetail extends EntityRow {
  byOutlet: { outlet: string; designations: DesignationRow[] }[];
  articleIds: string[];
}

/** How each outlet designates one actor of a story. */
export interface FramingRow {
  entity: string;
  name: string;
  type: string;
  /** Outlet (or `article <id>` when the outlet is unknown) → its designations. */
  byOutlet: Record<string, { text: string; loaded: boolean; article: string; start: number; end: number }[]>;
}

/** Everything the story page shows, as one JSON document. */
export interface StoryComparison {
  story: StoryRow & {
    summary: unknown[];
    timeline: unknown[];
    facts: unknown[];
    /** Anything else the story carries in the analysis JSON (framing, coverage…), as is. */
    extra: Record<string, unknown>;
  };
  articles: AnalysisArticle[];
  events: EventRow[];
  reuse: AnalysisDoc['reuse'];
  quoteGroups: AnalysisDoc['quoteGroups'];
  entities: AnalysisDoc['entities'];
  framing: FramingRow[];
  /** Dates the articles mention, resolved, earliest first (shown when the story has no timeline). */
  datesMentioned: { date: string; text: string; article: string; start: number; end: number }[];
}

/** A page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
