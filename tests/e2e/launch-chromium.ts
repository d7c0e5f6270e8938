import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from './server';

/** Debian's Chromium; `.ci/run` installs the `chromium` package when it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The extension as `npm run build:e2e` leaves it. */
export const CHROME_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/** A Chromium with the extension loaded, in a throwaway profile and home folder, logging every network request. */
/** The slice of the extension API the tests call inside the service worker. */
export interface WorkerGlobals {
  chrome: { tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> } };
}

/** One request as Chromium's net log records it. */
export interface LoggedRequest {
  url: string;
  /** Origin that caused the request (page, extension page, service worker); absent for the browser's own requests. */
  initiator: string | null;
  /** Network isolation key: the top-level site (and frame site) the request was made for. */
  isolationKey: string | null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Clicks the toolbar button for the page's tab (as a user would: this grants activeTab) and returns the tab id. */
  clickAction(page: Page): Promise<number>;
  /** Opens `url` in a new tab without asking the extension (no click, no grant) and returns the page and its tab id. */
  openUnasked(url: string): Promise<{ page: Page; tabId: number }>;
  /** Closes the browser; returns every request its network stack started, from the browser's net log. */
  close(): Promise<LoggedRequest[]>;
}

/** Where a browser keeps its profile: a throwaway folder, or one kept across launches (`home`, removed by the caller). */
export interface LaunchOptions {
  /** Reuse this home folder (and its profile); it is then left in place on close, for the next launch. */
  home?: string;
}

/** A fresh home folder for `launchChromium({ home })`: the same profile across a close and a relaunch. */
export function makeHome(): string {
  return mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
}

export async function launchChromium({ home: kept }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const home = kept ?? makeHome();
  const netLog = join(home, 'netlog.json');
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_DATA_HOME: join(home, '.local/share'),
    },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chrome's autofill asks Google about every form it sees; that is the browser, not the extension.
      '--disable-features=AutofillServerCommunication',
      // Allows CDP's Extensions.triggerAction: the toolbar click a test cannot make with a mouse.
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      // The browser's own record of every request, service workers included.
      `--log-net-log=${netLog}`,
    ],
  });
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp: CDPSession = await browser.newBrowserCDPSession();

  return {
    context,
    extensionId,
    async clickAction(page) {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((target) => target.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      // The click granted activeTab, so the tab's URL is now visible to the extension: find its id by URL.
      const sw = await serviceWorker(context);
      const tabId = await sw.evaluate(
        async (url) => (await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
        page.url(),
      );
      if (tabId === undefined) throw new Error(`extension cannot see tab ${page.url()}`);
      return tabId;
    },
    async openUnasked(url) {
      // The extension sees the ids of tabs it may not read, not their addresses: the new tab is the new id.
      const tabIds = async () =>
        (await serviceWorker(context)).evaluate(async () =>
          (await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({})).map((tab) => tab.id!),
        );
      const before = new Set(await tabIds());
      const page = await context.newPage();
      await page.goto(url);
      const [tabId] = (await tabIds()).filter((id) => !before.has(id));
      if (tabId === undefined) throw new Error(`no new tab for ${url}`);
      return { page, tabId };
    },
    async close() {
      await context.close();
      const requests = readNetLog(netLog);
      if (!kept) rmSync(home, { recursive: true, force: true });
      return requests;
    },
  };
}

/** The URL requests of a net log (URL_REQUEST_START_JOB events), tolerating a log cut short at the end. */
function readNetLog(file: string): LoggedRequest[] {
  let text = readFileSync(file, 'utf8').trimEnd();
  if (!text.endsWith('}')) text = text.replace(/,?\s*$/, '') + ']}';
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; initiator?: string; network_isolation_key?: string } }>;
  };
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const seen = new Map<string, LoggedRequest>();
  for (const event of log.events) {
    const url = event.params?.url;
    if (event.type !== startJob || !url || !/^(https?|wss?):/.test(url)) continue;
    const entry = { url, initiator: event.params?.initiator ?? null, isolationKey: event.params?.network_isolation_key ?? null };
    seen.set(JSON.stringify(entry), entry);
  }
  return [...seen.values()];
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * A Chromium with the extension and a test server for `pages`, started before the suite's tests and closed after:
 * read `browser` and `origin` inside the tests.
 */
export function chromiumWithPages(pages: Record<string, string>): { readonly browser: ExtensionBrowser; readonly origin: string } {
  const suite = { browser: undefined as ExtensionBrowser | undefined, origin: '', stop: () => undefined as void };
  beforeAll(async () => {
    const served = await serve(pages);
    suite.origin = served.origin;
    suite.stop = () => void served.server.close();
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    suite.stop();
  });
  return {
    get browser() {
      if (!suite.browser) throw new Error('the browser starts in beforeAll');
      return suite.browser;
    },
    get origin() {
      return suite.origin;
    },
  };
}
