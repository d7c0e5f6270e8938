/**
 * The panel's side of the check protocol: checks as promises that stream their claims, cancelled by an
 * `AbortSignal`, and the worker's corpus as a snapshot the panel re-renders from. Browser-free: the worker (or, in
 * tests, a `MessagePort` to an in-process check service) is injected.
 */
import type { ClaimProgress } from '../create-checker';
import { message } from '../extension/i18n';
import type { SavedPagesChange } from '../types';
import type { Article, CheckResult, Claim } from '../types';
import type { CheckWorkerMessage, CheckWorkerRequest, CorpusSnapshot, MessageEnd } from './check-worker-protocol';

export interface CheckClient {
  /**
   * Checks an article in the worker; `onClaim` hears each claim as it is decided. Resolves with the result, or null
   * when `signal` aborted it (or a newer check superseded it); rejects when the check failed.
   */
  check(article: Article, onClaim: (progress: ClaimProgress) => void, signal?: AbortSignal): Promise<CheckResult | null>;
  /** Hands the worker a saved-pages notice from the background. */
  apply(change: SavedPagesChange): void;
  /** The worker's corpus as last reported; null until it has loaded. */
  corpus(): CorpusSnapshot | null;
  /** Called on every corpus snapshot. */
  onCorpus(listener: (snapshot: CorpusSnapshot) => void): () => void;
  /** The worker died or could not start: fails every check, now and later, with `message`. */
  fail(message: string): void;
  close(): void;
}

interface Pending {
  /** The claims streamed so far: with the `done` summary, they are the result. */
  claims: Claim[];
  onClaim(progress: ClaimProgress): void;
  settle(result: CheckResult | null): void;
  reject(error: Error): void;
}

export function createCheckClient(end: MessageEnd<CheckWorkerRequest, CheckWorkerMessage>): CheckClient {
  const pending = new Map<number, Pending>();
  const listeners = new Set<(snapshot: CorpusSnapshot) => void>();
  let snapshot: CorpusSnapshot | null = null;
  let broken: string | null = null;
  let nextId = 0;

  const fail = (reason: string) => {
    broken = reason;
    for (const entry of pending.values()) entry.reject(new Error(reason));
    pending.clear();
  };

  const receive = ({ data }: { data: CheckWorkerMessage }) => {
    if (data.type === 'corpus') {
      snapshot = data.corpus;
      for (const listener of listeners) listener(data.corpus);
      return;
    }
    // Only `failed` comes without an id: the worker could not start.
    if (data.id === null) return fail(data.type === 'failed' ? data.message : message('checkWorkerFailed'));
    const entry = pending.get(data.id);
    if (!entry) return;
    switch (data.type) {
      case 'claim':
        entry.claims.push(data.claim);
        return entry.onClaim({ claim: data.claim, done: data.done, total: data.total });
      case 'done':
        pending.delete(data.id);
        return entry.settle({ ...data.result, claims: entry.claims });
      case 'cancelled':
        pending.delete(data.id);
        return entry.settle(null);
      case 'failed':
        pending.delete(data.id);
        return entry.reject(new Error(data.message));
    }
  };
  end.addEventListener('message', receive);

  return {
    check(article, onClaim, signal) {
      if (broken !== null) return Promise.reject(new Error(broken));
      if (signal?.aborted) return Promise.resolve(null);
      const id = ++nextId;
      // A newer check supersedes this one in the worker; so it does here, at once.
      for (const [older, entry] of pending) {
        pending.delete(older);
        entry.settle(null);
      }
      return new Promise<CheckResult | null>((resolve, reject) => {
        const abort = () => {
          if (!pending.delete(id)) return;
          end.postMessage({ type: 'cancel', id });
          resolve(null);
        };
        const done = () => signal?.removeEventListener('abort', abort);
        pending.set(id, {
          claims: [],
          // Claims of a check the panel has let go of are not delivered.
          onClaim: (progress) => !signal?.aborted && onClaim(progress),
          settle: (result) => (done(), resolve(result)),
          reject: (error) => (done(), reject(error)),
        });
        signal?.addEventListener('abort', abort);
        end.postMessage({ type: 'check', id, article });
      });
    },
    apply: (change) => end.postMessage({ type: 'corpus-change', change }),
    corpus: () => snapshot,
    onCorpus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fail,
    close() {
      end.removeEventListener('message', receive);
      fail(message('checkWorkerClosed'));
    },
  };
}
