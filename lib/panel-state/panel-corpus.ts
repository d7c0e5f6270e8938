/**
 * The panel's corpus: the bundled articles plus the reader's saved pages, and the one checker built over them.
 *
 * The checker is built once per panel (indexing is the expensive part) and kept across checks. A page saved
 * meanwhile joins it with `addDocument`; anything else that changes saved pages (a re-save that replaced a page's
 * text, a delete, an undo, an import) rebuilds it, from stored terms, so that is cheap too. When saved pages
 * cannot be read (IndexedDB unavailable, storage full) the panel keeps checking against the bundled corpus and
 * `status()` says why.
 *
 * The reader's corrections are read with the saved pages and handed to every check (`corrections()`); a change
 * of them only re-reads them and moves `version()`, the checker stays as it is.
 *
 * The panel only reads the store; the background writes it (lib/corpus-service.ts) and tells panels what changed.
 * Browser-free: the store opener and the checker factory are injected.
 */
import type { Correction } from '../verdict/apply-corrections';
import { message } from '../extension/i18n';
import { CorpusStoreError, type CorpusStore } from '../store/corpus-store';
import { savedPageToCorpusDoc, type SavedPage } from '../store/saved-page';
import type { Checker } from '../create-checker';
import { findCopies } from '../match/find-copies';
import { shingles } from '../text/shingles';
import type { SavedPagesChange } from '../types';
import type { CorpusDoc } from '../types';

/** A saved page as the panel lists it: everything but its text, sentences and terms. */
export type SavedPageSummary = Omit<SavedPage, 'text' | 'sentences' | 'terms' | 'termsVersion' | 'contentHash'>;

/** Whether the reader's saved pages are part of the checks. */
export type SavedCorpusStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  /** `message` is the store's sentence for the reader; checks use the bundled corpus only. */
  | { kind: 'unavailable'; code: string; message: string };

export interface PanelCorpusOptions {
  /** The read-only bundled corpus. */
  bundled: readonly CorpusDoc[];
  /** Opens the saved-pages store (the extension: `openCorpusStore()`); tried again after a failure. */
  openStore(): Promise<CorpusStore>;
  /** The engine's `createChecker`. */
  createChecker(corpus: readonly CorpusDoc[]): Checker;
}

export interface PanelCorpus {
  /** The checker over bundled + saved pages, once saved pages are loaded (or known to be unavailable). */
  checker(): Promise<Checker>;
  /** Every document of the checker by id (bundled and saved), for the evidence view. */
  docs(): ReadonlyMap<string, CorpusDoc>;
  /** Saved pages, newest saved first (metadata only). */
  pages(): readonly SavedPageSummary[];
  /** The reader's corrections, oldest first: pass them to every `check` so they override the engine. */
  corrections(): readonly Correction[];
  status(): SavedCorpusStatus;
  /** The store for reads (usage, export); null while unavailable. */
  store(): CorpusStore | null;
  /** Brings the checker and the list up to date with a change the background reported. */
  apply(change: SavedPagesChange): Promise<void>;
  /** Counts changes of the corpus or the corrections (each addDocument, rebuild or re-read): a panel re-checks when it moves. */
  version(): number;
  /** Called after every change of pages, status or checker. */
  subscribe(listener: () => void): () => void;
  close(): void;
}

function summaryOf(page: SavedPage): SavedPageSummary {
  const { text: _text, sentences: _sentences, terms: _terms, termsVersion: _version, contentHash: _hash, ...summary } = page;
  return summary;
}

function unavailable(error: unknown): SavedCorpusStatus {
  if (error instanceof CorpusStoreError) return { kind: 'unavailable', code: error.code, message: error.message };
  return {
    kind: 'unavailable',
    code: 'failed',
    message: error instanceof Error ? message('savedPagesUnreadableWithError', [error.message]) : message('savedPagesUnreadable'),
  };
}

/**
 * Saved copies of bundled articles stay listed but out of the checker: in it, every other page's check would count
 * that article twice, once as bundled and once as the reader's. (A check of the article itself leaves out both.)
 */
function bundledCopyFilter(bundled: readonly CorpusDoc[]): (doc: CorpusDoc) => boolean {
  let bundledShingles: Array<readonly [number, Set<string>]> | null = null;
  return (doc) => {
    bundledShingles ??= bundled.map((b, i) => [i, shingles(b.sentences.join(' '))] as const);
    return findCopies(shingles(doc.sentences.join(' ')), bundledShingles).length === 0;
  };
}

/** Creates the panel's corpus and starts loading saved pages. */
export function createPanelCorpus({ bundled, openStore, createChecker }: PanelCorpusOptions): PanelCorpus {
  let store: CorpusStore | null = null;
  let status: SavedCorpusStatus = { kind: 'loading' };
  let summaries: SavedPageSummary[] = [];
  let corrections: Correction[] = [];
  let docs = new Map<string, CorpusDoc>();
  let current: Checker | null = null;
  let version = 0;
  let closed = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const checkable = bundledCopyFilter(bundled);

  /** Reads every saved page and builds a new checker; on failure, the bundled corpus alone. */
  async function rebuild(): Promise<void> {
    let saved: SavedPage[] = [];
    let corrected: Correction[] = [];
    try {
      store ??= await openStore();
      saved = await store.listPages();
      corrected = await store.listCorrections();
      status = { kind: 'ready' };
    } catch (error) {
      status = unavailable(error);
      // Reopened on the next change: the browser may have closed the connection, or storage come back.
      store?.close();
      store = null;
    }
    if (closed) return;
    // Oldest first after the bundled articles: a page saved later is appended, as addDocument does.
    const corpus = [...bundled, ...[...saved].reverse().map(savedPageToCorpusDoc).filter(checkable)];
    current = createChecker(corpus);
    docs = new Map(corpus.map((doc) => [doc.id, doc]));
    summaries = saved.map(summaryOf);
    corrections = corrected;
    version++;
    notify();
  }

  /** Adds one newly saved page; anything unexpected falls back to a rebuild. */
  async function add(id: string): Promise<void> {
    if (!store || !current) return rebuild();
    // Already read (the initial load can see a save whose notice comes after it).
    if (summaries.some((page) => page.id === id)) return;
    let page: SavedPage | null;
    try {
      page = await store.getPage(id);
    } catch {
      return rebuild();
    }
    // Deleted again meanwhile: the next change notice rebuilds.
    if (!page || closed) return;
    const doc = savedPageToCorpusDoc(page);
    summaries = [summaryOf(page), ...summaries];
    if (checkable(doc)) {
      current.addDocument(doc);
      docs.set(doc.id, doc);
    }
    version++;
    notify();
  }

  /** Re-reads the corrections; the checker does not change. */
  async function reloadCorrections(): Promise<void> {
    if (!store) return rebuild();
    let next: Correction[];
    try {
      next = await store.listCorrections();
    } catch {
      return rebuild();
    }
    if (closed) return;
    corrections = next;
    version++;
    notify();
  }

  // Changes are applied one at a time, in the order they were reported.
  let chain: Promise<void> = rebuild();

  return {
    async checker() {
      await chain;
      // rebuild() always leaves a checker behind, even when saved pages are unavailable.
      return current!;
    },
    docs: () => docs,
    pages: () => summaries,
    corrections: () => corrections,
    status: () => status,
    store: () => (status.kind === 'ready' ? store : null),
    apply(change) {
      chain = chain.then(() => {
        if (closed) return;
        switch (change.kind) {
          case 'saved':
            if (change.outcome === 'created') return add(change.page.id);
            // Same page saved again: its text may have changed, and the checker has no "replace".
            if (change.outcome === 'updated' || status.kind !== 'ready') return rebuild();
            return;
          case 'save-failed':
            return;
          case 'deleted':
          case 'restored':
          case 'imported':
            return rebuild();
          case 'corrected':
          case 'uncorrected':
            return reloadCorrections();
        }
      });
      return chain;
    },
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      store?.close();
    },
  };
}
