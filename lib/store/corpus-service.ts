/**
 * The one writer of the reader's saved pages and corrections. It runs in the background: the panel's "Save page"
 * button, the context menu, delete, undo, import and the reader's corrections from every panel and pop-out tab all
 * come here, so every write of the
 * extension goes through one connection in one context, in the order the reader asked for them. Panels only read
 * (the store's readonly transactions), and learn of each change from `onChange`.
 *
 * Browser-free: the store opener and the change listener are injected, so the tests run it on fake-indexeddb.
 */
import type { Correction } from '../verdict/apply-corrections';
import {
  CorpusStoreError,
  type CorpusStore,
  type CorrectionInput,
  type ImportResult,
  type RestoreResult,
  type SaveOutcome,
} from './corpus-store';
import type { SavedPage } from '../types';
import type { CorpusReply, SavedPageRef, SavedPagesChange } from '../types';
import { articleSentences } from './corpus-doc-from-text';
import type { Article } from '../types';

/** What the service needs. */
export interface CorpusServiceOptions {
  /** Opens the store (in the extension: `openCorpusStore({ tokenizer })`); called again after the store is lost. */
  open(): Promise<CorpusStore>;
  /** Told after every write that changed something, and after a failed save (so an open panel can say why). */
  onChange(change: SavedPagesChange): void;
}

/** The writes panels ask for. Each answers a `CorpusReply`: never rejects, an error carries the store's message. */
export interface CorpusService {
  /** Saves an extracted article with its sentences (and stored terms, through the store's tokenizer). */
  save(article: Article, tabId: number | null): Promise<CorpusReply<{ outcome: SaveOutcome; page: SavedPageRef }>>;
  /** Tells the panels that a save could not even start (the menu's page had no article). */
  saveFailed(message: string, tabId: number | null): void;
  delete(id: string): Promise<CorpusReply<SavedPage | null>>;
  restore(page: SavedPage): Promise<CorpusReply<RestoreResult>>;
  import(text: string): Promise<CorpusReply<ImportResult>>;
  /** Stores the reader's verdict for a claim × document (replacing an earlier one); panels re-check with it. */
  saveCorrection(input: CorrectionInput): Promise<CorpusReply<Correction>>;
  /** Removes a correction (undo); answers it, or null when there was none. */
  deleteCorrection(claim: string, doc: string): Promise<CorpusReply<Correction | null>>;
}

function refOf(page: SavedPage): SavedPageRef {
  return { id: page.id, title: page.title, outlet: page.outlet };
}

function failure(error: unknown): { ok: false; error: { code: string; message: string } } {
  if (error instanceof CorpusStoreError) return { ok: false, error: { code: error.code, message: error.message } };
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return {
    ok: false,
    error: { code: 'failed', message: `Crosscheck could not change your saved pages or corrections${detail}. Nothing was lost.` },
  };
}

/** Creates the writer. The store is opened on the first write, and reopened on the next one after it was lost. */
export function createCorpusService({ open, onChange }: CorpusServiceOptions): CorpusService {
  let store: Promise<CorpusStore> | null = null;
  // Writes run one after another in arrival order: a delete the reader made after a save never overtakes it.
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(work: (store: CorpusStore) => Promise<T>): Promise<CorpusReply<T>> {
    const task = queue.then(async (): Promise<CorpusReply<T>> => {
      const opening = (store ??= open());
      try {
        return { ok: true, value: await work(await opening) };
      } catch (error) {
        // Unavailable (private window, connection lost) or refused to open: try afresh next time.
        if (!(error instanceof CorpusStoreError) || error.code === 'unavailable' || error.code === 'quota') {
          if (store === opening) store = null;
          void opening.then((s) => s.close()).catch(() => undefined);
        }
        return failure(error);
      }
    });
    queue = task;
    return task;
  }

  return {
    async save(article, tabId) {
      const reply = await serial(async (s) => {
        const { page, outcome } = await s.savePage({ article, sentences: articleSentences(article), cites: [] });
        return { outcome, page: refOf(page) };
      });
      onChange(reply.ok ? { kind: 'saved', ...reply.value, tabId } : { kind: 'save-failed', message: reply.error.message, tabId });
      return reply;
    },
    saveFailed(message, tabId) {
      onChange({ kind: 'save-failed', message, tabId });
    },
    async delete(id) {
      const reply = await serial((s) => s.deletePage(id));
      if (reply.ok && reply.value) onChange({ kind: 'deleted', id });
      return reply;
    },
    async restore(page) {
      const reply = await serial((s) => s.restorePage(page));
      if (reply.ok) onChange({ kind: 'restored', id: reply.value.page.id });
      return reply;
    },
    async import(text) {
      const reply = await serial((s) => s.importCorpus(text));
      const changed =
        reply.ok && reply.value.added + reply.value.merged + reply.value.corrections.added + reply.value.corrections.merged > 0;
      if (reply.ok && changed) onChange({ kind: 'imported', result: reply.value });
      return reply;
    },
    async saveCorrection(input) {
      const reply = await serial((s) => s.saveCorrection(input));
      if (reply.ok) onChange({ kind: 'corrected', correction: reply.value });
      return reply;
    },
    async deleteCorrection(claim, doc) {
      const reply = await serial((s) => s.deleteCorrection(claim, doc));
      if (reply.ok && reply.value) onChange({ kind: 'uncorrected', correction: reply.value });
      return reply;
    },
  };
}
