import { findTextRanges } from './find-text-ranges';
import type { HighlightKind, HighlightReport, HighlightRequest } from '../extension/messaging';

/** Names registered in `CSS.highlights`; public/highlights.css styles them with `::highlight(name)`. */
export const HIGHLIGHT_NAMES = {
  unverified: 'crosscheck-unverified',
  contradicted: 'crosscheck-contradicted',
  flash: 'crosscheck-flash',
} as const satisfies Record<HighlightKind | 'flash', string>;

/** Long enough to catch the eye after a smooth scroll, short enough not to linger over the text. */
const FLASH_MS = 1600;
/** Where a located claim lands: a third down the viewport reads naturally and leaves context above. */
const SCROLL_TARGET = 1 / 3;

/** Draws claims on a page without touching its DOM. */
export interface PageHighlighter {
  /** Whether the browser has the CSS Custom Highlight API. */
  readonly supported: boolean;
  /** Replaces the drawn claims with these. */
  apply(requests: readonly HighlightRequest[]): HighlightReport;
  /** Scrolls to a claim given earlier and flashes it; false when it is not on the page. */
  flash(index: number): boolean;
  /** Which drawn claim is at a viewport point, if any. */
  claimAt(x: number, y: number): number | null;
  /** Removes every highlight this highlighter made. */
  clear(): void;
}

interface HighlighterOptions {
  /** Timer for ending a flash; content scripts pass `ctx.setTimeout` so it stops when the extension reloads. */
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

/**
 * Highlights claims with the CSS Custom Highlight API: ranges over the page's own text nodes, painted by
 * `::highlight()` rules — no element is added, wrapped or restyled, so the page's layout and scripts are untouched.
 * Where the API is missing the highlighter draws nothing but still locates claims (scroll-to works).
 */
export function createPageHighlighter(doc: Document, options: HighlighterOptions = {}): PageHighlighter {
  const view = doc.defaultView;
  const registry = view && 'CSS' in view && view.CSS && 'highlights' in view.CSS ? view.CSS.highlights : null;
  const HighlightClass = view && 'Highlight' in view ? (view as unknown as { Highlight: typeof Highlight }).Highlight : null;
  const supported = Boolean(registry && HighlightClass);
  const later = options.setTimeout ?? ((callback: () => void, ms: number) => view?.setTimeout(callback, ms));
  let ranges = new Map<number, Range>();
  let flashToken = 0;

  const set = (name: string, list: Range[]) => {
    if (!registry || !HighlightClass) return;
    if (list.length === 0) registry.delete(name);
    else registry.set(name, new HighlightClass(...list));
  };

  return {
    supported,
    apply(requests) {
      const found = findTextRanges(
        doc.body ?? doc.documentElement,
        requests.map((request) => request.text),
      );
      ranges = new Map();
      const byKind: Record<HighlightKind, Range[]> = { unverified: [], contradicted: [] };
      const report: HighlightReport = { supported, found: [], missing: [] };
      requests.forEach((request, i) => {
        const range = found[i];
        if (!range) {
          report.missing.push(request.index);
          return;
        }
        ranges.set(request.index, range);
        byKind[request.kind].push(range);
        report.found.push(request.index);
      });
      set(HIGHLIGHT_NAMES.unverified, byKind.unverified);
      set(HIGHLIGHT_NAMES.contradicted, byKind.contradicted);
      return report;
    },
    flash(index) {
      const range = ranges.get(index);
      if (!range || !view) return false;
      const rect = range.getBoundingClientRect();
      const reduceMotion = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      view.scrollBy({ top: rect.top - view.innerHeight * SCROLL_TARGET, behavior: reduceMotion ? 'auto' : 'smooth' });
      set(HIGHLIGHT_NAMES.flash, [range]);
      const token = ++flashToken;
      later(() => {
        if (token === flashToken) set(HIGHLIGHT_NAMES.flash, []);
      }, FLASH_MS);
      return true;
    },
    claimAt(x, y) {
      for (const [index, range] of ranges) {
        for (const rect of range.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return index;
        }
      }
      return null;
    },
    clear() {
      ranges = new Map();
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry?.delete(name);
    },
  };
}
