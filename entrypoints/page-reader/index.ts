/**
 * The content script: injected on request (activeTab) or registered by auto mode, never declared for all sites.
 * A plain unlisted script rather than WXT's `defineContentScript`: WXT's content-script context announces itself to
 * the page (`postMessage`) and shuts down on a DOM event any page script can dispatch (issue 15, docs/privacy.md).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { probePage } from '@/lib/extract/probe-page';
import { onMessage, sendMessage } from '@/lib/extension/messaging';
import { startPageReader, type PageReader } from '@/lib/extension/page-reader';

/** Where the running reader is kept: a symbol of the isolated world's own realm, which page script cannot reach. */
const RUNNING = Symbol.for('crosscheck.page-reader');

export default defineUnlistedScript(() => {
  const world = globalThis as typeof globalThis & { [RUNNING]?: PageReader };
  // Injected again (a click after auto mode ran, or after an extension update): one reader per page load.
  if (world[RUNNING]?.alive()) return;
  world[RUNNING]?.stop();

  const e2e = import.meta.env.MODE === 'e2e';
  if (e2e) performance.mark('crosscheck:probe-start');
  const probe = probePage(document);
  if (e2e) {
    performance.measure('crosscheck:readerable', { start: 'crosscheck:probe-start', duration: probe.timing.readerableMs });
    performance.measure('crosscheck:probe', 'crosscheck:probe-start');
    // Only pages that passed the quick scan pay for extraction and the topic test.
    if (probe.timing.topicMs !== null) {
      const end = performance.now();
      performance.measure('crosscheck:topic', { start: end - probe.timing.topicMs, end });
    }
  }
  const reader = startPageReader(document, { probe });
  world[RUNNING] = reader;

  if (e2e) {
    // Test builds only, in the isolated world: which random name holds which kind (tests/e2e/page-highlights.ts).
    (globalThis as Record<string, unknown>).crosscheckE2eHighlightNames = reader.names;
  }
  if (e2e && import.meta.env.FIREFOX) {
    // Firefox tests cannot open extension pages over WebDriver BiDi: the page shows what the panel rendered.
    onMessage('e2eReport', ({ data }) => {
      document.documentElement.dataset.crosscheckState = data.state;
      document.documentElement.dataset.crosscheckPanel = data.text;
    });
    document.documentElement.dataset.crosscheckContent = reader.readPage().kind;
    sendMessage('e2eMenuIds').then(
      (ids) => (document.documentElement.dataset.crosscheckMenus = ids.join(' ')),
      () => undefined,
    );
    sendMessage('e2eOpenPanel').catch(() => undefined);
  }
});
