import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimItem } from '@/components/ClaimItem';
import { MatrixView } from '@/components/MatrixView';
import { PanelHeader } from '@/components/PanelHeader';
import { SavedPagesView } from '@/components/SavedPagesView';
import { SettingsBar } from '@/components/SettingsBar';
import { StateMessage } from '@/components/StateMessage';
import { sourceLabel, STATUS_META } from '@/components/status-meta';
import { Toast, type ToastMessage } from '@/components/Toast';
import { setAutoCheck } from '@/lib/extension/auto-check';
import { normalizeUrl } from '@/lib/store/corpus-store';
import { onMessage, sendMessage, type HighlightReport, type SavedPagesChange } from '@/lib/extension/messaging';
import { panelPageUrl } from '@/lib/extension/open-panel';
import type { PanelCorpus } from '@/lib/panel-state/panel-corpus';
import { autoCheckEnabled, highlightsEnabled, panelView, type PanelView } from '@/lib/extension/settings';
import type { Article, CheckResult, Claim, Status, Verdict } from '@/lib/types';
import { usePanelCorpus } from './use-panel-corpus';
import { useSavedPages } from './use-saved-pages';
import { useTabCheck, type PanelState } from './use-tab-check';

/** The panel's two sections: the check of the current page, and the reader's saved pages. */
type Section = 'check' | 'saved';

// Long enough to read the message and reach its Undo button by keyboard; a focused toast stays until it loses focus.
const TOAST_MS = 10_000;

type Filter = 'all' | 'unverified' | 'contradicted';
const FILTERS: ReadonlyArray<{ id: Filter; label: string; test: (claim: Claim) => boolean }> = [
  { id: 'all', label: 'All', test: () => true },
  { id: 'unverified', label: 'Unverified', test: (claim) => claim.unverified },
  { id: 'contradicted', label: 'Contradicted', test: (claim) => claim.contradicted },
];

/** A setting item mirrored into component state, following changes made in other panels. */
function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (value: T) => void): () => void; fallback: T }) {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

function useShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === 'check-page')?.shortcut ?? ''));
  }, []);
  return shortcut;
}

/** The current toast, replaced by each new one and cleared after TOAST_MS unless the reader is on it. */
function useToast() {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const next = useRef(0);
  const show = useCallback((text: string, tone: ToastMessage['tone'] = 'info', action?: ToastMessage['action']) => {
    setToast({ id: ++next.current, text, tone, action });
  }, []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      if (!document.querySelector('.toast')?.contains(document.activeElement)) setToast(null);
    }, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return { toast, show, dismiss: useCallback(() => setToast(null), []) };
}

/** What the reader is told when the background reports a save (from this panel's button or the context menu). */
function saveNotice(change: SavedPagesChange): { text: string; tone: ToastMessage['tone'] } | null {
  if (change.kind === 'save-failed') return { text: change.message, tone: 'error' };
  if (change.kind !== 'saved') return null;
  const title = `“${change.page.title}”`;
  switch (change.outcome) {
    case 'created':
      return { text: `Saved ${title}. Every check now compares against it.`, tone: 'info' };
    case 'updated':
      return { text: `Updated your saved copy of ${title}.`, tone: 'info' };
    case 'duplicate':
      return { text: `This article is already saved, as ${title}.`, tone: 'info' };
  }
}

export function App({ pinnedTab }: { pinnedTab: number | null }) {
  const { toast, show, dismiss } = useToast();
  const onCorpusChange = useCallback(
    (change: SavedPagesChange) => {
      const notice = saveNotice(change);
      if (notice) show(notice.text, notice.tone);
    },
    [show],
  );
  const { corpus, version } = usePanelCorpus(onCorpusChange);
  const { tabId, state, checkAnyway, retry } = useTabCheck(pinnedTab, corpus, version);
  const highlights = useSetting(highlightsEnabled);
  const autoCheck = useSetting(autoCheckEnabled);
  const shortcut = useShortcut();
  const [section, setSection] = useState<Section>('check');
  const saved = useSavedPages(corpus, version, section === 'saved', show);

  return (
    <div class="app">
      <nav class="sections segmented" aria-label="Panel sections">
        <button type="button" aria-pressed={section === 'check'} onClick={() => setSection('check')}>
          Check
        </button>
        <button type="button" aria-pressed={section === 'saved'} onClick={() => setSection('saved')}>
          Saved pages <span class="count">{corpus.pages().length}</span>
        </button>
      </nav>
      <main class="content">
        {section === 'saved' ? (
          <SavedPagesView
            status={corpus.status()}
            pages={corpus.pages()}
            usage={saved.usage}
            busy={saved.busy}
            error={saved.error}
            info={saved.info}
            corrections={corpus.corrections().length}
            onDelete={saved.remove}
            onExport={saved.exportAll}
            onImport={saved.importFile}
          />
        ) : state.kind === 'result' ? (
          <ResultView
            result={state.result}
            article={state.article}
            tabId={state.tabId}
            highlights={highlights}
            popOut={pinnedTab === null}
            corpus={corpus}
            show={show}
          />
        ) : (
          <NoResult state={state} shortcut={shortcut} onCheckAnyway={checkAnyway} onRetry={retry} hasTab={tabId !== null} />
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

function NoResult(props: {
  state: Exclude<PanelState, { kind: 'result' }>;
  shortcut: string;
  hasTab: boolean;
  onCheckAnyway(): void;
  onRetry(): void;
}) {
  const { state, shortcut } = props;
  const howToAsk = `Click the Crosscheck button in the toolbar${shortcut ? `, press ${shortcut},` : ''} or right-click the page and choose “Crosscheck this page”.`;
  switch (state.kind) {
    case 'idle':
      return (
        <StateMessage state="idle" title={props.hasTab ? 'Getting ready…' : 'No page to check'}>
          <p>{howToAsk}</p>
        </StateMessage>
      );
    case 'checking':
      return (
        <StateMessage state="checking" busy title={state.step === 'reading' ? 'Reading the page…' : 'Cross-checking claims…'}>
          {state.title && <p class="state-detail">{state.title}</p>}
        </StateMessage>
      );
    case 'needs-permission':
      return (
        <StateMessage state="needs-permission" title="Crosscheck reads a page only when you ask">
          <p>{howToAsk}</p>
          <p>Or switch on “Check news pages automatically” below.</p>
        </StateMessage>
      );
    case 'restricted':
      return (
        <StateMessage state="restricted" title="This page can’t be checked">
          <p>The browser does not let extensions read its own pages, extension stores or error pages. Open a news article and try again.</p>
        </StateMessage>
      );
    case 'not-article':
      return (
        <StateMessage state="not-article" title="No article on this page">
          <p>
            Crosscheck found no article text here{state.title ? ` (“${state.title}”)` : ''}. It checks news articles: open one and ask
            again.
          </p>
        </StateMessage>
      );
    case 'off-topic':
      return (
        <StateMessage state="off-topic" title="Not about the story Crosscheck knows">
          <p>
            “{state.title}”{state.outlet ? ` (${state.outlet})` : ''} is not about the AI-distillation story, the only story in the bundled
            corpus, so other outlets have little to say about it.
          </p>
          <button type="button" class="button" onClick={props.onCheckAnyway}>
            Check it anyway
          </button>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage state="error" title="Something went wrong">
          <p class="state-detail">{state.message}</p>
          <button type="button" class="button" onClick={props.onRetry}>
            Try again
          </button>
        </StateMessage>
      );
  }
}

/** "Save page": hands the checked article to the background, which stores it; the change notice says how it went. */
function SaveButton({ article, tabId, corpus }: { article: Article; tabId: number; corpus: PanelCorpus }) {
  const [saving, setSaving] = useState(false);
  const address = article.canonicalUrl ?? article.url;
  const canonical = address ? normalizeUrl(address) : null;
  const isSaved = canonical !== null && corpus.pages().some((page) => page.canonicalUrl === canonical);
  const unavailable = corpus.status().kind === 'unavailable';
  const save = () => {
    setSaving(true);
    sendMessage('savePage', { article, tabId })
      // A failure is reported by the background's change notice, like a failed save from the context menu.
      .catch(() => undefined)
      .finally(() => setSaving(false));
  };
  return (
    <button
      type="button"
      class={isSaved ? 'button-quiet is-saved' : 'button'}
      disabled={saving || address === null}
      title={
        unavailable
          ? 'Saved pages are unavailable in this window; saving will say why.'
          : isSaved
            ? 'This page is in your saved pages. Save it again to store this version.'
            : 'Keep this article: every later check compares against it.'
      }
      onClick={save}
    >
      {saving ? 'Saving…' : isSaved ? '✓ Saved' : 'Save page'}
    </button>
  );
}

type Show = (text: string, tone?: ToastMessage['tone'], action?: ToastMessage['action']) => void;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The reader's corrections, sent to the background (the one writer); every panel re-checks when it announces the
 * change. Each outcome is told in a toast, with Undo.
 */
function useCorrect(article: Article, show: Show) {
  return useCallback(
    async (claim: Claim, verdict: Verdict, status: Status | null): Promise<void> => {
      const who = sourceLabel(verdict);
      try {
        if (status !== null) {
          const reply = await sendMessage('saveCorrection', {
            correction: { claim: claim.text, doc: verdict.doc, status, url: article.url },
          });
          if (!reply.ok) return show(reply.error.message, 'error');
          show(`Saved your correction: ${who} ${STATUS_META[status].label} this claim. Every later check uses it.`, 'info', {
            label: 'Undo',
            run: () => void sendMessage('deleteCorrection', { claim: claim.text, doc: verdict.doc }).catch(() => undefined),
          });
          return;
        }
        const reply = await sendMessage('deleteCorrection', { claim: claim.text, doc: verdict.doc });
        if (!reply.ok) return show(reply.error.message, 'error');
        const removed = reply.value;
        if (!removed) return;
        show(`Removed your correction: ${who} shows the engine’s verdict again.`, 'info', {
          label: 'Undo',
          run: () => void sendMessage('saveCorrection', { correction: removed }).catch(() => undefined),
        });
      } catch (failure) {
        show(`Crosscheck could not change your correction (${messageOf(failure)}). Nothing was lost.`, 'error');
      }
    },
    [article, show],
  );
}

function ResultView(props: {
  result: CheckResult;
  article: Article;
  tabId: number;
  highlights: boolean;
  popOut: boolean;
  corpus: PanelCorpus;
  show: Show;
}) {
  const { result, article, tabId, highlights, popOut, corpus, show } = props;
  const correct = useCorrect(article, show);
  const view = useSetting(panelView);
  const [filter, setFilter] = useState<Filter>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [pointed, setPointed] = useState<number | null>(null);
  const [report, setReport] = useState<HighlightReport | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const claims = useMemo(() => [...result.claims].sort((a, b) => a.index - b.index), [result]);
  const docs = corpus.docs();
  const outlets = useMemo(() => {
    const seen = new Map<string, { doc: string; outlet: string; origin: 'bundled' | 'saved' }>();
    for (const claim of claims) for (const verdict of claim.verdicts) if (!seen.has(verdict.doc)) seen.set(verdict.doc, verdict);
    return [...seen.values()].map(({ doc, outlet, origin }) => ({ doc, outlet, origin }));
  }, [claims]);
  const status = corpus.status();

  // Draw (or clear) the claims on the page whenever the result or the switch changes.
  useEffect(() => {
    const requests = claims.flatMap((claim) =>
      claim.contradicted || claim.unverified
        ? [{ index: claim.index, text: claim.text, kind: claim.contradicted ? ('contradicted' as const) : ('unverified' as const) }]
        : [],
    );
    sendMessage('showHighlights', { claims: requests, enabled: highlights }, tabId).then(setReport, () => setReport(null));
  }, [claims, highlights, tabId]);

  // Hovering a highlight on the page points at its claim here.
  useEffect(
    () =>
      onMessage('claimPointed', ({ data, sender }) => {
        if (sender.tab?.id !== tabId) return;
        setPointed(data.index);
        listRef.current?.querySelector(`[data-claim="${data.index}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }),
    [tabId],
  );

  useEffect(() => {
    // Test builds only (a build-time constant, so production bundles drop it): hand what the panel shows to the
    // page, where a WebDriver BiDi test can read it — BiDi cannot open extension pages in Firefox.
    if (import.meta.env.MODE !== 'e2e' || !import.meta.env.FIREFOX) return;
    const text = document.querySelector('main')?.innerText ?? '';
    void sendMessage('e2eReport', { state: 'result', text }, tabId).catch(() => undefined);
  }, [result, report, tabId]);

  const toggle = (index: number) => {
    const next = new Set(expanded);
    if (next.has(index)) next.delete(index);
    else {
      next.add(index);
      void sendMessage('flashClaim', index, tabId).catch(() => false);
    }
    setExpanded(next);
  };

  const select = (index: number) => {
    void panelView.setValue('claims');
    setFilter('all');
    setExpanded(new Set([index]));
    void sendMessage('flashClaim', index, tabId).catch(() => false);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-claim="${index}"] .claim-text`)?.focus());
  };

  const active = FILTERS.find((f) => f.id === filter)!;
  const shown = claims.filter(active.test);
  const missing = new Set(report?.missing ?? []);

  return (
    <>
      <PanelHeader
        result={result}
        actions={<SaveButton article={article} tabId={tabId} corpus={corpus} />}
        onPopOut={popOut ? () => void browser.tabs.create({ url: panelPageUrl(tabId) }) : undefined}
      />
      {status.kind === 'unavailable' && (
        <p class="notice" data-saved-unavailable>
          {status.message}
        </p>
      )}
      {report && !report.supported && highlights && (
        <p class="notice">This browser cannot highlight text without changing the page, so claims are listed here only.</p>
      )}
      {claims.length === 0 ? (
        <StateMessage state="no-claims" title="No checkable claims">
          <p>The article has no sentences that state facts Crosscheck can compare.</p>
        </StateMessage>
      ) : (
        <>
          <div class="toolbar">
            <div class="segmented" role="group" aria-label="Show claims">
              {FILTERS.map((f) => (
                <button key={f.id} type="button" aria-pressed={filter === f.id} onClick={() => setFilter(f.id)}>
                  {f.label} <span class="count">{claims.filter(f.test).length}</span>
                </button>
              ))}
            </div>
            <div class="segmented" role="group" aria-label="View">
              {(['claims', 'matrix'] as PanelView[]).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => void panelView.setValue(v)}>
                  {v === 'claims' ? 'List' : 'Matrix'}
                </button>
              ))}
            </div>
          </div>
          {view === 'matrix' ? (
            <MatrixView claims={shown} outlets={outlets} onSelect={select} />
          ) : (
            <ol class="claims" ref={listRef} aria-label="Claims in page order">
              {shown.map((claim) => (
                <ClaimItem
                  key={claim.index}
                  claim={claim}
                  docs={docs}
                  expanded={expanded.has(claim.index)}
                  pointed={pointed === claim.index}
                  onPage={!missing.has(claim.index)}
                  onToggle={toggle}
                  onCorrect={corpus.status().kind === 'unavailable' ? undefined : correct}
                />
              ))}
              {shown.length === 0 && <li class="empty">No {active.label.toLowerCase()} claims.</li>}
            </ol>
          )}
        </>
      )}
    </>
  );
}
