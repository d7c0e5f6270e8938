import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ToastMessage } from '@/components/Toast';
import { DEFAULT_MAX_IMPORT_BYTES, stringifyCorpusExport, tooLargeMessage } from '@/lib/store/corpus-export';
import type { SavedPage } from '@/lib/types';
import { openCorpusStore, type CorpusStore, type CorpusUsage } from '@/lib/store/corpus-store';
import { downloadText, exportFileName } from '@/lib/extension/download-text';
import { message } from '@/lib/extension/i18n';
import { plural } from '@/lib/extension/plural';
import { sendMessage } from '@/lib/extension/messaging';
import type { SavedPageSummary } from '@/lib/panel-state/panel-corpus';
import type { PanelCorpusView } from './use-panel-corpus';

type Show = (text: string, tone?: ToastMessage['tone'], action?: ToastMessage['action']) => void;

/**
 * The panel's own read-only handle on the store, for what the worker does not report (storage used, export): opened
 * when first needed, only while the worker says saved pages are readable, and again after a failure.
 */
function useReadStore(corpus: PanelCorpusView): () => Promise<CorpusStore> | null {
  const store = useRef<Promise<CorpusStore> | null>(null);
  useEffect(
    () => () =>
      void store.current?.then(
        (opened) => opened.close(),
        () => undefined,
      ),
    [],
  );
  const ready = corpus.status.kind === 'ready';
  return useCallback(() => {
    if (!ready) return null;
    store.current ??= openCorpusStore().catch((error: unknown) => {
      store.current = null;
      throw error;
    });
    return store.current;
  }, [ready]);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The saved-pages section's actions. Writes (delete, undo, import) go to the background, the one writer; the
 * list itself comes from the panel corpus, which the background's change notice refreshes. Reads (storage used,
 * export) use the panel's own read-only access to the store.
 */
export function useSavedPages(corpus: PanelCorpusView, visible: boolean, show: Show) {
  const readStore = useReadStore(corpus);
  const [usage, setUsage] = useState<CorpusUsage | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);

  // Storage used: measured when the section is shown and after every change while it is.
  useEffect(() => {
    const store = readStore();
    if (!visible || !store) return;
    let live = true;
    store
      .then((opened) => opened.usage())
      .then(
        (value) => live && setUsage(value),
        () => live && setUsage(null),
      );
    return () => {
      live = false;
    };
  }, [readStore, corpus.version, corpus.pages, visible]);

  const restore = useCallback(
    (page: SavedPage) => {
      sendMessage('restoreSavedPage', { page }).then(
        (reply) =>
          reply.ok
            ? show(message(reply.value.outcome === 'duplicate' ? 'pageRestoredDuplicate' : 'pageRestored', [page.title]))
            : show(reply.error.message, 'error'),
        (failure: unknown) => show(message('restoreFailed', [page.title, messageOf(failure)]), 'error'),
      );
    },
    [show],
  );

  const remove = useCallback(
    (page: SavedPageSummary) => {
      sendMessage('deleteSavedPage', { id: page.id }).then(
        (reply) => {
          if (!reply.ok) show(reply.error.message, 'error');
          // The deleted page comes back whole (text and terms): undo puts exactly it back.
          else if (reply.value) {
            const deleted = reply.value;
            show(message('pageDeleted', [deleted.title]), 'info', { label: message('undo'), run: () => restore(deleted) });
          }
        },
        (failure: unknown) => show(message('deleteFailed', [page.title, messageOf(failure)]), 'error'),
      );
    },
    [restore, show],
  );

  const exportAll = useCallback(async () => {
    setError(null);
    setInfo(null);
    const store = readStore();
    const status = corpus.status;
    if (!store) {
      setError(status.kind === 'unavailable' ? status.message : message('savedPagesStillLoading'));
      return;
    }
    setBusy(true);
    try {
      const data = await (await store).exportCorpus();
      downloadText(document, exportFileName(new Date()), stringifyCorpusExport(data));
      const pages = plural('pageCount', data.pages.length);
      setInfo(
        data.corrections.length > 0
          ? message('exportedWithCorrections', [pages, plural('correctionCount', data.corrections.length)])
          : message('exported', [pages]),
      );
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }, [readStore, corpus.status]);

  const importFile = useCallback(async (file: File) => {
    setError(null);
    setInfo(null);
    // Refused before reading: a huge file would otherwise be read into memory only to be turned down.
    if (file.size > DEFAULT_MAX_IMPORT_BYTES) {
      setError(tooLargeMessage(file.size));
      return;
    }
    setBusy(true);
    try {
      const reply = await sendMessage('importSavedPages', { text: await file.text() });
      if (!reply.ok) setError(reply.error.message);
      else {
        const { added, merged, skipped, corrections } = reply.value;
        const corrected = corrections.added + corrections.merged + corrections.skipped;
        setInfo(
          corrected > 0
            ? message('importedWithCorrections', [
                file.name,
                added,
                merged,
                skipped,
                corrections.added,
                corrections.merged,
                corrections.skipped,
              ])
            : message('imported', [file.name, added, merged, skipped]),
        );
      }
    } catch (failure) {
      setError(message('importFailed', [file.name, messageOf(failure)]));
    } finally {
      setBusy(false);
    }
  }, []);

  return { usage, busy, error, info, remove, exportAll, importFile };
}
