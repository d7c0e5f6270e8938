/**
 * The extension's side of a page: answers the panel (read the page, draw or flash claims, report where the reader
 * points) from the content script's isolated world. It lives in a hostile page, so it gives the page nothing to
 * talk to: no announcement (`postMessage`, DOM events), no global in the page's world, no listener that acts on an
 * event the page made up (`isTrusted`), and highlights only while the reader has them on, under random names
 * (docs/privacy.md).
 */
import { browser } from 'wxt/browser';
import { extractArticle } from '../extract/extract-article';
import { isTopic } from '../extract/is-topic';
import type { PageProbe } from '../extract/probe-page';
import { randomHighlightNames, type HighlightNames } from '../page/highlight-styles';
import { createPageHighlighter, type HighlightReport, type HighlightRequest } from '../page/page-highlighter';
import { onMessage, removeAllListeners, sendMessage, type PageReport } from './messaging';

/** Pointer moves are sampled at most this often: enough to follow a reader's hover, cheap for the page. */
const POINTER_SAMPLE_MS = 120;

/** A running page reader. */
export interface PageReader {
  /** The names its highlights are registered under in the page's `CSS.highlights`. */
  readonly names: HighlightNames;
  /** Whether the extension that started it is still there (false once it was reloaded, updated or removed). */
  alive(): boolean;
  /** The page's article or why there is none (extracted once per page load). */
  readPage(): PageReport;
  /** Removes its highlights and listeners; it answers nothing afterwards. */
  stop(): void;
}

/** What the page reader is given. */
export interface PageReaderOptions {
  /** The cheap first look at the page (`probePage(doc)`), made before the reader starts. */
  probe: PageProbe;
  /** Highlight names; fresh random ones unless a test passes its own. */
  names?: HighlightNames;
}

/** True while the extension context of this script exists: an orphaned content script loses `runtime.id`. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Starts answering the panel for `doc`. Call once per page load and extension instance (the entrypoint keeps the
 * running reader in its isolated world's global scope, out of the page's reach).
 */
export function startPageReader(doc: Document, { probe, names = randomHighlightNames() }: PageReaderOptions): PageReader {
  const view = doc.defaultView ?? window;
  const highlighter = createPageHighlighter(doc, {
    names,
    setTimeout: (callback, ms) => view.setTimeout(() => extensionAlive() && callback(), ms),
  });
  let stopped = false;
  let report: PageReport | null = null;
  // Styles for this page load's names, inserted once by the background (nothing in the page can read them).
  let styled: Promise<boolean> | null = null;

  const readPage = (): PageReport => {
    if (report) return report;
    // A page the quick scan passed over may still hold an article when the reader asks explicitly.
    const article = probe.article ?? (probe.timing.readerable ? null : extractArticle(doc));
    report = article
      ? { kind: 'article', article, topic: probe.article ? probe.topic : isTopic(article), probe: probe.timing }
      : { kind: 'not-article', title: doc.title, url: doc.location?.href ?? '', probe: probe.timing };
    return report;
  };

  const showHighlights = async (data: { claims: HighlightRequest[]; enabled: boolean }): Promise<HighlightReport> => {
    if (!data.enabled || data.claims.length === 0 || !highlighter.supported) {
      // Off means off: nothing of the check stays in the page's highlight registry.
      highlighter.clear();
      return data.enabled ? highlighter.apply(data.claims) : { supported: highlighter.supported, found: [], missing: [] };
    }
    styled ??= sendMessage('styleHighlights', names).catch(() => false);
    if (!(await styled)) {
      styled = null;
      // Unpainted highlights would show the page the verdicts and the reader nothing: draw none.
      highlighter.clear();
      throw new Error('Crosscheck could not style its highlights on this page');
    }
    return highlighter.apply(data.claims);
  };

  let lastPointed: number | null = null;
  let lastSample = Number.NEGATIVE_INFINITY;
  const onPointerMove = (event: MouseEvent) => {
    // Only the reader's own pointer: a page can dispatch mousemove events, and must not steer the panel with them.
    if (!event.isTrusted) return;
    if (!extensionAlive()) return stop();
    if (event.timeStamp - lastSample < POINTER_SAMPLE_MS) return;
    lastSample = event.timeStamp;
    const index = highlighter.claimAt(event.clientX, event.clientY);
    if (index !== null && index !== lastPointed) sendMessage('claimPointed', { index }).catch(() => undefined);
    lastPointed = index;
  };

  function stop(): void {
    if (stopped) return;
    stopped = true;
    view.removeEventListener('mousemove', onPointerMove, true);
    highlighter.clear();
    removeAllListeners();
  }

  onMessage('ping', () => true);
  onMessage('readPage', () => readPage());
  onMessage('showHighlights', ({ data }) => showHighlights(data));
  onMessage('flashClaim', ({ data }) => highlighter.flash(data));
  // Passive: it never holds up the page's scrolling.
  view.addEventListener('mousemove', onPointerMove, { capture: true, passive: true });

  // Auto mode: tell the toolbar button that this page is worth a check. Nobody listening is fine.
  if (probe.topic) sendMessage('topicPageFound').catch(() => undefined);

  return { names, alive: () => !stopped && extensionAlive(), readPage, stop };
}
