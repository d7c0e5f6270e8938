import { useCallback, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CheckProgress } from '@/components/CheckProgress';
import { FirstRun } from '@/components/FirstRun';
import { NoResult } from '@/components/NoResult';
import { canAskForTabSite, requestSiteAccess } from '@/lib/extension/site-access';
import { ResultView } from '@/components/ResultView';
import { SaveButton } from '@/components/SaveButton';
import { SavedPagesView } from '@/components/SavedPagesView';
import { SettingsBar } from '@/components/SettingsBar';
import { Toast } from '@/components/Toast';
import { setAutoCheck } from '@/lib/extension/auto-check';
import { message } from '@/lib/extension/i18n';
import { sendMessage } from '@/lib/extension/messaging';
import { panelPageUrl } from '@/lib/extension/open-panel';
import { autoCheckEnabled, firstRunSeen, highlightsEnabled, panelView } from '@/lib/extension/settings';
import { normalizeUrl } from '@/lib/store/normalize-url';
import type { Article, SavedPagesChange } from '@/lib/types';
import { useCorrect } from './use-correct';
import { usePageLink } from './use-page-link';
import { usePanelCorpus, type PanelCorpusView } from './use-panel-corpus';
import { saveNotice, useSetting, useShortcut, useStoredFlag, useToast } from './use-panel-ui';
import { useSavedPages } from './use-saved-pages';
import { useTabCheck } from './use-tab-check';

/** The panel's two sections: the check of the current page, and the reader's saved pages. */
type Section = 'check' | 'saved';

/** Whether the checked article is among the saved pages (by its canonical address). */
function isSaved(article: Article, corpus: PanelCorpusView): boolean {
  const address = article.canonicalUrl ?? article.url;
  const canonical = address ? normalizeUrl(address) : null;
  return canonical !== null && corpus.pages.some((page) => page.canonicalUrl === canonical);
}

/** The side panel: wiring of the check worker, the tab-check state machine, settings and views. */
export function App({ pinnedTab }: { pinnedTab: number | null }) {
  const { toast, show, dismiss } = useToast();
  const onCorpusChange = useCallback(
    (change: SavedPagesChange) => {
      const notice = saveNotice(change);
      if (notice) show(notice.text, notice.tone);
    },
    [show],
  );
  const { client, corpus } = usePanelCorpus(onCorpusChange);
  const { state, checkAnyway, retry } = useTabCheck(pinnedTab, client, corpus.version);
  const highlights = useSetting(highlightsEnabled);
  const autoCheck = useSetting(autoCheckEnabled);
  const layout = useSetting(panelView);
  const shortcut = useShortcut();
  const seenFirstRun = useStoredFlag(firstRunSeen);
  const [section, setSection] = useState<Section>('check');
  const saved = useSavedPages(corpus, section === 'saved', show);
  const result = state.kind === 'result' ? state : null;
  const page = usePageLink(result?.result ?? null, result?.tabId ?? null, highlights);
  const correct = useCorrect(result?.article ?? null, show);
  const unavailable = corpus.status.kind === 'unavailable' ? corpus.status.message : null;

  return (
    <div class="app" data-corpus={corpus.status.kind}>
      <nav class="sections segmented" aria-label={message('sectionsLabel')}>
        <button type="button" aria-pressed={section === 'check'} onClick={() => setSection('check')}>
          {message('sectionCheck')}
        </button>
        <button type="button" aria-pressed={section === 'saved'} onClick={() => setSection('saved')}>
          {message('savedPagesTitle')} <span class="count">{corpus.pages.length}</span>
        </button>
      </nav>
      <main class="content">
        {section === 'check' && seenFirstRun === false ? (
          <FirstRun onDismiss={() => void firstRunSeen.setValue(true)} />
        ) : section === 'saved' ? (
          <SavedPagesView
            status={corpus.status}
            pages={corpus.pages}
            usage={saved.usage}
            busy={saved.busy}
            error={saved.error}
            info={saved.info}
            corrections={corpus.corrections}
            onDelete={saved.remove}
            onExport={saved.exportAll}
            onImport={saved.importFile}
          />
        ) : state.kind === 'result' ? (
          <ResultView
            result={state.result}
            docs={corpus.docs}
            layout={layout}
            onLayout={(value) => void panelView.setValue(value)}
            actions={
              <SaveButton
                saved={isSaved(state.article, corpus)}
                unavailable={unavailable !== null}
                disabled={(state.article.canonicalUrl ?? state.article.url) === null}
                // A failure is reported by the background's change notice, like a failed save from the context menu.
                onSave={() =>
                  sendMessage('savePage', { article: state.article, tabId: state.tabId }).then(
                    () => undefined,
                    () => undefined,
                  )
                }
              />
            }
            onPopOut={pinnedTab === null ? () => void browser.tabs.create({ url: panelPageUrl(state.tabId) }) : undefined}
            unavailable={unavailable}
            noHighlights={highlights && page.report !== null && !page.report.supported}
            missing={new Set(page.report?.missing ?? [])}
            pointed={page.pointed}
            onFlash={page.flash}
            onCorrect={unavailable === null ? correct : undefined}
          />
        ) : state.kind === 'checking' ? (
          <CheckProgress title={state.article.title} claims={state.claims} done={state.done} total={state.total} docs={corpus.docs} />
        ) : (
          <NoResult
            state={state}
            shortcut={shortcut}
            onCheckAnyway={checkAnyway}
            onRetry={retry}
            onAllowSite={requestSiteAccess}
            canAskForTabSite={canAskForTabSite()}
          />
        )}
      </main>
      <Toast message={toast} onDismiss={dismiss} />
      <SettingsBar
        highlights={highlights}
        onHighlights={(enabled) => void highlightsEnabled.setValue(enabled)}
        autoCheck={autoCheck}
        onAutoCheck={(enabled) => void setAutoCheck(enabled)}
        shortcut={shortcut}
      />
    </div>
  );
}
