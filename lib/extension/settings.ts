import { storage } from 'wxt/utils/storage';

/** Which view of the claims the panel shows. */
export type PanelView = 'claims' | 'matrix';

/** Draw unverified and contradicted claims on the page. On by default: it is what the reader came for. */
export const highlightsEnabled = storage.defineItem<boolean>('local:highlightsEnabled', { fallback: true, version: 1 });

/**
 * "Check news pages automatically". Off by default: the extension reads a page only when asked.
 * Its truth is also in the browser's permission state; lib/auto-check.ts keeps the two in step.
 */
export const autoCheckEnabled = storage.defineItem<boolean>('local:autoCheckEnabled', { fallback: false, version: 1 });

/** Last view the reader chose, so the panel reopens the way they left it. */
export const panelView = storage.defineItem<PanelView>('local:panelView', { fallback: 'claims', version: 1 });

/**
 * The reader has seen (and dismissed with "Got it") the first-run view: what the bundled corpus covers, that "not
 * found" is not "false", how saving pages widens it. Unset until then. The e2e build starts as seen, so the tests that
 * open the panel on a fresh profile reach their states; tests/e2e/panel-first-run.test.ts clears it to show the view.
 */
export const firstRunSeen = storage.defineItem<boolean>('local:firstRunSeen', { fallback: import.meta.env.MODE === 'e2e', version: 1 });
