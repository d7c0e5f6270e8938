/**
 * The first-run view in Chromium, with the built extension: on a profile where it was never dismissed the panel opens
 * on it (docs/panel-first-run.png), "Got it" dismisses it for good, and a reopened panel goes straight to the check.
 * The e2e build starts as "seen" (so other tests reach their states on a fresh profile): this test clears the flag.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seed004Page } from './fixtures';
import { chromiumWithPages } from './launch-chromium';
import { PanelPage } from './panel-page';

const DOCS = join(import.meta.dirname, '../../docs');

describe('the panel on its first open', () => {
  const suite = chromiumWithPages({ '/article': seed004Page() });

  it('explains the corpus once, and “Got it” dismisses it for good', async () => {
    const { browser, origin } = suite;
    const page = await browser.context.newPage();
    await page.goto(`${origin}/article`);
    const tabId = await browser.clickAction(page);
    const panel = await PanelPage.open(browser.context, browser.extensionId, tabId);
    // A profile that never dismissed the view (the e2e build's default is "seen").
    await panel.page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        firstRunSeen: false,
      }),
    );
    const view = panel.page.locator('[data-state="first-run"]');
    await view.waitFor();
    const text = await view.innerText();
    expect(text).toMatch(/five articles on one story: OpenAI accusing DeepSeek of distilling its models/);
    expect(text).toMatch(/does not mean the claim is false/);
    expect(text).toMatch(/Save the pages you trust/);
    await panel.page.screenshot({ path: join(DOCS, 'panel-first-run.png') });

    await panel.page.getByRole('button', { name: 'Got it' }).click();
    await view.waitFor({ state: 'detached' });
    expect(await panel.outcome()).toBe('result');
    const stored = await panel.page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
      ).chrome.storage.local.get('firstRunSeen'),
    );
    expect(stored.firstRunSeen).toBe(true);

    // Reopened, the panel goes straight to the check.
    await panel.page.reload();
    expect(await panel.outcome()).toBe('result');
    await expect(view.count()).resolves.toBe(0);
  });
});
