import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  createBackgroundService,
  createMenus,
  MENU_IDS,
  NOTIFY_ATTEMPTS,
  notifyPanels,
  type BackgroundService,
} from '../../lib/extension/background-service';
import { onMessage, type PageReport } from '../../lib/extension/messaging';
import { randomHighlightNames } from '../../lib/page/highlight-styles';
import type { CorpusService } from '../../lib/store/corpus-service';
import type { Article, SavedPagesChange } from '../../lib/types';
import { resetBrowser, wireMessaging } from './browser-wire';

const TAB = { id: 4, windowId: 1 } as never;
const ARTICLE: Article = {
  title: 'OpenAI says DeepSeek distilled its models',
  outlet: 'The Ledger',
  byline: null,
  publishedTime: null,
  url: 'https://ledger.test/story',
  canonicalUrl: null,
  lang: 'en',
  paragraphs: ['OpenAI said it had seen evidence of distillation.'],
};
const probe = { readerable: true, readerableMs: 1, topicMs: 2 };

/** A corpus service that records what it was asked (the real one is tested on fake-indexeddb in tests/ui). */
function fakeCorpus() {
  return {
    save: vi
      .fn()
      .mockResolvedValue({ ok: true, value: { outcome: 'created', page: { id: 'p1', title: ARTICLE.title, outlet: 'The Ledger' } } }),
    saveFailed: vi.fn(),
    delete: vi.fn(),
    restore: vi.fn(),
    import: vi.fn(),
    saveCorrection: vi.fn(),
    deleteCorrection: vi.fn(),
  } satisfies CorpusService;
}

/** Context menus as Firefox and Chrome keep them: an id can exist once; a second create reports an error. */
function fakeMenus() {
  const items = new Map<string, object>();
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => items.clear());
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((props: { id: string }, done?: () => void) => {
    const runtime = fakeBrowser.runtime as { lastError?: { message: string } };
    if (items.has(props.id)) runtime.lastError = { message: `ID already exists: ${props.id}` };
    else items.set(props.id, props);
    done?.();
    delete runtime.lastError;
    return props.id;
  }) as never);
  return items;
}

/** The panel side: Chrome's side panel opens, and an open panel hears what the background tells it. */
function fakePanel() {
  const opened = vi.fn().mockResolvedValue(undefined);
  (fakeBrowser as unknown as Record<string, unknown>).sidePanel = { open: opened };
  const sidebar = (fakeBrowser as unknown as Record<string, unknown>).sidebarAction;
  delete (fakeBrowser as unknown as Record<string, unknown>).sidebarAction;
  undo.push(() => {
    delete (fakeBrowser as unknown as Record<string, unknown>).sidePanel;
    (fakeBrowser as unknown as Record<string, unknown>).sidebarAction = sidebar;
  });
  const checkRequested = vi.fn();
  onMessage('checkRequested', ({ data }) => checkRequested(data.tabId));
  return { opened, checkRequested };
}
const undo: Array<() => void> = [];

/** A page reader already in the tab (the background's readTab then reads it without injecting). */
function pageInTab(report: PageReport) {
  onMessage('ping', () => true);
  onMessage('readPage', () => report);
}

describe('the background service', () => {
  let corpus: ReturnType<typeof fakeCorpus>;
  let background: BackgroundService;

  beforeEach(() => {
    resetBrowser();
    wireMessaging();
    corpus = fakeCorpus();
    background = createBackgroundService(corpus);
  });
  afterEach(() => {
    undo.splice(0).forEach((step) => step());
    resetBrowser();
  });

  describe('notifyPanels', () => {
    const change: SavedPagesChange = { kind: 'deleted', id: 'p1' };

    it('tells a listening panel once', async () => {
      const heard = vi.fn();
      onMessage('savedPagesChanged', ({ data }) => heard(data));
      await expect(notifyPanels(change, async () => undefined)).resolves.toBe(true);
      expect(heard).toHaveBeenCalledExactlyOnceWith(change);
    });

    it('retries while the panel that a menu click opened is not listening yet', async () => {
      const heard = vi.fn();
      let waits = 0;
      const wait = async () => {
        // The panel starts listening after the third pause.
        if (++waits === 3) onMessage('savedPagesChanged', ({ data }) => heard(data));
      };
      await expect(notifyPanels(change, wait)).resolves.toBe(true);
      expect(waits).toBe(3);
      expect(heard).toHaveBeenCalledTimes(1);
    });

    it('gives up after a bounded number of attempts when no panel is open', async () => {
      const wait = vi.fn(async () => undefined);
      await expect(notifyPanels(change, wait)).resolves.toBe(false);
      expect(wait).toHaveBeenCalledTimes(NOTIFY_ATTEMPTS - 1);
    });
  });

  describe('createMenus', () => {
    it('creates the check and save items', async () => {
      const items = fakeMenus();
      await createMenus();
      expect([...items.keys()]).toEqual([MENU_IDS.check, MENU_IDS.save]);
      expect(items.get(MENU_IDS.check)).toMatchObject({ title: 'Crosscheck this page', contexts: ['page', 'selection'] });
      expect(items.get(MENU_IDS.save)).toMatchObject({ title: 'Save page to Crosscheck' });
    });

    it('runs at every background start without clashing with the items a browser kept (Chrome keeps them, Firefox not)', async () => {
      const items = fakeMenus();
      await createMenus();
      await expect(createMenus()).resolves.toBeUndefined();
      expect([...items.keys()]).toEqual([MENU_IDS.check, MENU_IDS.save]);
    });

    it('reports a refused item instead of losing it silently', async () => {
      fakeMenus();
      vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
      await createMenus();
      await expect(createMenus()).rejects.toThrow(/ID already exists/);
    });
  });

  describe('toolbar button, shortcut and menu', () => {
    it('open the panel at once (while the gesture lasts) and then ask it to check the tab', async () => {
      const panel = fakePanel();
      const done = background.requestCheck(TAB);
      expect(panel.opened).toHaveBeenCalledWith({ windowId: 1 });
      await done;
      expect(panel.checkRequested).toHaveBeenCalledWith(4);
    });

    it('still ask an open panel to check when the browser would not open it again', async () => {
      const panel = fakePanel();
      panel.opened.mockRejectedValue(new Error('may only be called in response to a user gesture'));
      await background.requestCheck(TAB);
      expect(panel.checkRequested).toHaveBeenCalledWith(4);
    });

    it('do nothing for a tab without an id (devtools, a closed tab)', async () => {
      const panel = fakePanel();
      await background.requestCheck({ windowId: 1 } as never);
      await background.requestCheck(undefined);
      expect(panel.opened).not.toHaveBeenCalled();
    });

    it('the shortcut checks; other commands do nothing', async () => {
      const panel = fakePanel();
      await background.onCommand('check-page', TAB);
      await background.onCommand('something-else', TAB);
      expect(panel.checkRequested).toHaveBeenCalledTimes(1);
    });

    it('the check item checks the page', async () => {
      const panel = fakePanel();
      await background.onMenuClicked({ menuItemId: MENU_IDS.check }, TAB);
      expect(panel.checkRequested).toHaveBeenCalledWith(4);
      expect(corpus.save).not.toHaveBeenCalled();
    });
  });

  describe('"Save page to Crosscheck"', () => {
    it('saves the tab’s article, and shows it in the panel', async () => {
      const panel = fakePanel();
      pageInTab({ kind: 'article', article: ARTICLE, topic: true, probe });
      await background.onMenuClicked({ menuItemId: MENU_IDS.save }, TAB);
      expect(corpus.save).toHaveBeenCalledExactlyOnceWith(ARTICLE, 4);
      expect(panel.checkRequested).toHaveBeenCalledWith(4);
    });

    it('tells the panel why when the page has no article', async () => {
      fakePanel();
      pageInTab({ kind: 'not-article', title: 'Sign in', url: 'https://ledger.test/login', probe });
      await background.saveTab(TAB);
      expect(corpus.save).not.toHaveBeenCalled();
      expect(corpus.saveFailed).toHaveBeenCalledWith('Crosscheck found no article on this page, so there is nothing to save.', 4);
    });

    it('tells the panel why when the browser lets no extension read the page', async () => {
      fakePanel();
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
      await background.saveTab(TAB);
      expect(corpus.saveFailed).toHaveBeenCalledWith('The browser does not let Crosscheck read this page, so it cannot be saved.', 4);
    });

    it('passes a read error on in the message', async () => {
      fakePanel();
      onMessage('ping', () => true);
      onMessage('readPage', () => {
        throw new Error('page went away');
      });
      await background.saveTab(TAB);
      expect(corpus.saveFailed).toHaveBeenCalledWith('Crosscheck could not read this page to save it (page went away).', 4);
    });
  });

  describe('auto mode’s mark on the toolbar button', () => {
    it('puts a ● and a title on the button of the sender’s tab only', async () => {
      const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
      const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
      await background.markTopicPage({ tab: { id: 9 } as never });
      expect(badge).toHaveBeenCalledWith({ tabId: 9, text: '●' });
      expect(title).toHaveBeenCalledWith({ tabId: 9, title: expect.stringMatching(/about the story/) });
      await background.markTopicPage({});
      expect(badge).toHaveBeenCalledTimes(1);
    });
  });

  describe('styleHighlights', () => {
    const names = randomHighlightNames();

    it('inserts the paint rules for the page reader’s names into the sender’s frame', async () => {
      const insertCSS = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
      await expect(background.styleHighlights({ tab: { id: 4 } as never, frameId: 0 }, names)).resolves.toBe(true);
      expect(insertCSS).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 4, frameIds: [0] }, css: expect.any(String) });
      const { css } = insertCSS.mock.calls[0]![0] as { css: string };
      for (const name of Object.values(names)) expect(css).toContain(`::highlight(${name})`);
    });

    it('writes nothing but checked names into a style sheet', async () => {
      const insertCSS = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
      const hostile = { ...names, flash: 'a) } body { display: none } ::highlight(b' };
      await expect(background.styleHighlights({ tab: { id: 4 } as never, frameId: 0 }, hostile)).resolves.toBe(false);
      await expect(background.styleHighlights({ frameId: 0 }, names)).resolves.toBe(false);
      expect(insertCSS).not.toHaveBeenCalled();
    });

    it('answers false when the browser refuses (the reader then draws nothing)', async () => {
      vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValue(new Error('Missing host permission for the tab'));
      await expect(background.styleHighlights({ tab: { id: 4 } as never, frameId: 0 }, names)).resolves.toBe(false);
    });
  });
});
