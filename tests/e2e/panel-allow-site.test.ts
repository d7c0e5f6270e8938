/**
 * "Allow on this site" (issue 16, item 6) in Chromium, with the built extension:
 * - a tab the reader never asked about is in the needs-permission state, with an "Allow on this site" button;
 * - a tab whose page was checked (a toolbar click) and then went to another site is too — and the button names no
 *   site: Chrome keeps the click's grant across a site's own pages, so the page it cannot read is on a site the
 *   extension cannot see, and Chrome's own request (`permissions.addHostAccessRequest`) names it;
 * - pressing the button makes that request for exactly this tab, and the panel says where the browser asks.
 * What the test cannot do is the reader's last step: Chrome shows the request on its toolbar, which no automation
 * reaches (CDP has no way to accept it; chrome://extensions' runtime host controls cover required host permissions,
 * not optional ones — tried). The read after a grant is tested on the state machine (tests/ui/tab-check.test.ts).
 * docs/panel-allow-site.png shows the state.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seed004Page } from './fixtures';
import { chromiumWithPages } from './launch-chromium';
import { PanelPage } from './panel-page';

const DOCS = join(import.meta.dirname, '../../docs');

/** Records, in the panel page before its scripts run, every toolbar request the panel makes (the real one still runs). */
async function recordRequests(page: import('playwright-core').Page): Promise<void> {
  await page.addInitScript(() => {
    const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
    const real = permissions.addHostAccessRequest as ((request: unknown) => Promise<void>) | undefined;
    const w = window as unknown as { __requests: unknown[] };
    w.__requests = [];
    if (!real) return;
    permissions.addHostAccessRequest = (request: unknown) => {
      w.__requests.push(request);
      return real.call(permissions, request);
    };
  });
}

const requests = (panel: PanelPage) => panel.page.evaluate(() => (window as unknown as { __requests: unknown[] }).__requests);

describe('allow on this site (Chromium)', () => {
  const suite = chromiumWithPages({ '/article': seed004Page() });

  it('offers "Allow on this site" on a page nobody asked about, and asks the browser for that tab', async () => {
    const { browser, origin } = suite;
    const { page, tabId } = await browser.openUnasked(`${origin}/article`);
    const panel = await PanelPage.open(browser.context, browser.extensionId, tabId, 360, recordRequests);
    expect(await panel.outcome()).toBe('needs-permission');
    const button = panel.page.getByRole('button', { name: 'Allow on this site' });
    await button.waitFor();
    const status = panel.page.locator('.allow-site [role="status"]');
    expect(await status.innerText()).toBe('');
    await panel.page.screenshot({ path: join(DOCS, 'panel-allow-site.png') });
    await button.click();
    await expect.poll(() => status.innerText()).toMatch(/asks for this site at Crosscheck’s icon in the toolbar/);
    expect(await requests(panel)).toEqual([{ tabId }]);
    // Asked once: the button waits for the reader's answer in the toolbar.
    expect(await button.isDisabled()).toBe(true);
    // Nothing was granted by asking: the page is still not read.
    expect(await panel.outcome()).toBe('needs-permission');
    await panel.page.close();
    await page.close();
  });

  it('after a checked page goes to another site, asks for the site the tab is on, not the one it read', async () => {
    const { browser, origin } = suite;
    const page = await browser.context.newPage();
    await page.goto(`${origin}/article`);
    const panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page), 360, recordRequests);
    expect(await panel.outcome()).toBe('result');
    // Another origin, the same server: the click's grant does not follow the tab there.
    await page.goto(`${origin.replace('127.0.0.1', 'localhost')}/article`);
    await panel.page.locator('[data-state="needs-permission"]').waitFor({ timeout: 30_000 });
    const button = panel.page.locator('.allow-site button');
    expect(await button.innerText()).toBe('Allow on this site');
    expect(await panel.page.locator('main').innerText()).not.toMatch(/127\.0\.0\.1/);
    await button.click();
    await expect.poll(() => requests(panel)).toHaveLength(1);
    await panel.page.close();
    await page.close();
  });
});
