import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bundledCorpus } from '@/lib/bundled-corpus';
import { openCorpusStore } from '@/lib/store/corpus-store';
import { createEngine } from '@/lib/create-engine';

import { onMessage, type SavedPagesChange } from '@/lib/extension/messaging';
import { createPanelCorpus, type PanelCorpus } from '@/lib/panel-state/panel-corpus';

/**
 * The panel's corpus (bundled + saved pages, one checker), kept in step with the background's change notices.
 * Re-renders on every change; `version` moves when the checker's corpus did; `onChange` hears every notice
 * (the panel turns them into messages for the reader).
 */
export function usePanelCorpus(onChange: (change: SavedPagesChange) => void): { corpus: PanelCorpus; version: number } {
  const corpus = useMemo(
    () => createPanelCorpus({ bundled: bundledCorpus(), openStore: () => openCorpusStore(), createChecker: (docs) => createEngine(docs) }),
    [],
  );
  const [version, setVersion] = useState(corpus.version());
  const listener = useRef(onChange);
  listener.current = onChange;
  useEffect(() => {
    const unsubscribe = corpus.subscribe(() => setVersion(corpus.version()));
    return () => {
      unsubscribe();
      corpus.close();
    };
  }, [corpus]);
  useEffect(
    () =>
      onMessage('savedPagesChanged', ({ data }) => {
        void corpus.apply(data);
        listener.current(data);
      }),
    [corpus],
  );
  return { corpus, version };
}
