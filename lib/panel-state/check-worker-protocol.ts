/**
 * The one message protocol between the side panel and its check worker (`entrypoints/sidepanel/check.worker.ts`).
 *
 * The worker owns the engine: it loads the models, reads the saved pages from IndexedDB itself (page texts never
 * cross the panel's main thread) and keeps the panel corpus's checker. The panel sends articles to check, the
 * background's saved-pages notices, and cancels; the worker streams each check claim by claim and tells the panel
 * what its corpus holds (without any text). Every message is plain data, structured-cloned by `postMessage`.
 *
 * No comlink: it would make `check` a remote call, but a check is a stream (many replies to one request) that can be
 * cancelled, which comlink would do with a proxied callback (a second MessagePort and a round trip per claim) and a
 * hand-made cancel anyway. Three requests and five replies as a discriminated union are typed end to end here, cost
 * no dependency, and the client (`check-client.ts`) is forty lines.
 */
import type { Article, CheckResult, Claim, CorpusDoc, SavedPagesChange } from '../types';
import type { SavedCorpusStatus, SavedPageSummary } from './panel-corpus';

/** Panel → worker. */
export type CheckWorkerRequest =
  /** Check this article; a newer `check` supersedes (cancels) any older one still running. */
  | { type: 'check'; id: number; article: Article }
  /** Stop check `id` at its next claim; the worker answers `cancelled`. */
  | { type: 'cancel'; id: number }
  /** The background changed the saved pages or corrections: bring the checker up to date (panel-corpus semantics). */
  | { type: 'corpus-change'; change: SavedPagesChange };

/** What the panel knows of the worker's corpus: enough to list saved pages and show evidence, no page text. */
export interface CorpusSnapshot {
  /** The panel corpus's version: it moves on every change of the checker's documents or the corrections. */
  version: number;
  status: SavedCorpusStatus;
  /** Saved pages, newest saved first (metadata only). */
  pages: SavedPageSummary[];
  /** How many corrections the reader has made. */
  corrections: number;
  /** Every document of the checker (bundled and saved) by id: the title and cited outlets the evidence view shows. */
  docs: Array<[id: string, doc: Pick<CorpusDoc, 'title' | 'cites'>]>;
}

/** Worker → panel. */
export type CheckWorkerMessage =
  | { type: 'corpus'; corpus: CorpusSnapshot }
  /** One claim of check `id`, corrections applied: `done` of `total` claims are decided. */
  | { type: 'claim'; id: number; claim: Claim; done: number; total: number }
  /**
   * Check `id` is complete: the result as `Checker.check` returns it, but for its claims — the panel has them all
   * already, streamed and equal (so they are not cloned twice, and stay the objects the panel rendered).
   */
  | { type: 'done'; id: number; result: Omit<CheckResult, 'claims'> }
  /** Check `id` stopped early (cancelled or superseded); no `done` follows. */
  | { type: 'cancelled'; id: number }
  /** Check `id` failed, or (id null) the worker could not start: `message` is for the reader. */
  | { type: 'failed'; id: number | null; message: string };

/** The two ends as the protocol sees them: a `Worker` on the panel side, the worker's global scope on the other. */
export interface MessageEnd<Out, In> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: In }) => void): void;
}
