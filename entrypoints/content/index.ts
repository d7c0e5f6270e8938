import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/lib/extract/extract-article';
import { isTopic } from '@/lib/extract/is-topic';
import { onMessage, removeAllListeners, sendMessage, type PageReport } from '@/lib/extension/messaging';
import { createPageHighlighter } from '@/lib/page/page-highlighter';
import { probePage } from '@/lib/extract/probe-page';

/** Pointer moves are sampled at most this often: enough to follow a reader's hover, cheap for the page. */
const POINTER_SAMPLE_MS = 120;

export default defineContentScript({
  // Never in the manifest: injected on request (activeTab) or registered by auto mode once the reader allows it.
  registration: 'runtime',
  main(ctx) {
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
    // Auto mode: tell the toolbar button that this page is worth a check. Nobody listening is fine.
    if (probe.topic) sendMessage('topicPageFound').catch(() => undefined);

    let report: PageReport | null = null;
    const readPage = (): PageReport => {
      if (report) return report;
      // A page the quick scan passed over may still hold an article when the reader asks explicitly.
      const article = probe.article ?? (probe.timing.readerable ? null : extractArticle(document));
      report = article
        ? { kind: 'article', article, topic: probe.article ? probe.topic : isTopic(article), probe: probe.timing }
        : { kind: 'not-article', title: document.title, url: location.href, probe: probe.timing };
      return report;
    };

    const highlighter = createPageHighlighter(document, { setTimeout: (callback, ms) => ctx.setTimeout(callback, ms) });
    onMessage('ping', () => true);
    onMessage('readPage', () => readPage());
    onMessage('showHighlights', ({ data }) =>
      data.enabled ? highlighter.apply(data.claims) : (highlighter.clear(), { supported: highlighter.supported, found: [], missing: [] }),
    );
    onMessage('flashClaim', ({ data }) => highlighter.flash(data));

    let lastPointed: number | null = null;
    let lastSample = 0;
    ctx.addEventListener(window, 'mousemove', (event) => {
      if (event.timeStamp - lastSample < POINTER_SAMPLE_MS) return;
      lastSample = event.timeStamp;
      const index = highlighter.claimAt(event.clientX, event.clientY);
      if (index !== null && index !== lastPointed) sendMessage('claimPointed', { index }).catch(() => undefined);
      lastPointed = index;
    });

    ctx.onInvalidated(() => {
      highlighter.clear();
      removeAllListeners();
    });

    if (e2e && import.meta.env.FIREFOX) {
      // Firefox tests cannot open extension pages over WebDriver BiDi: the page shows what the panel rendered.
      onMessage('e2eReport', ({ data }) => {
        document.documentElement.dataset.crosscheckState = data.state;
        document.documentElement.dataset.crosscheckPanel = data.text;
      });
      document.documentElement.dataset.crosscheckContent = readPage().kind;
      sendMessage('e2eOpenPanel').catch(() => undefined);
    }
  },
});
