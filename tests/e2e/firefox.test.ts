import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
/** The add-on id in wxt.config.ts (`browser_specific_settings.gecko.id`). */
const GECKO_ID = 'crosscheck@crosscheck.invalid';
/** The context-menu items the background creates (lib/extension/background-service.ts). */
const MENU_IDS = ['crosscheck-page', 'crosscheck-save'];

/** Preferences that keep the browser's own background traffic quiet; the test server is all a test page needs. */
const QUIET_PREFS = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

/** A Firefox on a home folder of its own (and, for restarts, a profile of its own), over WebDriver BiDi. */
function launchFirefox(home: string, options: { profile?: string; prefs?: Record<string, unknown> } = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    ...(options.profile && { args: ['--profile', options.profile] }),
    extraPrefsFirefox: { ...QUIET_PREFS, ...options.prefs },
  });
}

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
    browser = await launchFirefox(home);
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
    // The highlights reach the page's registry under names that say nothing (painted by the background's insertCSS).
    await page.waitForFunction(
      () => {
        let ranges = 0;
        for (const [, highlight] of CSS.highlights) ranges += highlight.size;
        return ranges > 0;
      },
      { timeout: 20_000 },
    );
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    console.log('[e2e] Firefox highlight names, as the page sees them:', names);
    for (const name of names) expect(name).toMatch(/^[a-z]{12}$/);
  });
});

/**
 * Issue 16, item 4: Firefox keeps no context-menu items across a browser restart, and its MV2 background does not get
 * `runtime.onInstalled` then. The add-on is installed into the profile for good (a temporary add-on, as BiDi installs
 * it, is gone after a restart) and the browser started twice on that profile; each time the content script of the
 * test build asks the background which menu items exist (`contextMenus.update` fails for a missing id) and writes the
 * answer into the page.
 */
describe('the extension in Firefox across a browser restart', () => {
  let origin: string;
  let stop: () => void;
  let home: string;
  let profile: string;

  beforeAll(async () => {
    const served = await serve({ '/article': seed004Page() });
    origin = served.origin;
    stop = () => served.server.close();
    home = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-restart-'));
    profile = join(home, 'profile');
    // A profile-folder install: a file named by the add-on id holding the path of the unpacked add-on.
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    writeFileSync(join(profile, 'extensions', GECKO_ID), FIREFOX_BUILD);
  });

  afterAll(() => {
    stop?.();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  /** Starts Firefox on the profile, opens the article and reads which menu items the extension has. */
  async function menusAfterStart(): Promise<string[]> {
    const browser = await launchFirefox(home, {
      profile,
      prefs: {
        // Firefox ESR loads unsigned add-ons when asked to, and enables add-ons found in the profile folder.
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.startupScanScopes': 1,
      },
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/article`);
      await page.waitForFunction(() => document.documentElement.dataset.crosscheckMenus !== undefined, { timeout: 30_000 });
      const ids = await page.evaluate(() => document.documentElement.dataset.crosscheckMenus ?? '');
      return ids.split(' ').filter(Boolean);
    } finally {
      await browser.close();
    }
  }

  it('has its context-menu items after the first start and again after a restart', async () => {
    expect(await menusAfterStart()).toEqual(MENU_IDS);
    // Restarted on the same profile: the add-on is still installed, so onInstalled does not fire again.
    expect(await menusAfterStart()).toEqual(MENU_IDS);
  });
});
