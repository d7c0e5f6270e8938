import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/extension/messaging';
import type { PanelCorpus } from '@/lib/panel-state/panel-corpus';
import { readTab } from '@/lib/extension/read-tab';
import type { Article, CheckResult } from '@/lib/types';

/** Tab switches and page loads come in bursts (redirects, quick tab cycling): check once things settle. */
const RECHECK_DEBOUNCE_MS = 300;

/** Everything the panel can be showing. */
export type PanelState =
  | { kind: 'idle' }
  | { kind: 'checking'; step: 'reading' | 'checking'; title?: string }
  | { kind: 'needs-permission' }
  | { kind: 'restricted'; detail: string }
  | { kind: 'not-article'; title: string }
  | { kind: 'off-topic'; title: string; outlet: string | null }
  /** `article` is what was checked: the page a "Save page" click stores, and what a re-check after a save reuses. */
  | { kind: 'result'; result: CheckResult; tabId: number; article: Article }
  | { kind: 'error'; message: string };

/** Lets the browser paint the "checking" state before the synchronous check takes the thread. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Keeps the panel's state for one tab: the pinned one (`?tab=` pop-out) or the active tab of the panel's window,
 * re-checking on tab switches, page loads and explicit requests, and when the reader's saved pages change.
 * `corpusVersion` is the panel corpus's version: when it moves, the shown result is checked again in place.
 */
export function useTabCheck(pinnedTab: number | null, corpus: PanelCorpus, corpusVersion: number) {
  const [tabId, setTabId] = useState<number | null>(pinnedTab);
  const [state, setState] = useState<PanelState>({ kind: 'idle' });
  const [refresh, setRefresh] = useState(0);
  /** Tab whose off-topic page the reader chose to check anyway, until it loads another page. */
  const forcedTab = useRef<number | null>(null);
  const run = useRef(0);

  // Follow the active tab of this window unless pinned.
  useEffect(() => {
    if (pinnedTab !== null) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      if (tab?.id !== undefined) setTabId(tab.id);
    });
    const activated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(activated);
    return () => browser.tabs.onActivated.removeListener(activated);
  }, [pinnedTab]);

  // Re-check when the tab loads a new page.
  useEffect(() => {
    const updated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') {
        if (forcedTab.current === id) forcedTab.current = null;
        setRefresh((n) => n + 1);
      }
    };
    browser.tabs.onUpdated.addListener(updated);
    return () => browser.tabs.onUpdated.removeListener(updated);
  }, [tabId]);

  // The toolbar button, shortcut or menu asked for a check.
  useEffect(
    () =>
      onMessage('checkRequested', ({ data }) => {
        if (pinnedTab !== null && data.tabId !== pinnedTab) return;
        setTabId(data.tabId);
        setRefresh((n) => n + 1);
      }),
    [pinnedTab],
  );

  useEffect(() => {
    if (tabId === null) return;
    const timer = setTimeout(() => void check(tabId), RECHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [tabId, refresh]);

  async function check(id: number) {
    const token = ++run.current;
    const stale = () => token !== run.current;
    setState({ kind: 'checking', step: 'reading' });
    const reading = await readTab(id);
    if (stale()) return;
    if (reading.kind !== 'page') {
      setState(reading.kind === 'restricted' ? { kind: 'restricted', detail: reading.detail } : reading);
      return;
    }
    const report = reading.report;
    if (report.kind === 'not-article') {
      setState({ kind: 'not-article', title: report.title });
      return;
    }
    if (!report.topic && forcedTab.current !== id) {
      setState({ kind: 'off-topic', title: report.article.title, outlet: report.article.outlet });
      return;
    }
    setState({ kind: 'checking', step: 'checking', title: report.article.title });
    await nextPaint();
    if (stale()) return;
    try {
      const checker = await corpus.checker();
      if (stale()) return;
      setState({
        kind: 'result',
        result: checker.check(report.article, { corrections: corpus.corrections() }),
        tabId: id,
        article: report.article,
      });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  // Saved pages or corrections changed (in any panel): check the shown article again, in place —
  // no "checking" state, so the reader keeps their place, filters and expanded claims.
  const shown = useRef(state);
  shown.current = state;
  useEffect(() => {
    const current = shown.current;
    if (current.kind !== 'result') return;
    const token = ++run.current;
    void corpus.checker().then((checker) => {
      if (token !== run.current) return;
      try {
        setState({ ...current, result: checker.check(current.article, { corrections: corpus.corrections() }) });
      } catch (error) {
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
  }, [corpusVersion, corpus]);

  const checkAnyway = useCallback(() => {
    forcedTab.current = tabId;
    setRefresh((n) => n + 1);
  }, [tabId]);
  const retry = useCallback(() => setRefresh((n) => n + 1), []);

  return { tabId, state, checkAnyway, retry };
}
