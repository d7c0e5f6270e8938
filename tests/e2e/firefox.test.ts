import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed004Page } from './fixtures';
import { serve } from './server';

/** Debian's Firefox ESR (package firefox-esr). */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox test build: its manifest runs the content script on 127.0.0.1 pages and it reports into the page. */
const FIREFOX_BUILD = join(import.meta.dirname, '../../.output/firefox-mv2-e2e');

describe('the extension in Firefox (smoke test over WebDriver BiDi)', () => {
  let browser: Browser;
  let origin: string;
  let stop: () => void;
  let home: string;

  beforeAll(async () => {
    const served = await serve({ '/article': seed004Page() });
    origin = served.origin;
    stop = () => served.server.close();
    home = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
      extraPrefsFirefox: {
        // Quiet the browser's own background traffic; the test server is all a test page needs.
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('runs the content script on an article and the panel renders its result', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/article`);
    // The content script marks the page once it has read it…
    await page.waitForFunction(() => document.documentElement.dataset.crosscheckContent !== undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.crosscheckContent)).toBe('article');
    // …and the panel page (opened for this tab by the test build) hands back what it rendered.
    await page.waitForFunction(() => document.documentElement.dataset.crosscheckState === 'result', { timeout: 45_000 });
    const panelText = await page.evaluate(() => document.documentElement.dataset.crosscheckPanel ?? '');
    expect(panelText).toMatch(/About the AI-distillation story/);
    expect(panelText).toMatch(/uploading data en masse/);
    expect(panelText).toMatch(/Business Insider/);
    const highlighted = await page.evaluate(() =>
      typeof CSS.highlights === 'undefined'
        ? null
        : (CSS.highlights.get('crosscheck-unverified')?.size ?? 0) + (CSS.highlights.get('crosscheck-contradicted')?.size ?? 0),
    );
    console.log('[e2e] Firefox highlights (null = API missing):', highlighted);
  });
});
