import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimItem } from '@/components/ClaimItem';
import { MatrixView } from '@/components/MatrixView';
import { PanelHeader } from '@/components/PanelHeader';
import { SettingsBar } from '@/components/SettingsBar';
import { StateMessage } from '@/components/StateMessage';
import { setAutoCheck } from '@/lib/auto-check';
import { onMessage, sendMessage, type HighlightReport } from '@/lib/messaging';
import { panelPageUrl } from '@/lib/open-panel';
import { autoCheckEnabled, highlightsEnabled, panelView, type PanelView } from '@/lib/settings';
import type { CheckResult, Claim } from '@/lib/types';
import { panelCorpus, useTabCheck, type PanelState } from './use-tab-check';

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

export function App({ pinnedTab }: { pinnedTab: number | null }) {
  const { tabId, state, checkAnyway, retry } = useTabCheck(pinnedTab);
  const highlights = useSetting(highlightsEnabled);
  const autoCheck = useSetting(autoCheckEnabled);
  const shortcut = useShortcut();

  return (
    <div class="app">
      <main class="content">
        {state.kind === 'result' ? (
          <ResultView result={state.result} tabId={state.tabId} highlights={highlights} popOut={pinnedTab === null} />
        ) : (
          <NoResult state={state} shortcut={shortcut} onCheckAnyway={checkAnyway} onRetry={retry} hasTab={tabId !== null} />
        )}
      </main>
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

function NoResult(props: { state: Exclude<PanelState, { kind: 'result' }>; shortcut: string; hasTab: boolean; onCheckAnyway(): void; onRetry(): void }) {
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
          <p>Crosscheck found no article text here{state.title ? ` (“${state.title}”)` : ''}. It checks news articles: open one and ask again.</p>
        </StateMessage>
      );
    case 'off-topic':
      return (
        <StateMessage state="off-topic" title="Not about the story Crosscheck knows">
          <p>
            “{state.title}”{state.outlet ? ` (${state.outlet})` : ''} is not about the AI-distillation story, the only story in the
            bundled corpus, so other outlets have little to say about it.
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

function ResultView({ result, tabId, highlights, popOut }: { result: CheckResult; tabId: number; highlights: boolean; popOut: boolean }) {
  const view = useSetting(panelView);
  const [filter, setFilter] = useState<Filter>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [pointed, setPointed] = useState<number | null>(null);
  const [report, setReport] = useState<HighlightReport | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const claims = useMemo(() => [...result.claims].sort((a, b) => a.index - b.index), [result]);
  const docs = useMemo(() => new Map(panelCorpus().map((doc) => [doc.id, doc])), []);
  const outlets = useMemo(() => {
    const seen = new Map<string, string>();
    for (const claim of claims) for (const verdict of claim.verdicts) if (!seen.has(verdict.doc)) seen.set(verdict.doc, verdict.outlet);
    return [...seen].map(([doc, outlet]) => ({ doc, outlet }));
  }, [claims]);

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
      {/* Issue 4's "Save page" button belongs in `actions`. */}
      <PanelHeader result={result} onPopOut={popOut ? () => void browser.tabs.create({ url: panelPageUrl(tabId) }) : undefined} />
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
