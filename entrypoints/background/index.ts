import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncAutoCheck } from '@/lib/extension/auto-check';
import { createCorpusService } from '@/lib/store/corpus-service';
import { openCorpusStore } from '@/lib/store/corpus-store';
import { onMessage, sendMessage, type SavedPagesChange } from '@/lib/extension/messaging';
import { openPanel, panelPageUrl } from '@/lib/extension/open-panel';
import { readTab } from '@/lib/extension/read-tab';
import { TOKENIZER_VERSION, tokenize } from '@/lib/text/tokenize';

/** Context-menu item and keyboard command (declared in wxt.config.ts) that check the current page. */
const MENU_ID = 'crosscheck-page';
const SAVE_MENU_ID = 'crosscheck-save';
const CHECK_COMMAND = 'check-page';
// A panel opened by the menu click needs a moment before it listens; tell it for up to two seconds.
const NOTIFY_ATTEMPTS = 8;
const NOTIFY_INTERVAL_MS = 250;

/** Tells every open panel what changed in the saved pages, retrying while no panel is listening yet. */
async function notifyPanels(change: SavedPagesChange): Promise<void> {
  for (let attempt = 1; attempt <= NOTIFY_ATTEMPTS; attempt++) {
    try {
      await sendMessage('savedPagesChanged', change);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, NOTIFY_INTERVAL_MS));
    }
  }
}

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
  // The only writer of saved pages and corrections (panels read them): every write is serialised here.
  const corpus = createCorpusService({
    open: () => openCorpusStore({ tokenizer: { version: TOKENIZER_VERSION, terms: tokenize } }),
    onChange: (change) => void notifyPanels(change),
  });

  /** "Save page to Crosscheck": shows the page in the panel and saves it; the panel reports how it went. */
  function saveTab(tab: Browser.tabs.Tab | undefined): void {
    if (!tab?.id) return;
    const tabId = tab.id;
    requestCheck(tab);
    void readTab(tabId).then((reading) => {
      if (reading.kind === 'page' && reading.report.kind === 'article') return corpus.save(reading.report.article, tabId);
      corpus.saveFailed(
        reading.kind === 'page'
          ? 'Crosscheck found no article on this page, so there is nothing to save.'
          : reading.kind === 'error'
            ? `Crosscheck could not read this page to save it (${reading.message}).`
            : 'The browser does not let Crosscheck read this page, so it cannot be saved.',
        tabId,
      );
    });
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Crosscheck this page', contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save page to Crosscheck', contexts: ['page', 'selection'] });
  });
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => requestCheck(tab));
  browser.commands.onCommand.addListener((command, tab) => command === CHECK_COMMAND && requestCheck(tab));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) requestCheck(tab);
    else if (info.menuItemId === SAVE_MENU_ID) saveTab(tab);
  });

  onMessage('savePage', ({ data }) => corpus.save(data.article, data.tabId));
  onMessage('deleteSavedPage', ({ data }) => corpus.delete(data.id));
  onMessage('restoreSavedPage', ({ data }) => corpus.restore(data.page));
  onMessage('importSavedPages', ({ data }) => corpus.import(data.text));
  onMessage('saveCorrection', ({ data }) => corpus.saveCorrection(data.correction));
  onMessage('deleteCorrection', ({ data }) => corpus.deleteCorrection(data.claim, data.doc));

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
