import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './auto-check';
import { sendMessage, type PageReport } from './messaging';

/** What the panel learns from trying to read a tab. */
export type TabReading =
  | { kind: 'page'; report: PageReport }
  /** The browser lets no extension read this page (its own pages, the extension store, error pages). */
  | { kind: 'restricted'; detail: string }
  /** The reader has not asked to check this page, and auto mode is off: nothing was read. */
  | { kind: 'needs-permission' }
  | { kind: 'error'; message: string };

/** Browser messages for pages no extension may script, whatever its permissions (Chromium and Firefox wording). */
const RESTRICTED =
  /chrome:\/\/|chrome-error:|chrome-extension:\/\/|edge:\/\/|about:|moz-extension|view-source|devtools|extensions gallery|cannot be scripted|error page|webstore|addons\.mozilla\.org|privileged/i;
/** Messages for pages the extension could read had the reader asked (no activeTab grant, no host permission). */
const NOT_GRANTED = /permission|cannot access contents/i;

/** Sorts an injection failure into a state the panel can explain. */
export function classifyInjectionError(message: string): TabReading {
  if (RESTRICTED.test(message)) return { kind: 'restricted', detail: message };
  if (NOT_GRANTED.test(message)) return { kind: 'needs-permission' };
  return { kind: 'error', message };
}

async function isLive(tabId: number): Promise<boolean> {
  try {
    return (await sendMessage('ping', undefined, tabId)) === true;
  } catch {
    return false;
  }
}

/**
 * Reads the page of a tab: injects the content script unless one is already there —
 * possible only when the reader granted the tab (toolbar button, shortcut, context menu) or switched auto mode on —
 * and asks it for the article.
 */
export async function readTab(tabId: number): Promise<TabReading> {
  if (!(await isLive(tabId))) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    } catch (error) {
      return classifyInjectionError(error instanceof Error ? error.message : String(error));
    }
  }
  try {
    return { kind: 'page', report: await sendMessage('readPage', undefined, tabId) };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
