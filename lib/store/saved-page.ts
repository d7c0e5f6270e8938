/**
 * The database record of one page the reader saved, and the pure helpers every store module shares: fresh copies
 * holding exactly the documented fields, the stored terms, and the page as a corpus document for the checker.
 */
import type { CorpusDoc, SavedPage } from '../types';

/** One page the reader saved: the database record (defined in lib/types.ts, as it crosses the message protocol). */
export type { SavedPage } from '../types';

/**
 * A fresh copy of a page holding exactly the SavedPage fields, in the documented order (extra fields dropped).
 * Stored terms are kept when both `terms` and `termsVersion` are present; `toExportedPage` drops them.
 */
export function toSavedPage(page: SavedPage): SavedPage {
  const exported = toExportedPage(page);
  return Array.isArray(page.terms) && typeof page.termsVersion === 'number'
    ? { ...exported, terms: page.terms.map((terms) => [...terms]), termsVersion: page.termsVersion }
    : exported;
}

/** A fresh copy of a page as the export file holds it: the documented fields only, no stored terms. */
export function toExportedPage(page: SavedPage): SavedPage {
  return {
    id: page.id,
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    outlet: page.outlet,
    byline: page.byline,
    publishedTime: page.publishedTime,
    savedAt: page.savedAt,
    updatedAt: page.updatedAt,
    text: page.text,
    sentences: [...page.sentences],
    contentHash: page.contentHash,
    cites: [...page.cites],
  };
}

/** Same content as the reader sees and exports it (stored terms are derived data and do not count). */
export function samePage(a: SavedPage, b: SavedPage): boolean {
  return JSON.stringify(toExportedPage(a)) === JSON.stringify(toExportedPage(b));
}

/** What the store needs of the engine's tokenizer. */
export interface StoreTokenizer {
  /** TOKENIZER_VERSION: stored terms of another version are recomputed. */
  version: number;
  /** `tokenize`: the terms of one sentence. */
  terms(sentence: string): string[];
}

/** The page with terms of the tokenizer's version (computed unless it has them already); unchanged without a tokenizer. */
export function withTerms(page: SavedPage, tokenizer: StoreTokenizer | undefined): SavedPage {
  if (!tokenizer) return page;
  if (page.termsVersion === tokenizer.version && page.terms?.length === page.sentences.length) return page;
  return { ...page, terms: page.sentences.map((sentence) => tokenizer.terms(sentence)), termsVersion: tokenizer.version };
}

/** Whether a value read from storage is a list of texts. */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A stored or imported time (ISO text or epoch milliseconds) as an ISO instant; `fallback` when it is none. */
export function toInstant(value: unknown, fallback: string): string {
  const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  // Date's valid range is ±8.64e15 ms; outside it toISOString throws.
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? new Date(time).toISOString() : fallback;
}

/** A saved page as a corpus document, so saved pages join every check beside the bundled corpus. */
export function savedPageToCorpusDoc(page: SavedPage): CorpusDoc {
  return {
    id: page.id,
    outlet: page.outlet,
    title: page.title,
    url: page.url,
    cites: [...page.cites],
    sentences: [...page.sentences],
    origin: 'saved',
    // Shared, not copied: the checker only reads them, and copying a large corpus's terms would double its memory.
    ...(page.terms && page.termsVersion !== undefined && { terms: page.terms, termsVersion: page.termsVersion }),
  };
}
