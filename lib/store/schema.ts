/**
 * The saved-pages database: its idb `DBSchema`, its version and the cumulative `if (oldVersion < N)` upgrade ladder
 * that keeps every old step, so a database of any earlier version climbs to the current one without losing a page.
 */
import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { hostOf } from '../extract/host-of';
import type { Correction } from '../verdict/apply-corrections';
import { contentHash } from './content-hash';
import { normalizeUrl } from './normalize-url';
import { isStringList, toInstant, toSavedPage, type SavedPage } from './saved-page';

/** Database name used by the extension. */
export const CORPUS_DB_NAME = 'crosscheck-corpus';
/** Current schema version. Raise it only together with a new `if (oldVersion < N)` step in `upgradeSchema`. */
export const CORPUS_SCHEMA_VERSION = 4;

/**
 * A page as schema version 1 stored it: no content hash, no updatedAt, savedAt in epoch milliseconds, the
 * canonical URL as the page gave it (or null), and no dedupe. Kept to document what the v2 migration reads.
 */
export interface SavedPageV1 {
  id: string;
  url: string;
  canonicalUrl: string | null;
  title: string;
  outlet: string;
  byline: string | null;
  publishedTime: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  text: string;
  sentences: string[];
  cites: string[];
}

/** The schema as of version 4 (the shape idb types every access with). */
export interface CorpusDB extends DBSchema {
  /**
   * Since version 3: the reader's corrections, one per claim × document, under the out-of-line key
   * `correctionKey(claim, doc)`; the value is exactly a `Correction`.
   */
  corrections: {
    key: string;
    value: Correction;
  };
  pages: {
    key: string;
    value: SavedPage;
    indexes: {
      /** Unique: one saved page per canonical URL. */
      'by-canonical-url': string;
      /** Not unique: only a hash; texts are compared before two pages are called duplicates. */
      'by-content-hash': string;
      /** ISO instants sort as strings: list newest first, export oldest first. */
      'by-saved-at': string;
    };
  };
}

/** The object stores a transaction may span. */
export type Names = Array<StoreNames<CorpusDB>>;
/** The pages store inside a transaction of `Mode`. */
export type PageStore<Mode extends IDBTransactionMode> = IDBPObjectStore<CorpusDB, Names, 'pages', Mode>;
/** The pages store inside a transaction that may write (an operation's, or the upgrade's). */
export type WritablePageStore = PageStore<'readwrite'> | PageStore<'versionchange'>;
/** The corrections store inside a transaction of `Mode`. */
export type CorrectionStore<Mode extends IDBTransactionMode> = IDBPObjectStore<CorpusDB, Names, 'corrections', Mode>;

/** A v1 (or half-migrated) record in v2 form. Tolerant: a migration must never be the reason a page is lost. */
function upgradeV1Record(raw: Partial<SavedPageV1> & { id: string }): SavedPage {
  const text = typeof raw.text === 'string' ? raw.text : '';
  const url = typeof raw.url === 'string' ? raw.url : '';
  const savedAt = toInstant(raw.savedAt, new Date(0).toISOString());
  const canonicalUrl = normalizeUrl(typeof raw.canonicalUrl === 'string' && raw.canonicalUrl.trim() !== '' ? raw.canonicalUrl : url);
  return toSavedPage({
    id: raw.id,
    url,
    canonicalUrl,
    title: typeof raw.title === 'string' ? raw.title : canonicalUrl,
    outlet: typeof raw.outlet === 'string' ? raw.outlet : (hostOf(canonicalUrl) ?? 'Unknown site'),
    byline: typeof raw.byline === 'string' ? raw.byline : null,
    publishedTime: typeof raw.publishedTime === 'string' ? raw.publishedTime : null,
    savedAt,
    updatedAt: savedAt,
    text,
    sentences: isStringList(raw.sentences) ? raw.sentences : [],
    contentHash: contentHash(text),
    cites: isStringList(raw.cites) ? raw.cites : [],
  });
}

/**
 * v1 → v2: backfill canonicalUrl (normalised), contentHash and updatedAt, turn savedAt into an ISO instant, and
 * merge v1 records sharing a canonical URL (v1 did not dedupe; the unique index needs it) keeping the latest
 * text and the first-saved time. Indexes are created after the pass so the unique one never sees duplicates.
 */
async function migrateToV2(store: PageStore<'versionchange'>): Promise<void> {
  const kept = new Map<string, { id: string; savedAt: string }>();
  let cursor = await store.openCursor();
  while (cursor) {
    const page = upgradeV1Record(cursor.value as unknown as SavedPageV1);
    const first = kept.get(page.canonicalUrl);
    if (!first) {
      await cursor.update(page);
      kept.set(page.canonicalUrl, { id: page.id, savedAt: page.savedAt });
    } else if (Date.parse(page.savedAt) >= Date.parse(first.savedAt)) {
      // This copy is the later save: keep its text, under the earlier first-saved time.
      await cursor.update({ ...page, savedAt: first.savedAt });
      await store.delete(first.id);
      kept.set(page.canonicalUrl, { id: page.id, savedAt: first.savedAt });
    } else {
      const later = await store.get(first.id);
      if (later) await store.put({ ...later, savedAt: page.savedAt });
      await cursor.delete();
      kept.set(page.canonicalUrl, { id: first.id, savedAt: page.savedAt });
    }
    cursor = await cursor.continue();
  }
  store.createIndex('by-canonical-url', 'canonicalUrl', { unique: true });
  store.createIndex('by-content-hash', 'contentHash');
  store.createIndex('by-saved-at', 'savedAt');
}

/**
 * v3 → v4: every page's `contentHash` recomputed with the current typography fold (which now reads U+02BC "ʼ" as
 * an apostrophe), so a copy written with another apostrophe is found as the same text. Only the hash changes; pages
 * that now share a hash all stay (the index is not unique and the store compares texts).
 */
async function rehashPages(store: PageStore<'versionchange'>): Promise<void> {
  let cursor = await store.openCursor();
  while (cursor) {
    const page = cursor.value;
    // Tolerant of a damaged record: a migration must never be the reason a page is lost.
    const hash = contentHash(typeof page.text === 'string' ? page.text : '');
    if (page.contentHash !== hash) await cursor.update({ ...page, contentHash: hash });
    cursor = await cursor.continue();
  }
}

/** The upgrade ladder. Cumulative: a database at any old version runs every later step, in order. */
async function upgradeSchema(
  db: IDBPDatabase<CorpusDB>,
  oldVersion: number,
  tx: IDBPTransaction<CorpusDB, Names, 'versionchange'>,
): Promise<void> {
  // v1: one store of pages keyed by id.
  if (oldVersion < 1) db.createObjectStore('pages', { keyPath: 'id' });
  // v2: canonical-URL / content-hash / saved-at indexes, and the fields they need.
  if (oldVersion < 2) await migrateToV2(tx.objectStore('pages'));
  // v3: the reader's corrections, keyed by claim × document. Pages are untouched.
  if (oldVersion < 3) db.createObjectStore('corrections');
  // v4: content hashes of the current typography fold (U+02BC is an apostrophe).
  if (oldVersion < 4) await rehashPages(tx.objectStore('pages'));
}

/**
 * idb's openDB with an injected factory; resolves once the upgrade (if any) committed. `onLost` is told when the
 * connection goes away (a newer schema elsewhere, storage cleared), so the next call reopens.
 */
export function openDatabase(factory: IDBFactory, name: string, onLost: () => void): Promise<IDBPDatabase<CorpusDB>> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, CORPUS_SCHEMA_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<CorpusDB>;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<CorpusDB, Names, 'versionchange'>;
      upgradeSchema(db, event.oldVersion, tx).catch(() => {
        // Aborting rolls the whole upgrade back: the old data stays as it was and the open fails.
        try {
          tx.abort();
        } catch {
          // Already aborted by the failing request.
        }
      });
    });
    request.addEventListener('success', () => {
      const db = request.result;
      // A newer schema (an updated extension in another context) wants to upgrade: step aside, reopen later.
      db.addEventListener('versionchange', () => {
        db.close();
        onLost();
      });
      // The browser closed the connection (storage cleared, disk error): reopen on the next call.
      db.addEventListener('close', onLost);
      resolve(wrap(db) as unknown as IDBPDatabase<CorpusDB>);
    });
    request.addEventListener('error', () => reject(request.error ?? new DOMException('Opening the database failed.', 'UnknownError')));
  });
}
