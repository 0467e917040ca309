export type { Diagnostic } from './Diagnostic.ts';
export type { RawDoc, InputFormat } from './RawDoc.ts';
export type { Evidenced, Published, Dateline } from './Evidence.ts';
export type { Article, Removed, RemovalReason, LanguageGuess } from './Article.ts';
export type { AnalysisDoc, AnalysisArticle, AnalysisEvent, AnalysisStory } from './Analysis.ts';
export type { Mention, TimeMention, Designation, ExtractedArticle } from './Extraction.ts';
