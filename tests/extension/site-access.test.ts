import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { canAskForTabSite, hasSiteAccess, onSiteAccessGranted, requestSiteAccess } from '../../lib/extension/site-access';
import { siteName, sitePattern } from '../../lib/extension/site-pattern';
import { resetBrowser } from './browser-wire';

type Permissions = { origins?: string[]; permissions?: string[] };

/** The browser's optional host permissions as the reader answers them, and Chrome's toolbar request when present. */
function fakeSitePermissions({ answer = true, toolbar = false }: { answer?: boolean; toolbar?: boolean } = {}) {
  const state = { granted: new Set<string>(), asked: [] as Permissions[], toolbar: [] as Array<{ tabId: number }> };
  const added = new Set<(permissions: Permissions) => void>();
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (permissions: Permissions) => {
    state.asked.push(permissions);
    if (!answer) return false;
    for (const origin of permissions.origins ?? []) state.granted.add(origin);
    added.forEach((listener) => listener(permissions));
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (permissions: Permissions) =>
    (permissions.origins ?? []).every((origin) => state.granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => void added.add(listener as never));
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation((listener) => void added.delete(listener as never));
  const permissions = fakeBrowser.permissions as unknown as { addHostAccessRequest?: (request: { tabId: number }) => Promise<void> };
  if (toolbar) permissions.addHostAccessRequest = async (request) => void state.toolbar.push(request);
  else delete permissions.addHostAccessRequest;
  return { state, added, grantElsewhere: (origins: string[]) => added.forEach((listener) => listener({ origins })) };
}

describe('sites as match patterns', () => {
  it('turns a page address into its whole site, any port, and only for web pages', () => {
    expect(sitePattern('https://news.example/2025/01/a?b=c#d')).toBe('https://news.example/*');
    expect(sitePattern('http://localhost:8123/article')).toBe('http://localhost/*');
    expect(sitePattern('https://sub.news.example')).toBe('https://sub.news.example/*');
    for (const other of ['file:///home/a.html', 'chrome://extensions', 'about:blank', 'not a url', '', null, undefined])
      expect(sitePattern(other)).toBeNull();
    expect(siteName('https://news.example/*')).toBe('news.example');
  });
});

describe('allow on this site', () => {
  beforeEach(resetBrowser);
  afterEach(() => {
    delete (fakeBrowser.permissions as unknown as { addHostAccessRequest?: unknown }).addHostAccessRequest;
    resetBrowser();
  });

  it('asks for exactly the known site, and says whether the reader allowed it', async () => {
    const browser = fakeSitePermissions();
    await expect(hasSiteAccess('https://news.example/*')).resolves.toBe(false);
    await expect(requestSiteAccess({ tabId: 4, site: 'https://news.example/*' })).resolves.toBe('granted');
    expect(browser.state.asked).toEqual([{ origins: ['https://news.example/*'] }]);
    await expect(hasSiteAccess('https://news.example/*')).resolves.toBe(true);
    await expect(hasSiteAccess('https://other.example/*')).resolves.toBe(false);
  });

  it('reports a refusal, and grants nothing', async () => {
    const browser = fakeSitePermissions({ answer: false });
    await expect(requestSiteAccess({ tabId: 4, site: 'https://news.example/*' })).resolves.toBe('declined');
    await expect(hasSiteAccess('https://news.example/*')).resolves.toBe(false);
    expect(browser.state.granted.size).toBe(0);
  });

  it("hands the request to Chrome's toolbar request for the tab, where the browser has one", async () => {
    const browser = fakeSitePermissions({ toolbar: true });
    expect(canAskForTabSite()).toBe(true);
    await expect(requestSiteAccess({ tabId: 9, site: null })).resolves.toBe('asked-in-toolbar');
    // Even with a site last read in the tab: Chrome's request names the site the tab is on now.
    await expect(requestSiteAccess({ tabId: 9, site: 'https://news.example/*' })).resolves.toBe('asked-in-toolbar');
    expect(browser.state.toolbar).toEqual([{ tabId: 9 }, { tabId: 9 }]);
    expect(browser.state.asked).toEqual([]);
  });

  it('cannot ask for an unknown site where the browser has no toolbar request (Firefox)', async () => {
    const browser = fakeSitePermissions();
    expect(canAskForTabSite()).toBe(false);
    await expect(requestSiteAccess({ tabId: 9, site: null })).resolves.toBe('unavailable');
    expect(browser.state.asked).toEqual([]);
  });

  it('hears of sites granted anywhere, not of other permissions, until it stops listening', async () => {
    const browser = fakeSitePermissions();
    const heard = vi.fn();
    const stop = onSiteAccessGranted(heard);
    browser.added.forEach((listener) => listener({ permissions: ['storage'] }));
    expect(heard).not.toHaveBeenCalled();
    browser.grantElsewhere(['https://news.example/*']);
    expect(heard).toHaveBeenCalledTimes(1);
    await requestSiteAccess({ tabId: 1, site: 'https://other.example/*' });
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    browser.grantElsewhere(['https://third.example/*']);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
