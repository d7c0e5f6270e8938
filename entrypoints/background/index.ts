import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncAutoCheck } from '@/lib/auto-check';
import { onMessage, sendMessage } from '@/lib/messaging';
import { openPanel, panelPageUrl } from '@/lib/open-panel';

/** Context-menu item and keyboard command (declared in wxt.config.ts) that check the current page. */
const MENU_ID = 'crosscheck-page';
const CHECK_COMMAND = 'check-page';

/** Opens the panel and has it check the tab. The click, shortcut or menu grants activeTab for this tab. */
function requestCheck(tab: Browser.tabs.Tab | undefined): void {
  if (!tab?.id) return;
  const tabId = tab.id;
  // Before any await: opening the panel needs the user gesture still in hand.
  openPanel(tab)
    .catch(() => undefined)
    // A panel that was already open re-checks; a panel that just opened checks its active tab by itself.
    .then(() => sendMessage('checkRequested', { tabId }))
    .catch(() => undefined);
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Crosscheck this page', contexts: ['page', 'selection'] });
  });
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => requestCheck(tab));
  browser.commands.onCommand.addListener((command, tab) => command === CHECK_COMMAND && requestCheck(tab));
  browser.contextMenus.onClicked.addListener((info, tab) => info.menuItemId === MENU_ID && requestCheck(tab));

  onMessage('topicPageFound', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: '●' });
    void action.setTitle({ tabId, title: 'Crosscheck: this article is about the story — check it' });
  });

  browser.permissions.onRemoved.addListener(() => void syncAutoCheck());
  void syncAutoCheck();

  if (import.meta.env.MODE === 'e2e') {
    // Test builds only: Firefox tests cannot click the toolbar, so the content script asks for the panel page.
    onMessage('e2eOpenPanel', ({ sender }) => {
      if (sender.tab?.id !== undefined) void browser.tabs.create({ url: panelPageUrl(sender.tab.id), active: false });
    });
  }
});
