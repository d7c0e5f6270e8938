import { useCallback, useEffect, useState } from 'preact/hooks';
import { onMessage, sendMessage } from '@/lib/extension/messaging';
import type { HighlightReport } from '@/lib/page/page-highlighter';
import type { CheckResult } from '@/lib/types';

/**
 * The result's link to its page: draws (or clears) the claims' highlights whenever the result or the switch
 * changes, follows the reader pointing at a highlight, and flashes a claim on the page.
 */
export function usePageLink(result: CheckResult | null, tabId: number | null, highlights: boolean) {
  const [report, setReport] = useState<HighlightReport | null>(null);
  const [pointed, setPointed] = useState<number | null>(null);

  useEffect(() => {
    if (!result || tabId === null) return;
    const claims = result.claims.flatMap((claim) =>
      claim.contradicted || claim.unverified
        ? [{ index: claim.index, text: claim.text, kind: claim.contradicted ? ('contradicted' as const) : ('unverified' as const) }]
        : [],
    );
    sendMessage('showHighlights', { claims, enabled: highlights }, tabId).then(setReport, () => setReport(null));
  }, [result, highlights, tabId]);

  useEffect(
    () =>
      onMessage('claimPointed', ({ data, sender }) => {
        if (tabId !== null && sender.tab?.id === tabId) setPointed(data.index);
      }),
    [tabId],
  );

  useEffect(() => {
    // Test builds only (a build-time constant, so production bundles drop it): hand what the panel shows to the
    // page, where a WebDriver BiDi test can read it — BiDi cannot open extension pages in Firefox.
    if (import.meta.env.MODE !== 'e2e' || !import.meta.env.FIREFOX || !result || tabId === null) return;
    // Rows mount a few per task: report once the text has stopped changing.
    let last: string | null = null;
    let timer: ReturnType<typeof setTimeout>;
    const settle = () => {
      const text = document.querySelector('main')?.innerText ?? '';
      if (text === last) void sendMessage('e2eReport', { state: 'result', text }, tabId).catch(() => undefined);
      else [last, timer] = [text, setTimeout(settle, 300)];
    };
    timer = setTimeout(settle, 300);
    return () => clearTimeout(timer);
  }, [result, report, tabId]);

  const flash = useCallback(
    (index: number) => {
      if (tabId !== null) void sendMessage('flashClaim', index, tabId).catch(() => false);
    },
    [tabId],
  );

  return { report, pointed, flash };
}
