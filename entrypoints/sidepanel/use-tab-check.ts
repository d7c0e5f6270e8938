import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/extension/messaging';
import { readTab } from '@/lib/extension/read-tab';
import { hasSiteAccess, onSiteAccessGranted } from '@/lib/extension/site-access';
import type { CheckClient } from '@/lib/panel-state/check-client';
import { createTabCheck, type TabCheckState } from '@/lib/panel-state/tab-check';

/**
 * Streamed claims come faster than anyone reads (dozens a second): the panel shows them at most this often, so each
 * render adds a few rows and the main thread stays free for the reader. Every other change shows at once.
 */
const STREAM_RENDER_MS = 50;

/**
 * The panel's controller as a hook: the tab-check state machine (`lib/panel-state/tab-check.ts`) wired to the
 * browser's tabs, the page reader and the check worker. `corpusVersion` moving re-checks the shown article in place.
 */
export function useTabCheck(pinnedTab: number | null, client: CheckClient, corpusVersion: number) {
  const machine = useMemo(
    () =>
      createTabCheck({
        pinnedTab,
        tabs: browser.tabs,
        onCheckRequested: (listener) => onMessage('checkRequested', ({ data }) => listener(data.tabId)),
        readTab,
        check: (article, onClaim, signal) => client.check(article, onClaim, signal),
        schedule: (run, ms) => {
          const timer = setTimeout(run, ms);
          return () => clearTimeout(timer);
        },
        siteAccess: { has: hasSiteAccess, onGranted: onSiteAccessGranted },
      }),
    [pinnedTab, client],
  );
  const [state, setState] = useState<TabCheckState>(machine.state());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const show = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      setState(machine.state());
    };
    show();
    const unsubscribe = machine.subscribe(() => {
      if (machine.state().kind !== 'checking') return show();
      timer ??= setTimeout(show, STREAM_RENDER_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      machine.dispose();
    };
  }, [machine]);
  // The first version is the corpus loading, not a change.
  useEffect(() => {
    if (corpusVersion > 1) machine.corpusChanged();
  }, [machine, corpusVersion]);
  return { state, checkAnyway: machine.checkAnyway, retry: machine.retry };
}
