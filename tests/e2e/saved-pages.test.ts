import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketPage, seed002Page } from './fixtures';
import { launchChromium, makeHome, type ExtensionBrowser } from './launch-chromium';
import { PanelPage } from './panel-page';
import { serve } from './server';

const RESULTS = join(import.meta.dirname, '../../test-results');
mkdirSync(RESULTS, { recursive: true });

/** The claim seed 002 and the market article share, in seed 002's words. */
const SHARED_CLAIM = '$1 trillion loss';
const MARKET_TITLE = "Chip stocks slide as DeepSeek rattles Wall Street's AI bets";
const SAVED_CHIP = 'Market Desk (your saved page): confirms';

/** Opens a page, clicks the toolbar button for it (granting activeTab) and opens the panel page for its tab. */
async function checkPage(browser: ExtensionBrowser, url: string): Promise<{ page: Page; panel: PanelPage }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page));
  expect(await panel.outcome()).toBe('result');
  return { page, panel };
}

describe('saved pages in Chromium (real IndexedDB, one profile across a restart)', () => {
  const home = makeHome();
  let browser: ExtensionBrowser | null = null;
  let origin: string;
  let stop: () => void;

  beforeAll(async () => {
    const served = await serve({ '/market': marketPage(), '/seed-002': seed002Page() });
    origin = served.origin;
    stop = () => served.server.close();
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
    rmSync(home, { recursive: true, force: true });
  });

  it('saves a page from the panel; the open panel of another page re-checks and its shared claim is confirmed', async () => {
    browser = await launchChromium({ home });
    // Before any save, seed 002's "$1 trillion loss" is stated by no other article: unverified.
    const { panel: seedPanel } = await checkPage(browser, `${origin}/seed-002`);
    const seedClaim = seedPanel.claim(SHARED_CLAIM);
    await expect(seedClaim.count()).resolves.toBe(1);
    expect(await seedClaim.getAttribute('class')).toMatch(/is-unverified/);

    const { panel } = await checkPage(browser, `${origin}/market`);
    await panel.page.getByRole('button', { name: 'Save page', exact: true }).click();
    await expect.poll(() => panel.toast().innerText()).toMatch(/Saved “Chip stocks slide/);
    await panel.page.getByRole('button', { name: '✓ Saved', exact: true }).waitFor();
    await panel.page.screenshot({ path: join(RESULTS, 'panel-after-save.png') });
    // The page's own saved copy is the same article: left out of its check, never confirming itself.
    await expect.poll(() => panel.page.locator('.corpus-size').innerText()).toMatch(/this page is one of them and was left out/);
    expect(await panel.page.getByRole('listitem', { name: /your saved page/ }).count()).toBe(0);

    // The seed-002 panel, open all along, checked again by itself.
    await expect.poll(() => seedClaim.getAttribute('class')).toMatch(/is-confirmed/);
    await expect(seedPanel.chip(seedClaim, SAVED_CHIP).count()).resolves.toBe(1);
    expect(await seedClaim.locator('.chip-origin').innerText()).toBe('your saved page');
  });

  it('keeps the saved page across a browser restart with the same profile, and checks against it', async () => {
    await browser!.close();
    browser = await launchChromium({ home });
    const { panel } = await checkPage(browser, `${origin}/seed-002`);
    const claim = panel.claim(SHARED_CLAIM);
    expect(await claim.getAttribute('class')).toMatch(/is-confirmed/);
    await expect(panel.chip(claim, SAVED_CHIP).count()).resolves.toBe(1);
    await panel.expand(claim);
    const evidence = panel.evidence(claim, 'Market Desk');
    expect(await evidence.locator('.evidence-text').innerText()).toMatch(/\$1 trillion loss/);
    expect(await evidence.locator('.tag').innerText()).toBe('your saved page');
    await claim.screenshot({ path: join(RESULTS, 'panel-saved-page-confirms.png') });

    await panel.showSection('Saved pages');
    await expect(panel.savedItems().count()).resolves.toBe(1);
    expect(await panel.savedItems().first().locator('.saved-item-title').innerText()).toBe(MARKET_TITLE);
    expect(await panel.savedItems().first().locator('.saved-item-outlet').innerText()).toBe('Market Desk');
    await expect.poll(() => panel.page.locator('.saved-usage').innerText()).toMatch(/^1 page · [\d.]+ KB stored/);
    await panel.page.screenshot({ path: join(RESULTS, 'panel-saved-pages.png') });
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await panel.page.screenshot({ path: join(RESULTS, 'panel-saved-pages-dark.png') });
    await panel.page.emulateMedia({ colorScheme: 'light' });
  });

  it('refuses a malformed import with the store’s message and changes nothing', async () => {
    const panel = await PanelPage.openUnpinned(browser!.context, browser!.extensionId);
    await panel.showSection('Saved pages');
    await expect.poll(() => panel.savedItems().count()).toBe(1);
    const before = await panel.savedItems().allInnerTexts();
    const input = panel.page.locator('input[type="file"]');

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "crosscheck-corpus", "version": 1, "pages": ['),
    });
    const error = panel.page.locator('[data-import-error]');
    await expect.poll(() => error.innerText()).toMatch(/not valid JSON.*Nothing was imported\./);
    expect(await panel.savedItems().allInnerTexts()).toEqual(before);

    const newer = JSON.stringify({
      format: 'crosscheck-corpus',
      version: 2,
      exportedAt: '2025-03-01T09:00:00.000Z',
      pages: [],
      corrections: [],
    });
    await input.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await expect.poll(() => error.innerText()).toMatch(/version 2.*update Crosscheck/);
    expect(await panel.savedItems().allInnerTexts()).toEqual(before);
    await panel.page.screenshot({ path: join(RESULTS, 'panel-saved-pages-import-error.png') });
  });

  it('exports everything to one JSON file, and deleting a page can be undone', async () => {
    const panel = await PanelPage.openUnpinned(browser!.context, browser!.extensionId);
    await panel.showSection('Saved pages');
    await expect.poll(() => panel.savedItems().count()).toBe(1);

    const [download] = await Promise.all([
      panel.page.waitForEvent('download'),
      panel.page.getByRole('button', { name: 'Export all' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^crosscheck-saved-pages-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported).toMatchObject({ format: 'crosscheck-corpus', version: 1, corrections: [] });
    expect(exported.pages.map((p: { title: string }) => p.title)).toEqual([MARKET_TITLE]);
    // Stored terms are internal: the file holds the documented fields only.
    expect(Object.keys(exported.pages[0])).not.toContain('terms');

    await panel
      .savedItems()
      .first()
      .getByRole('button', { name: `Delete “${MARKET_TITLE}”` })
      .click();
    await expect.poll(() => panel.savedItems().count()).toBe(0);
    await panel.page.screenshot({ path: join(RESULTS, 'panel-saved-pages-undo.png') });
    await panel.toast().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.savedItems().count()).toBe(1);
    await expect.poll(() => panel.toast().innerText()).toMatch(/Restored/);

    // Importing the export again merges it into what is there: nothing new.
    await panel.page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: readFileSync(await download.path()) });
    await expect.poll(() => panel.page.locator('[data-import-info]').innerText()).toMatch(/0 added, 0 merged, 1 skipped/);
    expect(await panel.savedItems().count()).toBe(1);
  });
});
