import { findTextRanges } from './find-text-ranges';
import type { HighlightNames } from './highlight-styles';

export type { HighlightNames } from './highlight-styles';

/** How a claim is drawn on the page. Confirmed claims are not drawn. */
export type HighlightKind = 'unverified' | 'contradicted';

/** One claim the panel asks the page to highlight. */
export interface HighlightRequest {
  /** Claim.index, echoed back when the reader points at the highlight. */
  index: number;
  text: string;
  kind: HighlightKind;
}

/** What the page could do with a highlight request. */
export interface HighlightReport {
  /** The browser has the CSS Custom Highlight API; without it nothing is drawn (the panel says so). */
  supported: boolean;
  /** Claim indices found on the page. */
  found: number[];
  /** Claim indices not found on the page (text re-flowed beyond matching, or inside an iframe). */
  missing: number[];
}

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
  /** The names to register highlights under (random per page load: `randomHighlightNames`). */
  names: HighlightNames;
  /** Timer for ending a flash; the page reader passes one that does nothing once the extension is gone. */
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

/**
 * Highlights claims with the CSS Custom Highlight API: ranges over the page's own text nodes, painted by
 * `::highlight()` rules — no element is added, wrapped or restyled, so the page's layout and scripts are untouched.
 * Where the API is missing the highlighter draws nothing but still locates claims (scroll-to works).
 */
export function createPageHighlighter(doc: Document, options: HighlighterOptions): PageHighlighter {
  const { names } = options;
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
      set(names.unverified, byKind.unverified);
      set(names.contradicted, byKind.contradicted);
      return report;
    },
    flash(index) {
      const range = ranges.get(index);
      if (!range || !view) return false;
      const rect = range.getBoundingClientRect();
      const reduceMotion = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      view.scrollBy({ top: rect.top - view.innerHeight * SCROLL_TARGET, behavior: reduceMotion ? 'auto' : 'smooth' });
      set(names.flash, [range]);
      const token = ++flashToken;
      later(() => {
        if (token === flashToken) set(names.flash, []);
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
      for (const name of Object.values(names)) registry?.delete(name);
    },
  };
}
