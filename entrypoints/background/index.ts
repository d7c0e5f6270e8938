import { sameSite } from '@/lib/extract/same-site';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncAutoCheck } from '@/lib/extension/auto-check';
import { createBackgroundService, createMenus, MENU_IDS, notifyPanels } from '@/lib/extension/background-service';
import { onMessage } from '@/lib/extension/messaging';
import { panelPageUrl } from '@/lib/extension/open-panel';
import { createCorpusService } from '@/lib/store/corpus-service';
import { openCorpusStore } from '@/lib/store/corpus-store';
import { TOKENIZER_VERSION, tokenize } from '@/lib/text/tokenize';

export default defineBackground(() => {
  // The only writer of saved pages and corrections (panels read them): every write is serialised here.
  const corpus = createCorpusService({
    open: () => openCorpusStore({ tokenizer: { version: TOKENIZER_VERSION, terms: tokenize }, sameSite }),
    onChange: (change) => void notifyPanels(change),
  });
  const background = createBackgroundService(corpus);

  void createMenus();
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => void background.requestCheck(tab));
  browser.commands.onCommand.addListener((command, tab) => void background.onCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void background.onMenuClicked(info, tab));

  onMessage('savePage', ({ data }) => corpus.save(data.article, data.tabId));
  onMessage('deleteSavedPage', ({ data }) => corpus.delete(data.id));
  onMessage('restoreSavedPage', ({ data }) => corpus.restore(data.page));
  onMessage('importSavedPages', ({ data }) => corpus.import(data.text));
  onMessage('saveCorrection', ({ data }) => corpus.saveCorrection(data.correction));
  onMessage('deleteCorrection', ({ data }) => corpus.deleteCorrection(data.claim, data.doc));
  onMessage('topicPageFound', ({ sender }) => background.markTopicPage(sender));
  onMessage('styleHighlights', ({ data, sender }) => background.styleHighlights(sender, data));

  browser.permissions.onRemoved.addListener(() => void syncAutoCheck());
  void syncAutoCheck();

  if (import.meta.env.MODE === 'e2e') {
    // Test builds only: Firefox tests cannot click the toolbar, so the content script asks for the panel page…
    onMessage('e2eOpenPanel', ({ sender }) => {
      if (sender.tab?.id !== undefined) void browser.tabs.create({ url: panelPageUrl(sender.tab.id), active: false });
    });
    // …and which menu items exist (`update` fails for an id the browser does not have).
    onMessage('e2eMenuIds', async () => {
      const ids = Object.values(MENU_IDS);
      const exists = await Promise.all(
        ids.map((id) =>
          browser.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        ),
      );
      return ids.filter((_, i) => exists[i]);
    });
  }
});
