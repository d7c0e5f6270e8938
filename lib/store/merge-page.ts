/**
 * Pages from outside the store — an imported file, an undone delete — put back by the dedupe rules: the same
 * canonical URL merges (newer text, earliest first-saved time), the same text elsewhere is not stored twice.
 */
import { contentHash } from './content-hash';
import { normalizeUrl } from './normalize-url';
import { findSameContent, freeId, maySupersede, underOwnAddress, type SiteRule } from './save-page';
import { samePage, toInstant, toSavedPage, type SavedPage } from './saved-page';
import type { PageStore } from './schema';

/** `added`: new; `merged`: changed a stored page; `unchanged`: already stored as it is; `duplicate`: its text is stored elsewhere. */
export type MergeOutcome = 'added' | 'merged' | 'unchanged' | 'duplicate';

/** A page from outside the store (import, undo) in stored form: derived fields recomputed, instants normalised. */
export function prepareIncoming(page: SavedPage): SavedPage {
  const savedAt = toInstant(page.savedAt, new Date(0).toISOString());
  return toSavedPage({
    ...page,
    canonicalUrl: normalizeUrl(page.canonicalUrl),
    savedAt,
    updatedAt: toInstant(page.updatedAt, savedAt),
    contentHash: contentHash(page.text),
  });
}

function earlier(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

/** Puts a prepared outside page into the store: the dedupe rules of import and undo. Runs inside the caller's transaction. */
export async function mergePage(
  store: PageStore<'readwrite'>,
  incoming: SavedPage,
  sameSite?: SiteRule,
): Promise<{ page: SavedPage; outcome: MergeOutcome }> {
  const existing = await store.index('by-canonical-url').get(incoming.canonicalUrl);
  // Another site's page never replaces a stored one: its canonical address is ignored, as when it is saved.
  if (existing && !maySupersede(existing, incoming.url, sameSite)) return mergePage(store, underOwnAddress(incoming), sameSite);
  if (existing) {
    // Same page: the newer text wins; the first-saved time is the earliest either copy knew.
    const newer = Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt) ? incoming : existing;
    const merged = toSavedPage({
      ...newer,
      id: existing.id,
      canonicalUrl: existing.canonicalUrl,
      savedAt: earlier(existing.savedAt, incoming.savedAt),
    });
    if (samePage(merged, existing)) {
      // Nothing the reader sees changed, but a copy with current terms spares re-tokenising it on every load.
      if (incoming.terms && incoming.termsVersion !== existing.termsVersion) {
        await store.put(toSavedPage({ ...existing, terms: incoming.terms, termsVersion: incoming.termsVersion }));
      }
      return { page: existing, outcome: 'unchanged' };
    }
    await store.put(merged);
    return { page: merged, outcome: 'merged' };
  }
  const duplicate = await findSameContent(store, incoming);
  if (duplicate) return { page: duplicate, outcome: 'duplicate' };
  const page = { ...incoming, id: await freeId(store, incoming.id, incoming.canonicalUrl) };
  await store.add(page);
  return { page, outcome: 'added' };
}
