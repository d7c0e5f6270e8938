import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-chromium';

/** The panel page opened in a tab for one checked tab (`sidepanel.html?tab=<id>`, the "pop out" view). */
export class PanelPage {
  private constructor(readonly page: Page) {}

  /** `beforeLoad` runs on the new tab before the panel loads (e.g. to install a PerformanceObserver first). */
  static async open(
    context: BrowserContext,
    extensionId: string,
    tabId: number,
    width = 360,
    beforeLoad?: (page: Page) => Promise<void>,
  ): Promise<PanelPage> {
    const page = await context.newPage();
    // The side panel's width: the layout must hold at 360px.
    await page.setViewportSize({ width, height: 900 });
    await beforeLoad?.(page);
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    return new PanelPage(page);
  }

  /** The panel page in a tab, following no page (its own tab is the active one): for the saved-pages section. */
  static async openUnpinned(context: BrowserContext, extensionId: string, width = 360): Promise<PanelPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new PanelPage(page);
  }

  /** Waits until the panel has an outcome (a result or a state other than checking) and names it. */
  async outcome(): Promise<string> {
    const settled = this.page.locator('.page-header, [data-state]:not([data-state="checking"]):not([data-state="idle"])').first();
    await settled.waitFor({ timeout: 30_000 });
    const state = (await settled.getAttribute('data-state')) ?? 'result';
    // A long result mounts its list in steps (aria-busy meanwhile): wait for all of it.
    if (state === 'result') await this.page.locator('ol.claims[aria-busy="true"]').waitFor({ state: 'detached', timeout: 30_000 });
    return state;
  }

  count(name: 'claims' | 'unverified' | 'contradicted'): Promise<number> {
    return this.page.locator(`[data-count="${name}"]`).innerText().then(Number);
  }

  claim(text: string): Locator {
    return this.page.locator('li.claim', { hasText: text });
  }

  /** An outlet chip by its accessible name, e.g. "Business Insider: contradicts". */
  chip(claim: Locator, name: string): Locator {
    return claim.getByRole('listitem', { name, exact: true });
  }

  async expand(claim: Locator): Promise<void> {
    await claim.locator('.claim-text').click();
    await claim.locator('.evidence').waitFor();
  }

  /** Switches the panel between the check of the page and the saved pages. */
  async showSection(name: 'Check' | 'Saved pages'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Panel sections' })
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .click();
  }

  /** The saved pages listed in the "Saved pages" section (as filtered and sorted there). */
  savedItems(): Locator {
    return this.page.locator('li.saved-item');
  }

  /** The panel's current toast (save confirmations, errors, undo). */
  toast(): Locator {
    return this.page.locator('.toast');
  }

  evidence(claim: Locator, outlet: string): Locator {
    return claim.locator('.evidence-item', { has: this.page.locator('strong', { hasText: outlet }) });
  }
}

/**
 * Opens `url` in a new tab, clicks the toolbar button for it (granting activeTab, as a reader would) and opens the
 * panel page for that tab; resolves once the panel shows an outcome, with the page, the panel and the outcome.
 */
export async function checkPage(browser: ExtensionBrowser, url: string): Promise<{ page: Page; panel: PanelPage; outcome: string }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page));
  return { page, panel, outcome: await panel.outcome() };
}
