/**
 * The reader's saved pages, in IndexedDB through `idb`. The one module that touches the database.
 *
 * Rules this module keeps, because users trust it with their reading:
 * - every read-check-write (dedupe, merge, restore, import) happens inside ONE readwrite transaction, and
 *   nothing but IndexedDB requests is awaited inside it, so concurrent savers (two tabs, panel + context menu)
 *   cannot race and a failing write rolls the whole operation back;
 * - the schema upgrade is a cumulative `if (oldVersion < N)` ladder that keeps every old step;
 * - every failure becomes a `CorpusStoreError` with a `code` and a message a reader understands.
 *
 * The IDBFactory is injected (`fake-indexeddb` in tests, `globalThis.indexedDB` in the extension). idb wraps
 * objects by checking the global IDB classes, so an injected factory must come from the same implementation as
 * the globals (in Node: `import 'fake-indexeddb/auto'`, then `new IDBFactory()` per test).
 */
import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { correctionKey, isCorrection, type Correction } from '../verdict/apply-corrections';
import { contentHash, normalizeContent, stableHash } from './content-hash';
import {
  DEFAULT_MAX_IMPORT_BYTES,
  CORPUS_EXPORT_FORMAT,
  CORPUS_EXPORT_VERSION,
  parseCorpusExport,
  toCorrection,
  toExportedPage,
  toSavedPage,
  utf8ByteLength,
} from './corpus-export';
import type { CorpusExport, CorpusExportError, SavedPage } from './corpus-export';
import type { Article } from '../types';

export { savedPageToCorpusDoc } from './corpus-export';
export type { CorpusExport, SavedPage } from './corpus-export';

/** Database name used by the extension. */
export const CORPUS_DB_NAME = 'crosscheck-corpus';
/** Current schema version. Raise it only together with a new `if (oldVersion < N)` step in `upgradeSchema`. */
export const CORPUS_SCHEMA_VERSION = 3;

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

/** The schema as of version 3 (the shape idb types every access with). */
interface CorpusDB extends DBSchema {
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

type Names = Array<StoreNames<CorpusDB>>;
type Store<Mode extends IDBTransactionMode, Tx extends Names = Names> = IDBPObjectStore<CorpusDB, Tx, 'pages', Mode>;
type WriteStore = Store<'readwrite'> | Store<'versionchange'>;
type CorrectionStore<Mode extends IDBTransactionMode> = IDBPObjectStore<CorpusDB, Names, 'corrections', Mode>;

/** What went wrong, for the UI to pick a reaction; `message` is what to show. */
export type CorpusStoreErrorCode =
  /** IndexedDB cannot be used (private window, blocked storage, newer schema, connection closed). */
  | 'unavailable'
  /** The browser refused to store more; nothing already saved was lost. */
  | 'quota'
  /** The input (a page to save, a file to import) was not acceptable; see `importError` for files. */
  | 'invalid'
  /** Another change to the same data won a race; retrying is safe. */
  | 'conflict'
  /** Anything else; the operation was rolled back. */
  | 'failed';

/** Every failure of the store: a code to branch on and a message a reader understands. */
export class CorpusStoreError extends Error {
  override readonly name = 'CorpusStoreError';
  readonly code: CorpusStoreErrorCode;
  /** For a refused import file: which check failed and where. */
  readonly importError: CorpusExportError | null;

  constructor(code: CorpusStoreErrorCode, message: string, options: { cause?: unknown; importError?: CorpusExportError } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.importError = options.importError ?? null;
  }
}

/** What `savePage` stores: an extracted article, its sentences and (optionally) the outlets it cites. */
export interface SavePageInput {
  article: Article;
  /** The article's sentences, from the engine's `splitSentences`. */
  sentences: string[];
  /** Outlets the article names as its sources; none when omitted. */
  cites?: string[];
}

/** `created`: a new page; `updated`: same canonical URL, replaced in place; `duplicate`: same text already saved. */
export type SaveOutcome = 'created' | 'updated' | 'duplicate';
/** The page as stored (for `duplicate`, the page that already holds this text) and what happened. */
export interface SaveResult {
  page: SavedPage;
  outcome: SaveOutcome;
}

/** `restored`: back as it was; `merged`: the page was saved again meanwhile, merged; `duplicate`: its text is saved under another URL. */
export type RestoreOutcome = 'restored' | 'merged' | 'duplicate';
export interface RestoreResult {
  page: SavedPage;
  outcome: RestoreOutcome;
}

/**
 * Counts of an import. `added`: new pages; `merged`: pages that matched a saved page by canonical URL and
 * changed it (newer text or an earlier first-saved time); `skipped`: pages already present as they are, or
 * whose text is already saved under another URL (including repeats within the file).
 */
export interface ImportResult {
  added: number;
  merged: number;
  skipped: number;
  /**
   * The file's corrections. `added`: for a claim × document with no correction yet; `merged`: replaced an older
   * correction of the same pair; `skipped`: the store already had it, or a newer correction of that pair.
   */
  corrections: { added: number; merged: number; skipped: number };
}

/** What `saveCorrection` stores: the reader's verdict for one claim × document; `at` defaults to now. */
export type CorrectionInput = Omit<Correction, 'at'> & { at?: string };

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
  /** Saves a page: same canonical URL → updated in place (first-saved time kept); same text elsewhere → not stored twice. */
  savePage(input: SavePageInput): Promise<SaveResult>;
  /** Every saved page, newest saved first. */
  listPages(): Promise<SavedPage[]>;
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

// Query parameters that only say how the reader arrived; two links differing only in these are the same page.
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|cmpid)$/i;

/** A canonical URL as stored: fragment and tracking parameters removed; unparseable input is only trimmed. */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  if (!URL.canParse(trimmed)) return trimmed;
  const parsed = new URL(trimmed);
  parsed.hash = '';
  const tracking = [...new Set(parsed.searchParams.keys())].filter((key) => TRACKING_PARAM.test(key));
  // Only touch the query when something goes: rewriting it re-encodes it ("%20" becomes "+").
  for (const key of tracking) parsed.searchParams.delete(key);
  return parsed.href;
}

/** The id a new page gets: derived from its canonical URL, so the same page has the same id on every device. */
export function pageId(canonicalUrl: string): string {
  return `saved-${stableHash(canonicalUrl)}`;
}

function hostOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') || null : null;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The record `savePage` would store for a first save at `now` (pure; throws `invalid` for unusable input). */
export function savedPageFromArticle(input: SavePageInput, now: Date): SavedPage {
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
  const canonicalUrl = normalizeUrl(article.canonicalUrl ?? address);
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

function toInstant(value: unknown, fallback: string): string {
  const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  // Date's valid range is ±8.64e15 ms; outside it toISOString throws.
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? new Date(time).toISOString() : fallback;
}

/** Corrections by the instant they were made, oldest first (a stable order for files and for the engine). */
function oldestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function earlier(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

/** A page from outside the store (import, undo) in stored form: derived fields recomputed, instants normalised. */
function prepareIncoming(page: SavedPage): SavedPage {
  const savedAt = toInstant(page.savedAt, new Date(0).toISOString());
  return toSavedPage({
    ...page,
    canonicalUrl: normalizeUrl(page.canonicalUrl),
    savedAt,
    updatedAt: toInstant(page.updatedAt, savedAt),
    contentHash: contentHash(page.text),
  });
}

/** Same content as the reader sees and exports it (stored terms are derived data and do not count). */
function samePage(a: SavedPage, b: SavedPage): boolean {
  return JSON.stringify(toExportedPage(a)) === JSON.stringify(toExportedPage(b));
}

async function findSameContent(store: Store<IDBTransactionMode>, page: SavedPage): Promise<SavedPage | undefined> {
  const candidates = await store.index('by-content-hash').getAll(page.contentHash);
  const text = normalizeContent(page.text);
  // The hash only shortlists: texts are compared so a hash collision can never swallow a page.
  return candidates.find((candidate) => candidate.id !== page.id && normalizeContent(candidate.text) === text);
}

// Bounded so a corrupted store cannot loop forever; 2^-106 collisions make a second attempt already unheard of.
const MAX_ID_ATTEMPTS = 16;

/** `preferred` if no record has it, else a fresh id derived from the canonical URL. */
async function freeId(store: WriteStore, preferred: string, canonicalUrl: string): Promise<string> {
  let id = preferred;
  for (let attempt = 1; attempt <= MAX_ID_ATTEMPTS; attempt++) {
    if ((await store.getKey(id)) === undefined) return id;
    id = pageId(`${canonicalUrl}\n${attempt}`);
  }
  throw new CorpusStoreError('conflict', 'Crosscheck could not find a free id for this page. Your saved pages were not changed.');
}

type MergeOutcome = 'added' | 'merged' | 'unchanged' | 'duplicate';

/** Puts a prepared outside page into the store: the dedupe rules of import and undo. Runs inside the caller's transaction. */
async function mergePage(store: Store<'readwrite'>, incoming: SavedPage): Promise<{ page: SavedPage; outcome: MergeOutcome }> {
  const existing = await store.index('by-canonical-url').get(incoming.canonicalUrl);
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
async function migrateToV2(store: Store<'versionchange'>): Promise<void> {
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
}

/**
 * The stored keys of every correction of `key`'s claim × document. Compared by recomputing the key from each
 * value, so a correction stored under a key an older normalisation made is still found (and replaced or removed).
 * Corrections are few (one per click of the reader), so reading them all is cheap.
 */
async function correctionKeysOf(
  store: CorrectionStore<IDBTransactionMode>,
  key: string,
): Promise<{ keys: string[]; latest: Correction | null }> {
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const found: string[] = [];
  let latest: Correction | null = null;
  values.forEach((value, i) => {
    if (correctionKey(value.claim, value.doc) !== key) return;
    found.push(keys[i]!);
    if (!latest || Date.parse(value.at) > Date.parse(latest.at)) latest = value;
  });
  return { keys: found, latest };
}

/** Puts `correction` in place of every stored correction of its claim × document. */
async function putCorrection(store: CorrectionStore<'readwrite'>, correction: Correction, replaced: readonly string[]): Promise<void> {
  const key = correctionKey(correction.claim, correction.doc);
  for (const old of replaced) if (old !== key) await store.delete(old);
  await store.put(correction, key);
}

function sameCorrection(a: Correction, b: Correction): boolean {
  return JSON.stringify(toCorrection(a)) === JSON.stringify(toCorrection(b));
}

/** idb's openDB with an injected factory; resolves once the upgrade (if any) committed. */
function openDatabase(factory: IDBFactory, name: string, onLost: () => void): Promise<IDBPDatabase<CorpusDB>> {
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

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

function isQuotaError(error: unknown): boolean {
  // Firefox before 2020 named it NS_ERROR_DOM_QUOTA_REACHED.
  return errorName(error) === 'QuotaExceededError' || errorName(error) === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Why opening failed, in words. */
function openError(error: unknown): CorpusStoreError {
  if (errorName(error) === 'VersionError') {
    return new CorpusStoreError(
      'unavailable',
      'Your saved pages were stored by a newer version of Crosscheck, so this version cannot read them. They have not been changed: update Crosscheck to use them. Checks still use the bundled articles.',
      { cause: error },
    );
  }
  if (errorName(error) === 'AbortError') {
    return new CorpusStoreError(
      'unavailable',
      'Crosscheck could not upgrade your saved pages to its new format; they are kept as they were. Checks still use the bundled articles.',
      { cause: error },
    );
  }
  if (isQuotaError(error)) {
    return new CorpusStoreError(
      'quota',
      'Your browser has no storage space left for Crosscheck, so saved pages cannot be opened. Free some disk space and try again. Checks still use the bundled articles.',
      { cause: error },
    );
  }
  return new CorpusStoreError(
    'unavailable',
    'Your browser does not let Crosscheck store pages here (this happens in private windows and when site data is blocked). Checks still use the bundled articles; saving pages is unavailable.',
    { cause: error },
  );
}

/** A failure during `action` ("save this page"), in words. Nothing was written: the transaction rolled back. */
function operationError(error: unknown, action: string): CorpusStoreError {
  if (error instanceof CorpusStoreError) return error;
  const name = errorName(error);
  if (isQuotaError(error)) {
    return new CorpusStoreError(
      'quota',
      `Your browser's storage for Crosscheck is full, so Crosscheck could not ${action}. Pages you saved before are safe. Delete or export some saved pages, or free disk space, then try again.`,
      { cause: error },
    );
  }
  if (name === 'ConstraintError') {
    return new CorpusStoreError(
      'conflict',
      `Another change to your saved pages happened at the same moment, so Crosscheck could not ${action}. Nothing was lost; try again.`,
      { cause: error },
    );
  }
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'TransactionInactiveError') {
    return new CorpusStoreError(
      'unavailable',
      `The connection to your saved pages was lost, so Crosscheck could not ${action}. Pages you saved before are safe; try again.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? ` (${name || 'Error'}: ${error.message})` : '';
  return new CorpusStoreError('failed', `Crosscheck could not ${action}${detail}. Your saved pages were not changed.`, { cause: error });
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
  function run<T, Mode extends 'readonly' | 'readwrite'>(mode: Mode, action: string, work: (store: Store<Mode>) => Promise<T>): Promise<T> {
    return transact(['pages'], mode, action, (tx) => work(tx.objectStore('pages')));
  }

  await database();

  return {
    async savePage(input) {
      // Everything that is not an IndexedDB request happens before the transaction starts.
      const draft = withTerms(savedPageFromArticle(input, now()), options.tokenizer);
      return run('readwrite', 'save this page', async (store) => {
        const existing = await store.index('by-canonical-url').get(draft.canonicalUrl);
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
          return { page, outcome: 'updated' as const };
        }
        const duplicate = await findSameContent(store, draft);
        if (duplicate) return { page: duplicate, outcome: 'duplicate' as const };
        const page = { ...draft, id: await freeId(store, draft.id, draft.canonicalUrl) };
        await store.add(page);
        return { page, outcome: 'created' as const };
      });
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
      const { page: stored, outcome } = await run('readwrite', 'restore this page', (store) => mergePage(store, incoming));
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
          const { outcome } = await mergePage(pages, page);
          if (outcome === 'added') counts.added++;
          else if (outcome === 'merged') counts.merged++;
          else counts.skipped++;
        }
        const store = tx.objectStore('corrections');
        for (const correction of corrections) {
          const { keys, latest } = await correctionKeysOf(store, correctionKey(correction.claim, correction.doc));
          // The latest correction of a pair is the reader's current judgement, wherever it was made.
          if (latest && (Date.parse(latest.at) > Date.parse(correction.at) || sameCorrection(latest, correction))) {
            counts.corrections.skipped++;
            continue;
          }
          await putCorrection(store, correction, keys);
          if (latest) counts.corrections.merged++;
          else counts.corrections.added++;
        }
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
        const store = tx.objectStore('corrections');
        const { keys } = await correctionKeysOf(store, correctionKey(correction.claim, correction.doc));
        await putCorrection(store, correction, keys);
        return correction;
      });
    },

    async listCorrections() {
      return oldestFirst(
        await transact(['corrections'], 'readonly', 'read your corrections', (tx) => tx.objectStore('corrections').getAll()),
      );
    },

    async deleteCorrection(claim, doc) {
      return transact(['corrections'], 'readwrite', 'remove your correction', async (tx) => {
        const store = tx.objectStore('corrections');
        const { keys, latest } = await correctionKeysOf(store, correctionKey(claim, doc));
        for (const key of keys) await store.delete(key);
        return latest;
      });
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
