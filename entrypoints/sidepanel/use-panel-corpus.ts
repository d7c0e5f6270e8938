import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { message } from '@/lib/extension/i18n';
import { onMessage } from '@/lib/extension/messaging';
import { createCheckClient, type CheckClient } from '@/lib/panel-state/check-client';
import type { CheckWorkerMessage, CheckWorkerRequest, CorpusSnapshot, MessageEnd } from '@/lib/panel-state/check-worker-protocol';
import type { SavedCorpusStatus, SavedPageSummary } from '@/lib/panel-state/panel-corpus';
import type { CorpusDoc, SavedPagesChange } from '@/lib/types';

/** What the panel shows of the worker's corpus: the saved-pages list, its status, and each document's title and cites. */
export interface PanelCorpusView {
  status: SavedCorpusStatus;
  pages: readonly SavedPageSummary[];
  /** How many corrections the reader has made. */
  corrections: number;
  docs: ReadonlyMap<string, Pick<CorpusDoc, 'title' | 'cites'>>;
  /** Moves on every change of the checker's documents or of the corrections. */
  version: number;
}

const LOADING: PanelCorpusView = { status: { kind: 'loading' }, pages: [], corrections: 0, docs: new Map(), version: 0 };

const viewOf = (snapshot: CorpusSnapshot): PanelCorpusView => ({ ...snapshot, docs: new Map(snapshot.docs) });

/**
 * Starts the panel's check worker (engine, models and saved pages off the main thread) and mirrors its corpus.
 * The background's change notices are forwarded to it; `onChange` hears every notice (the panel turns them into
 * messages for the reader).
 */
export function usePanelCorpus(onChange: (change: SavedPagesChange) => void): { client: CheckClient; corpus: PanelCorpusView } {
  const { client, worker } = useMemo(() => {
    const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    return { worker, client: createCheckClient(worker as unknown as MessageEnd<CheckWorkerRequest, CheckWorkerMessage>) };
  }, []);
  const [corpus, setCorpus] = useState<PanelCorpusView>(LOADING);
  const listener = useRef(onChange);
  listener.current = onChange;
  useEffect(() => {
    const unsubscribe = client.onCorpus((snapshot) => setCorpus(viewOf(snapshot)));
    const crashed = (event: ErrorEvent) => client.fail(message('checkerStopped', [event.message || message('workerError')]));
    worker.addEventListener('error', crashed);
    return () => {
      unsubscribe();
      worker.removeEventListener('error', crashed);
      client.close();
      worker.terminate();
    };
  }, [client, worker]);
  useEffect(
    () =>
      onMessage('savedPagesChanged', ({ data }) => {
        client.apply(data);
        listener.current(data);
      }),
    [client],
  );
  return { client, corpus };
}
