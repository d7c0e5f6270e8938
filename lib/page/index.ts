/** The page side: finding claims' text in the live DOM and highlighting them without touching the page's markup. */
export { findTextRanges } from './find-text-ranges';
export { createPageHighlighter } from './page-highlighter';
