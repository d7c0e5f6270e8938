/**
 * The reader's saved pages and corrections, in IndexedDB through `idb`: the database opened once, and the narrow
 * async API every caller uses (`savePage`, `listPages`, `deletePage`, `exportCorpus`, `importCorpus`…).
 *
 * Rules this module keeps, because users trust it with their reading:
 * - every read-check-write (dedupe, merge, restore, import) happens inside ONE readwrite transaction, and
 *   nothing but IndexedDB requests is awaited inside it, so concurrent savers (two tabs, panel + context menu)
 *   cannot race and a failing write rolls the whole operation back;
 * - the schema upgrade is a cumulative `if (oldVersion < N)` ladder that keeps every old step (`schema.ts`);
 * - every failure becomes a `CorpusStoreError` with a `code` and a message a reader understands.
 *
 * The IDBFactory is injected (`fake-indexeddb` in tests, `globalThis.indexedDB` in the extension). idb wraps
 * objects by checking the global IDB classes, so an injected factory must come from the same implementation as
 * the globals (in Node: `import 'fake-indexeddb/auto'`, then `new IDBFactory()` per test).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Correction, CorrectionInput, ImportResult, RestoreResult, SavedPage } from '../types';
import { isCorrection } from '../verdict/apply-corrections';
import {
  CORPUS_EXPORT_FORMAT,
  CORPUS_EXPORT_VERSION,
  DEFAULT_MAX_IMPORT_BYTES,
  parseCorpusExport,
  toCorrection,
  utf8ByteLength,
  type CorpusExport,
} from './corpus-export';
import { CorpusStoreError, openError, operationError } from './corpus-store-error';
import { importCorrections, oldestFirst, removeCorrection, storeCorrection } from './corrections-store';
import { mergePage, prepareIncoming } from './merge-page';
import { putSavedPage, savedPageFromArticle, type SavePageInput, type SaveResult, type SiteRule } from './save-page';
import { toExportedPage, withTerms, type StoreTokenizer } from './saved-page';
import { CORPUS_DB_NAME, openDatabase, type CorpusDB, type Names, type PageStore } from './schema';

// The types of this API, so its callers import them from the API they use.
export { CorpusStoreError } from './corpus-store-error';
export type { CorpusStoreErrorCode } from './corpus-store-error';
export type { SavePageInput, SaveResult } from './save-page';
export type { StoreTokenizer } from './saved-page';
export type { CorrectionInput, ImportResult, RestoreOutcome, RestoreResult, SavedPage, SaveOutcome } from '../types';

/** Storage used by saved pages. */
export interface CorpusUsage {
  pages: number;
  /** Sum of the saved records' sizes (UTF-8 JSON), in bytes. */
  bytes: number;
  /** The browser's estimate for the whole extension origin, when it gives one. */
  estimate: { usage: number | null; quota: number | null } | null;
}

/** The saved-pages store. Every method rejects only with `CorpusStoreError`. */
export interface CorpusStore {
  /**
   * Saves a page: same canonical URL → updated in place (first-saved time kept); same text elsewhere → not stored
   * twice. A page never replaces another site's saved page: its canonical address is then ignored.
   */
  savePage(input: SavePageInput): Promise<SaveResult>;
  /** Every saved page, newest saved first. */
  listPages(): Promise<SavedPage[]>;
  /** One saved page by id, or null. */
  getPage(id: string): Promise<SavedPage | null>;
  /** Deletes a page and returns it (keep it for undo), or null when it was already gone. */
  deletePage(id: string): Promise<SavedPage | null>;
  /** Undo of a delete: puts the page back, merging if it was saved again meanwhile. */
  restorePage(page: SavedPage): Promise<RestoreResult>;
  /** Every saved page as a version-1 export (write it with `stringifyCorpusExport`). */
  exportCorpus(): Promise<CorpusExport>;
  /** Imports an export file (pages and corrections), all or nothing: a refused file or a failed write changes nothing. */
  importCorpus(text: string): Promise<ImportResult>;
  /** Stores the reader's correction of one claim × document, replacing an earlier one of the same pair. */
  saveCorrection(input: CorrectionInput): Promise<Correction>;
  /** Every correction, oldest first. */
  listCorrections(): Promise<Correction[]>;
  /** Removes the correction of a claim × document (undo) and returns it, or null when there was none. */
  deleteCorrection(claim: string, doc: string): Promise<Correction | null>;
  /** How much the saved pages take, and the browser's estimate. */
  usage(): Promise<CorpusUsage>;
  /** Closes the connection; later calls reject with `unavailable`. */
  close(): void;
}

/** Options of `openCorpusStore`; all injectable so tests, the CLI and the extension share the code. */
export interface CorpusStoreOptions {
  /** Database name; default `crosscheck-corpus`. */
  name?: string;
  /** The IndexedDB factory; default `globalThis.indexedDB`. */
  indexedDB?: IDBFactory;
  /** Clock for savedAt / updatedAt / exportedAt; default the system clock. */
  now?: () => Date;
  /** Storage estimate for `usage()`; default `navigator.storage.estimate` when present; null to skip. */
  estimate?: (() => Promise<StorageEstimate>) | null;
  /** Largest import file accepted, in bytes; default `DEFAULT_MAX_IMPORT_BYTES`. */
  maxImportBytes?: number;
  /**
   * The engine's tokenizer (`{ version: TOKENIZER_VERSION, terms: tokenize }`): when given, every page written
   * (saved, imported, restored) stores its sentences' terms, so the checker loads it without re-tokenising.
   * Injected so the store stays independent of the engine; without it pages are stored without terms.
   */
  tokenizer?: StoreTokenizer;
  /**
   * Whether a page's canonical address, or a page replacing a stored one, is on the same site: the writer passes
   * `sameSite` (registrable domains, lib/extract/same-site.ts); default the stricter same-host rule.
   */
  sameSite?: SiteRule;
}

function defaultEstimate(): (() => Promise<StorageEstimate>) | null {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  return typeof storage?.estimate === 'function' ? () => storage.estimate() : null;
}

/**
 * Opens (creating or upgrading) the saved-pages database and returns the store. Rejects with a
 * `CorpusStoreError` (`unavailable`, or `quota`) when IndexedDB cannot be used: the caller keeps working with the
 * bundled corpus and shows `error.message`.
 */
export async function openCorpusStore(options: CorpusStoreOptions = {}): Promise<CorpusStore> {
  const name = options.name ?? CORPUS_DB_NAME;
  const now = options.now ?? (() => new Date());
  const estimate = options.estimate === undefined ? defaultEstimate() : options.estimate;
  const maxImportBytes = options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;

  let dbPromise: Promise<IDBPDatabase<CorpusDB>> | null = null;
  let closed = false;

  function database(): Promise<IDBPDatabase<CorpusDB>> {
    if (closed) {
      return Promise.reject(new CorpusStoreError('unavailable', 'The saved-pages store was closed. Reopen the panel to use saved pages.'));
    }
    if (!dbPromise) {
      const opening = (async () => {
        if (!factory) throw new DOMException('IndexedDB is not available.', 'NotSupportedError');
        return openDatabase(factory, name, () => {
          if (dbPromise === opening) dbPromise = null;
        });
      })().catch((error: unknown) => {
        if (dbPromise === opening) dbPromise = null;
        throw openError(error);
      });
      dbPromise = opening;
    }
    return dbPromise;
  }

  /** Runs `work` in one transaction over `names`; any failure aborts it (all or nothing) and becomes a CorpusStoreError. */
  async function transact<T, Mode extends 'readonly' | 'readwrite'>(
    names: Names,
    mode: Mode,
    action: string,
    work: (tx: IDBPTransaction<CorpusDB, Names, Mode>) => Promise<T>,
  ): Promise<T> {
    const db = await database();
    let tx: IDBPTransaction<CorpusDB, Names, Mode>;
    try {
      tx = db.transaction(names, mode);
    } catch (error) {
      throw operationError(error, action);
    }
    const done = tx.done;
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      // The abort is the intended consequence; observing it here keeps it from being an unhandled rejection.
      done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished or aborted (the failing request aborts it).
      }
      throw operationError(error, action);
    }
  }

  /** `transact` over the pages alone. */
  function run<T, Mode extends 'readonly' | 'readwrite'>(
    mode: Mode,
    action: string,
    work: (store: PageStore<Mode>) => Promise<T>,
  ): Promise<T> {
    return transact(['pages'], mode, action, (tx) => work(tx.objectStore('pages')));
  }

  await database();

  return {
    async savePage(input) {
      // Everything that is not an IndexedDB request happens before the transaction starts.
      const draft = withTerms(savedPageFromArticle(input, now(), options.sameSite), options.tokenizer);
      return run('readwrite', 'save this page', (store) => putSavedPage(store, draft));
    },

    async listPages() {
      const pages = await run('readonly', 'read your saved pages', (store) => store.index('by-saved-at').getAll());
      return pages.reverse();
    },

    async getPage(id) {
      return (await run('readonly', 'read this saved page', (store) => store.get(id))) ?? null;
    },

    async deletePage(id) {
      return run('readwrite', 'delete this page', async (store) => {
        const page = await store.get(id);
        if (!page) return null;
        await store.delete(id);
        return page;
      });
    },

    async restorePage(page) {
      const incoming = withTerms(prepareIncoming(page), options.tokenizer);
      const { page: stored, outcome } = await run('readwrite', 'restore this page', (store) =>
        mergePage(store, incoming, options.sameSite),
      );
      return { page: stored, outcome: outcome === 'added' ? 'restored' : outcome === 'duplicate' ? 'duplicate' : 'merged' };
    },

    async exportCorpus() {
      // One transaction: the file never pairs pages and corrections from two different moments.
      const { pages, corrections } = await transact(['pages', 'corrections'], 'readonly', 'export your saved pages', async (tx) => ({
        pages: await tx.objectStore('pages').index('by-saved-at').getAll(),
        corrections: await tx.objectStore('corrections').getAll(),
      }));
      return {
        format: CORPUS_EXPORT_FORMAT,
        version: CORPUS_EXPORT_VERSION,
        exportedAt: now().toISOString(),
        pages: pages.map(toExportedPage),
        corrections: oldestFirst(corrections).map(toCorrection),
      };
    },

    async importCorpus(text) {
      const parsed = parseCorpusExport(text, { maxBytes: maxImportBytes });
      if (!parsed.ok) throw new CorpusStoreError('invalid', parsed.error.message, { importError: parsed.error });
      // Tokenised before the transaction starts: nothing but IndexedDB requests is awaited inside it.
      const incoming = parsed.value.pages.map((page) => withTerms(prepareIncoming(page), options.tokenizer));
      // Oldest first, so of two corrections of one pair in the file the later one is applied last and wins.
      // Instants are stored as ISO strings, as the engine compares them (a file may hold any date format Date reads).
      const corrections = oldestFirst(parsed.value.corrections).map((c) => ({ ...c, at: new Date(Date.parse(c.at)).toISOString() }));
      return transact(['pages', 'corrections'], 'readwrite', 'import this file', async (tx) => {
        const counts: ImportResult = { added: 0, merged: 0, skipped: 0, corrections: { added: 0, merged: 0, skipped: 0 } };
        const pages = tx.objectStore('pages');
        for (const page of incoming) {
          const { outcome } = await mergePage(pages, page, options.sameSite);
          if (outcome === 'added') counts.added++;
          else if (outcome === 'merged') counts.merged++;
          else counts.skipped++;
        }
        counts.corrections = await importCorrections(tx.objectStore('corrections'), corrections);
        return counts;
      });
    },

    async saveCorrection(input) {
      const correction = toCorrection({ ...input, at: input.at ?? now().toISOString() } as Correction);
      if (!isCorrection(correction)) {
        throw new CorpusStoreError(
          'invalid',
          'This correction could not be saved: it needs the claim, the article and one of confirms, contradicts or leaves out.',
        );
      }
      return transact(['corrections'], 'readwrite', 'save your correction', async (tx) => {
        await storeCorrection(tx.objectStore('corrections'), correction);
        return correction;
      });
    },

    async listCorrections() {
      return oldestFirst(
        await transact(['corrections'], 'readonly', 'read your corrections', (tx) => tx.objectStore('corrections').getAll()),
      );
    },

    async deleteCorrection(claim, doc) {
      return transact(['corrections'], 'readwrite', 'remove your correction', (tx) =>
        removeCorrection(tx.objectStore('corrections'), claim, doc),
      );
    },

    async usage() {
      const pages = await run('readonly', 'measure your saved pages', (store) => store.getAll());
      const bytes = pages.reduce((sum, page) => sum + utf8ByteLength(JSON.stringify(page)), 0);
      let browser: CorpusUsage['estimate'] = null;
      if (estimate) {
        try {
          const { usage = null, quota = null } = await estimate();
          browser = { usage, quota };
        } catch {
          // The estimate is a nicety; the byte count above still answers.
        }
      }
      return { pages: pages.length, bytes, estimate: browser };
    },

    close() {
      closed = true;
      void dbPromise?.then((db) => db.close()).catch(() => undefined);
      dbPromise = null;
    },
  };
}
