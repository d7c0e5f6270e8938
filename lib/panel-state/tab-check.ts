/**
 * The panel's controller as a state machine: which tab it follows, what it is showing, and when it reads and checks.
 *
 * `transition(state, event)` is the pure part: every state the panel can show and how each event moves it.
 * `createTabCheck(deps)` runs it: it follows the active tab (or the pinned one), reads the page, streams the check
 * from the worker, and cancels a running check as soon as the tab or its page changes. Nothing here imports Preact
 * or the browser: the tabs API, the page reader, the checker and the timer are injected (`fakeBrowser` in tests).
 */
import type { ClaimProgress } from '../create-checker';
import type { TabReading } from '../extension/read-tab';
import { sitePattern } from '../extension/site-pattern';
import type { Article, CheckResult, Claim } from '../types';

/** Tab switches and page loads come in bursts (redirects, quick tab cycling): check once things settle. */
export const RECHECK_DEBOUNCE_MS = 300;

/** Everything the panel can be showing, each for the tab it is about (null: no tab yet). */
export type TabCheckState =
  /** Following a tab, nothing read yet. */
  | { kind: 'idle'; tabId: number | null }
  /** Asking the page for its article. */
  | { kind: 'reading'; tabId: number }
  /** The worker is checking `article`: `claims` so far in page order, `done` of `total` (null until the first). */
  | { kind: 'checking'; tabId: number; article: Article; claims: Claim[]; done: number; total: number | null }
  /** `article` is what was checked: what "Save page" stores, and what a re-check after a corpus change reuses. */
  | { kind: 'result'; tabId: number; article: Article; result: CheckResult }
  /**
   * The reader has not asked to check this page and auto mode is off. `site`: the site of the page last read in this
   * tab (a match pattern) when the extension may not read it yet — what "Allow on <site>" asks for; null when unknown.
   */
  | { kind: 'needs-permission'; tabId: number; site: string | null }
  /** The browser lets no extension read this page. */
  | { kind: 'restricted'; tabId: number; detail: string }
  | { kind: 'not-article'; tabId: number; title: string }
  /** An article off the story: checked only when the reader asks ("Check it anyway"). */
  | { kind: 'off-topic'; tabId: number; title: string; outlet: string | null }
  | { kind: 'error'; tabId: number | null; message: string };

export type TabCheckEvent =
  /** The panel now follows this tab (activated, pinned, or named by a check request). */
  | { type: 'follow'; tabId: number }
  /** The followed tab loaded another page: what the panel shows is about a page that is gone. */
  | { type: 'page-loaded'; tabId: number }
  | { type: 'read-started'; tabId: number }
  /**
   * The page was read; `forced`: the reader asked to check it even if off the story; `site`: the site last read in
   * this tab and not yet allowed (see the needs-permission state).
   */
  | { type: 'read'; tabId: number; reading: TabReading; forced: boolean; site?: string | null }
  /** Check the shown article again (the corpus changed): a result stays in place, a running check starts over. */
  | { type: 'recheck' }
  | { type: 'claim'; progress: ClaimProgress }
  | { type: 'checked'; result: CheckResult }
  | { type: 'failed'; message: string };

/** How one event moves the panel. Pure: the same state and event always give the same next state. */
export function transition(state: TabCheckState, event: TabCheckEvent): TabCheckState {
  switch (event.type) {
    case 'follow':
      return state.tabId === event.tabId ? state : { kind: 'idle', tabId: event.tabId };
    case 'page-loaded':
      return state.tabId === event.tabId ? { kind: 'idle', tabId: event.tabId } : state;
    case 'read-started':
      return { kind: 'reading', tabId: event.tabId };
    case 'read':
      return afterReading(event.tabId, event.reading, event.forced, event.site ?? null);
    case 'recheck':
      return state.kind === 'checking' ? { ...state, claims: [], done: 0, total: null } : state;
    case 'claim': {
      if (state.kind !== 'checking') return state;
      const { claim, done, total } = event.progress;
      return { ...state, claims: [...state.claims, claim], done, total };
    }
    case 'checked':
      return state.kind === 'checking' || state.kind === 'result'
        ? { kind: 'result', tabId: state.tabId, article: state.article, result: event.result }
        : state;
    case 'failed':
      return { kind: 'error', tabId: state.tabId, message: event.message };
  }
}

function afterReading(tabId: number, reading: TabReading, forced: boolean, site: string | null): TabCheckState {
  switch (reading.kind) {
    case 'needs-permission':
      return { kind: 'needs-permission', tabId, site };
    case 'restricted':
      return { kind: 'restricted', tabId, detail: reading.detail };
    case 'error':
      return { kind: 'error', tabId, message: reading.message };
    case 'page': {
      const report = reading.report;
      if (report.kind === 'not-article') return { kind: 'not-article', tabId, title: report.title };
      if (!report.topic && !forced) return { kind: 'off-topic', tabId, title: report.article.title, outlet: report.article.outlet };
      return { kind: 'checking', tabId, article: report.article, claims: [], done: 0, total: null };
    }
  }
}

/** A browser event as the panel uses it (`browser.tabs.onActivated`, or fakeBrowser's). */
interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** The slice of `browser.tabs` the panel follows tabs with. */
export interface TabsApi {
  query(query: { active: true; currentWindow: true }): Promise<Array<{ id?: number; windowId?: number }>>;
  onActivated: BrowserEvent<(info: { tabId: number; windowId: number }) => void>;
  onUpdated: BrowserEvent<(tabId: number, change: { status?: string }) => void>;
}

export interface TabCheckDeps {
  /** The tab of a popped-out panel (`?tab=`): followed alone; null follows the window's active tab. */
  pinnedTab: number | null;
  tabs: TabsApi;
  /** The toolbar button, shortcut or menu asked to check a tab (the extension's `checkRequested` message). */
  onCheckRequested(listener: (tabId: number) => void): () => void;
  /** Reads a tab's article (`readTab`). */
  readTab(tabId: number): Promise<TabReading>;
  /** Streams a check in the worker (`CheckClient.check`): null when aborted. */
  check(article: Article, onClaim: (progress: ClaimProgress) => void, signal: AbortSignal): Promise<CheckResult | null>;
  /** Runs `run` after `ms` and returns a cancel (`setTimeout`). */
  schedule(run: () => void, ms: number): () => void;
  /** The browser's site permissions (`lib/extension/site-access.ts`); without it no site is offered. */
  siteAccess?: SiteAccessApi;
}

/** The slice of site permissions the panel needs: whether a site is allowed, and word when the reader allows one. */
export interface SiteAccessApi {
  has(site: string): Promise<boolean>;
  onGranted(listener: () => void): () => void;
}

export interface TabCheck {
  state(): TabCheckState;
  /** Called after every change of state. */
  subscribe(listener: () => void): () => void;
  /** Check the off-topic page of the followed tab anyway (until that tab loads another page). */
  checkAnyway(): void;
  retry(): void;
  /** The worker's corpus changed (a save, delete, import or correction): check the shown article again, in place. */
  corpusChanged(): void;
  dispose(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts following tabs and checking their pages. */
export function createTabCheck(deps: TabCheckDeps): TabCheck {
  let state: TabCheckState = { kind: 'idle', tabId: deps.pinnedTab };
  const listeners = new Set<() => void>();
  /** Counts reads and checks: an answer for an older one is dropped. */
  let run = 0;
  let running: AbortController | null = null;
  let pendingRead: (() => void) | null = null;
  /** Tab whose off-topic page the reader chose to check anyway, until it loads another page. */
  let forcedTab: number | null = null;
  let windowId: number | undefined;
  let disposed = false;
  /** The site of the page last read in each tab: what "Allow on <site>" offers when the next page cannot be read. */
  const sites = new Map<number, string>();

  const dispatch = (event: TabCheckEvent) => {
    const next = transition(state, event);
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener());
  };

  /** Drops whatever is under way: the pending read, and the worker's check (cancelled at its next claim). */
  function stop(): number {
    pendingRead?.();
    pendingRead = null;
    running?.abort();
    running = null;
    return ++run;
  }

  /** Reads the tab once things settle, then checks its article. */
  function scheduleRead(tabId: number): void {
    stop();
    pendingRead = deps.schedule(() => {
      pendingRead = null;
      void read(tabId);
    }, RECHECK_DEBOUNCE_MS);
  }

  async function read(tabId: number): Promise<void> {
    const token = stop();
    dispatch({ type: 'read-started', tabId });
    const reading = await deps.readTab(tabId);
    if (token !== run) return;
    if (reading.kind === 'page') {
      const report = reading.report;
      const site = sitePattern(report.kind === 'article' ? report.article.url : report.url);
      if (site) sites.set(tabId, site);
      else sites.delete(tabId);
    }
    const site = reading.kind === 'needs-permission' ? await siteToOffer(tabId) : null;
    if (token !== run) return;
    dispatch({ type: 'read', tabId, reading, forced: forcedTab === tabId, site });
    if (state.kind === 'checking') await check(token, state.article);
  }

  /**
   * The tab's last read site, unless it is allowed already: then the unreadable page is on another site, one the
   * extension does not know (it learns a page's address only by reading it).
   */
  async function siteToOffer(tabId: number): Promise<string | null> {
    const site = sites.get(tabId);
    if (!site || !deps.siteAccess) return null;
    try {
      return (await deps.siteAccess.has(site)) ? null : site;
    } catch {
      return null;
    }
  }

  async function check(token: number, article: Article): Promise<void> {
    const controller = (running = new AbortController());
    try {
      const result = await deps.check(article, (progress) => token === run && dispatch({ type: 'claim', progress }), controller.signal);
      if (token === run && result) dispatch({ type: 'checked', result });
    } catch (error) {
      if (token === run) dispatch({ type: 'failed', message: messageOf(error) });
    } finally {
      if (running === controller) running = null;
    }
  }

  function follow(tabId: number): void {
    dispatch({ type: 'follow', tabId });
    scheduleRead(tabId);
  }

  const activated = (info: { tabId: number; windowId: number }) => {
    if (windowId !== undefined && info.windowId !== windowId) return;
    if (info.tabId !== state.tabId) follow(info.tabId);
  };
  const updated = (tabId: number, change: { status?: string }) => {
    if (tabId !== state.tabId || change.status !== 'complete') return;
    if (forcedTab === tabId) forcedTab = null;
    dispatch({ type: 'page-loaded', tabId });
    scheduleRead(tabId);
  };
  const stopRequests = deps.onCheckRequested((tabId) => {
    if (deps.pinnedTab !== null && tabId !== deps.pinnedTab) return;
    follow(tabId);
  });
  deps.tabs.onUpdated.addListener(updated);
  // The reader allowed a site (the panel's button, Chrome's toolbar request, the browser's settings): read again.
  const stopGrants = deps.siteAccess?.onGranted(() => {
    if (state.kind === 'needs-permission') scheduleRead(state.tabId);
  });

  if (deps.pinnedTab !== null) scheduleRead(deps.pinnedTab);
  else {
    deps.tabs.onActivated.addListener(activated);
    void deps.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (disposed || !tab) return;
      windowId = tab.windowId;
      if (tab.id !== undefined && state.tabId === null) follow(tab.id);
    });
  }

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    checkAnyway() {
      if (state.tabId === null) return;
      forcedTab = state.tabId;
      scheduleRead(state.tabId);
    },
    retry() {
      if (state.tabId !== null) scheduleRead(state.tabId);
    },
    corpusChanged() {
      if (state.kind !== 'result' && state.kind !== 'checking') return;
      const token = stop();
      dispatch({ type: 'recheck' });
      void check(token, state.article);
    },
    dispose() {
      disposed = true;
      stop();
      stopRequests();
      stopGrants?.();
      deps.tabs.onUpdated.removeListener(updated);
      deps.tabs.onActivated.removeListener(activated);
    },
  };
}
