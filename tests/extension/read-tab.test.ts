import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onMessage, type PageReport } from '../../lib/extension/messaging';
import { classifyInjectionError, readTab } from '../../lib/extension/read-tab';
import { resetBrowser, wireMessaging } from './browser-wire';

const TAB = 7;
const REPORT: PageReport = {
  kind: 'not-article',
  title: 'Sign in',
  url: 'https://example.test/login',
  probe: { readerable: false, readerableMs: 1, topicMs: null },
};

describe('classifyInjectionError: why a tab could not be read, in words the panel can explain', () => {
  // The browsers' own messages (Chromium 120+, Firefox 140 ESR), as `scripting.executeScript` rejects with them.
  it.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['Cannot access a chrome-extension:// URL of different extension', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    [
      'Cannot access contents of url "chrome-error://chromewebdata/". Extension manifest must request permission to access this host.',
      'restricted',
    ],
    ['Missing host permission for the tab', 'needs-permission'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'needs-permission'],
    [
      'Cannot access contents of url "https://example.test/". Extension manifest must request permission to access this host.',
      'needs-permission',
    ],
    ['Frame with ID 0 is showing error page', 'restricted'],
    ['No tab with id: 7.', 'error'],
    ['Frame with ID 0 was removed.', 'error'],
  ])('%s → %s', (message, kind) => {
    expect(classifyInjectionError(message).kind).toBe(kind);
  });

  it('keeps the browser’s message for restricted pages and errors', () => {
    expect(classifyInjectionError('Cannot access a chrome:// URL')).toEqual({
      kind: 'restricted',
      detail: 'Cannot access a chrome:// URL',
    });
    expect(classifyInjectionError('No tab with id: 7.')).toEqual({ kind: 'error', message: 'No tab with id: 7.' });
  });
});

describe('readTab', () => {
  let inject: Mock<(injection: unknown) => void>;
  beforeEach(() => {
    resetBrowser();
    wireMessaging();
    inject = vi.fn<(injection: unknown) => void>();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: unknown) => {
      inject(injection);
      // What the injected page reader does first: it answers the panel from then on.
      onMessage('ping', () => true);
      onMessage('readPage', () => REPORT);
      return [];
    }) as never);
  });
  afterEach(resetBrowser);

  it('injects the page reader into the tab when none answers, then reads the page', async () => {
    await expect(readTab(TAB)).resolves.toEqual({ kind: 'page', report: REPORT });
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: TAB }, files: ['/page-reader.js'] });
  });

  it('does not inject a second reader where one answers (auto mode’s, or an earlier click’s)', async () => {
    await readTab(TAB);
    await expect(readTab(TAB)).resolves.toEqual({ kind: 'page', report: REPORT });
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('injects no style sheet: the reader asks for its own, under its random names', async () => {
    const insertCSS = vi.spyOn(fakeBrowser.scripting, 'insertCSS');
    await readTab(TAB);
    expect(insertCSS).not.toHaveBeenCalled();
  });

  it('says the page needs the reader’s permission when the browser refuses for want of a grant', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Missing host permission for the tab'));
    await expect(readTab(TAB)).resolves.toEqual({ kind: 'needs-permission' });
  });

  it('says the page is closed to extensions when the browser says so', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
    await expect(readTab(TAB)).resolves.toMatchObject({ kind: 'restricted' });
  });

  it('reports an error when the injected reader never answers', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await expect(readTab(TAB)).resolves.toEqual({ kind: 'error', message: 'No response' });
  });

  it('reports the reader’s own failure as an error', async () => {
    onMessage('ping', () => true);
    onMessage('readPage', () => {
      throw new Error('Readability gave up');
    });
    await expect(readTab(TAB)).resolves.toEqual({ kind: 'error', message: 'Readability gave up' });
    expect(inject).not.toHaveBeenCalled();
  });
});
