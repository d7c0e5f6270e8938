import { browser } from 'wxt/browser';

/**
 * "Allow on this site": the optional host permission for one site, so the panel reads that site's pages without a
 * click on the toolbar each time. Nothing else is asked for, and only when the reader presses the button.
 */

/** What came of asking. */
export type SiteAccessAnswer =
  /** The browser granted the site (the panel reads the page again once `permissions.onAdded` says so). */
  | 'granted'
  | 'declined'
  /** Chrome took the request for the tab's site and shows it on the extension's toolbar icon, for the reader to accept. */
  | 'asked-in-toolbar'
  /** The browser has no way to ask for a site the extension has not seen (the page was never read in this tab). */
  | 'unavailable';

/** Chrome 133+: asks for the tab's site without the extension knowing it (the reader accepts from the toolbar). */
type HostAccessRequest = (request: { tabId: number }) => Promise<void>;

function hostAccessRequest(): HostAccessRequest | null {
  const request = (browser.permissions as unknown as { addHostAccessRequest?: HostAccessRequest }).addHostAccessRequest;
  return typeof request === 'function' ? request.bind(browser.permissions) : null;
}

/** Whether the browser can ask for a tab's site the extension does not know (Chrome's toolbar request). */
export function canAskForTabSite(): boolean {
  return hostAccessRequest() !== null;
}

/**
 * Asks for one site. Where the browser has a request for the tab's own site (Chrome 133+), that: it names the site
 * the tab is on now, which the extension cannot see (Chrome keeps the click's grant across the site's own pages, so a
 * page it cannot read is on another site than the one it last read). Elsewhere (Firefox) the browser's prompt for the
 * site last read in the tab. Call it straight from the click handler: a prompt needs the user's gesture.
 */
export async function requestSiteAccess(target: { tabId: number; site: string | null }): Promise<SiteAccessAnswer> {
  const request = hostAccessRequest();
  if (request) {
    await request({ tabId: target.tabId });
    return 'asked-in-toolbar';
  }
  if (target.site === null) return 'unavailable';
  return (await browser.permissions.request({ origins: [target.site] })) ? 'granted' : 'declined';
}

/** Whether the extension may already read every page of `site`. */
export function hasSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [site] });
}

/** Calls `listener` whenever the reader grants the extension a site (here, in the toolbar or in the browser's settings). */
export function onSiteAccessGranted(listener: () => void): () => void {
  const added = (permissions: { origins?: string[] }) => {
    if ((permissions.origins ?? []).length > 0) listener();
  };
  browser.permissions.onAdded.addListener(added);
  return () => browser.permissions.onAdded.removeListener(added);
}
