/**
 * Saving an extracted article: the record a first save stores, and the dedupe rules that run inside the save's
 * transaction (same canonical URL → updated in place; same text elsewhere → not stored twice).
 */
import { hostOf } from '../extract/host-of';
import { sameHost } from '../extract/same-host';
import type { Article, SaveOutcome } from '../types';
import { contentHash, normalizeContent } from './content-hash';
import { CorpusStoreError } from './corpus-store-error';
import { normalizeUrl, pageId } from './normalize-url';
import { isStringList, toSavedPage, type SavedPage } from './saved-page';
import type { PageStore, WritablePageStore } from './schema';

/** What `savePage` stores: an extracted article, its sentences and (optionally) the outlets it cites. */
export interface SavePageInput {
  article: Article;
  /** The article's sentences, from the engine's `splitSentences`. */
  sentences: string[];
  /** Outlets the article names as its sources; none when omitted. */
  cites?: string[];
}

/** The page as stored (for `duplicate`, the page that already holds this text) and what happened. */
export interface SaveResult {
  page: SavedPage;
  outcome: SaveOutcome;
}

/**
 * Whether two addresses are one site's. The store's writer (the background) passes the Public Suffix List's rule
 * (lib/extract/same-site.ts); readers never save, so their bundles go without its 140 KB and default to the stricter
 * same-host rule.
 */
export type SiteRule = (a: string, b: string) => boolean;

/** The record `savePage` would store for a first save at `now` (pure; throws `invalid` for unusable input). */
export function savedPageFromArticle(input: SavePageInput, now: Date, sameSite: SiteRule = sameHost): SavedPage {
  const { article, sentences, cites = [] } = input;
  const address = article.url ?? article.canonicalUrl;
  if (address === null || address.trim() === '') {
    throw new CorpusStoreError('invalid', 'This page has no web address, so Crosscheck cannot save it.');
  }
  const text = article.paragraphs
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  if (text === '') throw new CorpusStoreError('invalid', 'Crosscheck found no article text on this page, so there is nothing to save.');
  if (!isStringList(sentences) || !isStringList(cites)) {
    throw new CorpusStoreError('invalid', 'The page could not be saved: its sentences or sources are not lists of texts.');
  }
  // Defence in depth: whatever extracted the article, a canonical address on another site does not count.
  const claimed = article.canonicalUrl;
  const canonicalUrl = normalizeUrl(claimed !== null && (claimed === address || sameSite(claimed, address)) ? claimed : address);
  const host = hostOf(canonicalUrl) ?? hostOf(address);
  const instant = now.toISOString();
  return toSavedPage({
    id: pageId(canonicalUrl),
    url: address.trim(),
    canonicalUrl,
    title: article.title.trim() || host || canonicalUrl,
    outlet: article.outlet?.trim() || host || 'Unknown site',
    byline: article.byline,
    publishedTime: article.publishedTime,
    savedAt: instant,
    updatedAt: instant,
    text,
    sentences,
    contentHash: contentHash(text),
    cites,
  });
}

/**
 * Whether a page read at `url` may replace the stored page `existing` (found under the same canonical URL): only a
 * page of the stored page's own site, or one read at the very address the stored page names as canonical. So no
 * other site's page ever replaces what the reader saved, even through a record from before canonical links were
 * checked.
 */
export function maySupersede(existing: SavedPage, url: string, sameSite: SiteRule = sameHost): boolean {
  return sameSite(url, existing.url) || normalizeUrl(url) === existing.canonicalUrl;
}

/** The page as its own address names it: its canonical address ignored (it points at another site's saved page). */
export function underOwnAddress(page: SavedPage): SavedPage {
  const canonicalUrl = normalizeUrl(page.url);
  return { ...page, canonicalUrl, id: pageId(canonicalUrl) };
}

/** A stored page with the same text under another id, if any. */
export async function findSameContent(store: PageStore<IDBTransactionMode>, page: SavedPage): Promise<SavedPage | undefined> {
  const candidates = await store.index('by-content-hash').getAll(page.contentHash);
  const text = normalizeContent(page.text);
  // The hash only shortlists: texts are compared so a hash collision can never swallow a page.
  return candidates.find((candidate) => candidate.id !== page.id && normalizeContent(candidate.text) === text);
}

// Bounded so a corrupted store cannot loop forever; 2^-106 collisions make a second attempt already unheard of.
const MAX_ID_ATTEMPTS = 16;

/** `preferred` if no record has it, else a fresh id derived from the canonical URL. */
export async function freeId(store: WritablePageStore, preferred: string, canonicalUrl: string): Promise<string> {
  let id = preferred;
  for (let attempt = 1; attempt <= MAX_ID_ATTEMPTS; attempt++) {
    if ((await store.getKey(id)) === undefined) return id;
    id = pageId(`${canonicalUrl}\n${attempt}`);
  }
  throw new CorpusStoreError('conflict', 'Crosscheck could not find a free id for this page. Your saved pages were not changed.');
}

/**
 * Stores `draft` (from `savedPageFromArticle`, terms added) by the save rules. Runs inside the caller's readwrite
 * transaction and awaits nothing but its requests.
 */
export async function putSavedPage(store: PageStore<'readwrite'>, draft: SavedPage): Promise<SaveResult> {
  const existing = await store.index('by-canonical-url').get(draft.canonicalUrl);
  if (existing && !maySupersede(existing, draft.url)) return putSavedPage(store, underOwnAddress(draft));
  if (existing) {
    const page = toSavedPage({
      ...draft,
      id: existing.id,
      savedAt: existing.savedAt,
      // A re-save that lacks metadata the first save had should not erase it.
      byline: draft.byline ?? existing.byline,
      publishedTime: draft.publishedTime ?? existing.publishedTime,
    });
    await store.put(page);
    return { page, outcome: 'updated' };
  }
  const duplicate = await findSameContent(store, draft);
  if (duplicate) return { page: duplicate, outcome: 'duplicate' };
  const page = { ...draft, id: await freeId(store, draft.id, draft.canonicalUrl) };
  await store.add(page);
  return { page, outcome: 'created' };
}
