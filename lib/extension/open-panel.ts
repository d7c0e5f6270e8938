import { browser, type Browser } from 'wxt/browser';

/** Firefox's sidebar API, absent from Chrome's typings. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the panel beside the page: Chrome's side panel for the tab's window, Firefox's sidebar.
 * Both browsers accept this only while handling a user gesture, so call it before any `await`.
 */
export function openPanel(tab: Pick<Browser.tabs.Tab, 'windowId'>): Promise<void> {
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  if (browser.sidePanel) return browser.sidePanel.open({ windowId: tab.windowId });
  return Promise.resolve();
}

/** URL of the panel page showing one tab's result in an ordinary tab or window ("pop out"; the e2e tests use it). */
export function panelPageUrl(tabId: number): string {
  return `${browser.runtime.getURL('/sidepanel.html')}?tab=${tabId}`;
}
