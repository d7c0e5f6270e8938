/**
 * What the background does, apart from wiring: opens the panel and has it check a tab, saves a tab's article through
 * the corpus service, tells panels of every change (retrying while a just-opened panel is not listening yet), marks
 * on-topic tabs in auto mode, paints a page's highlights, and keeps the context menu in place.
 * Browser glue over `wxt/browser`, so the tests run it on WXT's `fakeBrowser`.
 */
import { message } from './i18n';
import { browser, type Browser } from 'wxt/browser';
import { highlightStyles, isHighlightNames } from '../page/highlight-styles';
import type { CorpusService } from '../store/corpus-service';
import type { SavedPagesChange } from '../types';
import { sendMessage } from './messaging';
import { openPanel } from './open-panel';
import { readTab } from './read-tab';

/** Context-menu items: check the page, save the page. */
export const MENU_IDS = { check: 'crosscheck-page', save: 'crosscheck-save' } as const;
/** The keyboard command (declared in wxt.config.ts) that checks the current page. */
export const CHECK_COMMAND = 'check-page';
/** A panel opened by the menu click needs a moment before it listens: tell it for up to two seconds. */
export const NOTIFY_ATTEMPTS = 8;
export const NOTIFY_INTERVAL_MS = 250;

/** Where a message came from, as far as the background needs it. */
type Sender = Pick<Browser.runtime.MessageSender, 'tab' | 'frameId'>;

/**
 * Tells every open panel what changed in the saved pages, retrying while no panel is listening yet. `wait` is the
 * pause between attempts (a test passes one that does not sleep).
 */
export async function notifyPanels(
  change: SavedPagesChange,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<boolean> {
  for (let attempt = 1; attempt <= NOTIFY_ATTEMPTS; attempt++) {
    try {
      await sendMessage('savedPagesChanged', change);
      return true;
    } catch {
      if (attempt < NOTIFY_ATTEMPTS) await wait(NOTIFY_INTERVAL_MS);
    }
  }
  return false;
}

/**
 * (Re)creates the context-menu items. Called at every start of the background: Firefox keeps no menu items across a
 * browser restart (its MV2 background is persistent and `runtime.onInstalled` does not fire then), and Chrome keeps
 * them — so everything is removed first and the ids never clash.
 */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const create = (id: string, title: string) =>
    new Promise<void>((resolve, reject) =>
      browser.contextMenus.create({ id, title, contexts: ['page', 'selection'] }, () => {
        const error = browser.runtime.lastError;
        if (error) reject(new Error(error.message));
        else resolve();
      }),
    );
  await create(MENU_IDS.check, message('menuCheckPage'));
  await create(MENU_IDS.save, message('menuSavePage'));
}

/** The background's handlers, over one corpus service (the only writer of saved pages). */
export interface BackgroundService {
  /** Toolbar button, shortcut or menu: opens the panel and has it check the tab (the gesture granted activeTab). */
  requestCheck(tab: Browser.tabs.Tab | undefined): Promise<void>;
  /** "Save page to Crosscheck": shows the page in the panel and saves its article; the panel reports how it went. */
  saveTab(tab: Browser.tabs.Tab | undefined): Promise<void>;
  onCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void>;
  onMenuClicked(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>, tab: Browser.tabs.Tab | undefined): Promise<void>;
  /** Auto mode found an article on the story in the sender's tab: a ● on the toolbar button says so. */
  markTopicPage(sender: Sender): Promise<void>;
  /** Inserts the paint rules for a page reader's highlight names into the sender's frame; false if it could not. */
  styleHighlights(sender: Sender, names: unknown): Promise<boolean>;
}

export function createBackgroundService(corpus: CorpusService): BackgroundService {
  const action = () => browser.action ?? browser.browserAction;

  function requestCheck(tab: Browser.tabs.Tab | undefined): Promise<void> {
    if (!tab?.id) return Promise.resolve();
    const tabId = tab.id;
    // Before any await: opening the panel needs the user gesture still in hand.
    return (
      openPanel(tab)
        .catch(() => undefined)
        // A panel that was already open re-checks; a panel that just opened checks its active tab by itself.
        .then(() => sendMessage('checkRequested', { tabId }))
        .then(
          () => undefined,
          () => undefined,
        )
    );
  }

  async function saveTab(tab: Browser.tabs.Tab | undefined): Promise<void> {
    if (!tab?.id) return;
    const tabId = tab.id;
    const opened = requestCheck(tab);
    const reading = await readTab(tabId);
    if (reading.kind === 'page' && reading.report.kind === 'article') await corpus.save(reading.report.article, tabId);
    else {
      corpus.saveFailed(
        reading.kind === 'page'
          ? message('saveFailedNoArticle')
          : reading.kind === 'error'
            ? message('saveFailedError', [reading.message])
            : message('saveFailedRestricted'),
        tabId,
      );
    }
    await opened;
  }

  return {
    requestCheck,
    saveTab,
    async onCommand(command, tab) {
      if (command === CHECK_COMMAND) await requestCheck(tab);
    },
    async onMenuClicked(info, tab) {
      if (info.menuItemId === MENU_IDS.check) await requestCheck(tab);
      else if (info.menuItemId === MENU_IDS.save) await saveTab(tab);
    },
    async markTopicPage(sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await Promise.all([
        action().setBadgeText({ tabId, text: '●' }),
        action().setTitle({ tabId, title: message('badgeTopicTitle') }),
      ]).catch(() => undefined);
    },
    async styleHighlights(sender, names) {
      const tabId = sender.tab?.id;
      // Only names the page reader makes reach a style sheet: letters only, so nothing else can be written into it.
      if (tabId === undefined || !isHighlightNames(names)) return false;
      try {
        await browser.scripting.insertCSS({ target: { tabId, frameIds: [sender.frameId ?? 0] }, css: highlightStyles(names) });
        return true;
      } catch {
        return false;
      }
    },
  };
}
