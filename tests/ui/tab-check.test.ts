import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ClaimProgress } from '../../lib/create-checker';
import type { TabReading } from '../../lib/extension/read-tab';
import { createTabCheck, RECHECK_DEBOUNCE_MS, transition, type SiteAccessApi, type TabCheckState } from '../../lib/panel-state/tab-check';
import type { Article, CheckResult, Claim } from '../../lib/types';

const article = (title: string): Article => ({
  title,
  outlet: 'The Ledger',
  byline: null,
  publishedTime: null,
  url: `https://ledger.example/${encodeURIComponent(title)}`,
  canonicalUrl: null,
  lang: 'en',
  paragraphs: [`${title}.`],
});
const probe = { readerable: true, readerableMs: 1, topicMs: 1 };
const onTopic = (title: string): TabReading => ({ kind: 'page', report: { kind: 'article', article: article(title), topic: true, probe } });
const offTopic = (title: string): TabReading => ({
  kind: 'page',
  report: { kind: 'article', article: article(title), topic: false, probe },
});
const claim = (index: number): Claim => ({
  text: `Claim ${index}.`,
  index,
  unverified: true,
  contradicted: false,
  verdicts: [],
  sources: [],
  attribution: { source: null, hedges: [] },
});
const resultOf = (title: string, claims: Claim[]): CheckResult => ({
  title,
  outlet: 'The Ledger',
  url: null,
  isTopic: true,
  selfMatch: null,
  copies: [],
  claims,
  corpus: { bundled: 5, saved: 0, outlets: [] },
  truncated: null,
});

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The machine over fakeBrowser's tabs, with a page reader, a worker and a timer the test drives. */
function harness(pinnedTab: number | null = null, siteAccess?: SiteAccessApi) {
  const reads: Array<{ tabId: number; answer: ReturnType<typeof deferred<TabReading>> }> = [];
  const checks: Array<{
    article: Article;
    onClaim(p: ClaimProgress): void;
    signal: AbortSignal;
    answer: ReturnType<typeof deferred<CheckResult | null>>;
  }> = [];
  const timers = new Set<{ run(): void; ms: number }>();
  let requested: ((tabId: number) => void) | null = null;
  const machine = createTabCheck({
    pinnedTab,
    tabs: fakeBrowser.tabs,
    onCheckRequested: (listener) => {
      requested = listener;
      return () => (requested = null);
    },
    readTab: (tabId) => {
      const answer = deferred<TabReading>();
      reads.push({ tabId, answer });
      return answer.promise;
    },
    check: (article, onClaim, signal) => {
      const answer = deferred<CheckResult | null>();
      signal.addEventListener('abort', () => answer.resolve(null));
      checks.push({ article, onClaim, signal, answer });
      return answer.promise;
    },
    schedule: (run, ms) => {
      const timer = { run, ms };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    siteAccess,
  });
  const states: TabCheckState[] = [];
  machine.subscribe(() => states.push(machine.state()));
  return {
    machine,
    reads,
    checks,
    states,
    /** Fires the debounce timers due now, as the browser would after RECHECK_DEBOUNCE_MS. */
    async elapse() {
      const due = [...timers];
      timers.clear();
      for (const timer of due) {
        expect(timer.ms).toBe(RECHECK_DEBOUNCE_MS);
        timer.run();
      }
      await settle();
    },
    pending: () => timers.size,
    request: (tabId: number) => requested?.(tabId),
  };
}

/**
 * A focused window with two tabs, the second active. fakeBrowser can activate a tab only by duplicating one, and its
 * duplicate is then missing from `tabs.query`: so `query` answers from its own tab list, with the second tab active.
 */
async function twoTabs() {
  const window = await fakeBrowser.windows.create({ focused: true });
  const first = await fakeBrowser.tabs.create({ url: 'https://ledger.example/a', windowId: window.id });
  const second = await fakeBrowser.tabs.create({ url: 'https://ledger.example/b', windowId: window.id });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (query) => (query.active ? [{ ...second, active: true }] : [first, second]));
  return { windowId: window.id!, first: first.id!, second: second.id! };
}

describe('the tab-check transitions', () => {
  const checking: TabCheckState = { kind: 'checking', tabId: 1, article: article('A'), claims: [], done: 0, total: null };

  it('turns a read page into a check, unless it is off the story and the reader did not insist', () => {
    const reading: TabCheckState = { kind: 'reading', tabId: 1 };
    expect(transition(reading, { type: 'read', tabId: 1, reading: onTopic('A'), forced: false })).toEqual(checking);
    expect(transition(reading, { type: 'read', tabId: 1, reading: offTopic('B'), forced: false })).toEqual({
      kind: 'off-topic',
      tabId: 1,
      title: 'B',
      outlet: 'The Ledger',
    });
    expect(transition(reading, { type: 'read', tabId: 1, reading: offTopic('B'), forced: true }).kind).toBe('checking');
  });

  it('names every page it cannot check', () => {
    const reading: TabCheckState = { kind: 'reading', tabId: 3 };
    const read = (r: TabReading) => transition(reading, { type: 'read', tabId: 3, reading: r, forced: false });
    expect(read({ kind: 'needs-permission' })).toEqual({ kind: 'needs-permission', tabId: 3, site: null });
    expect(read({ kind: 'restricted', detail: 'chrome:// URL' })).toEqual({ kind: 'restricted', tabId: 3, detail: 'chrome:// URL' });
    expect(read({ kind: 'error', message: 'gone' })).toEqual({ kind: 'error', tabId: 3, message: 'gone' });
    expect(read({ kind: 'page', report: { kind: 'not-article', title: 'Sign in', url: 'x', probe } })).toEqual({
      kind: 'not-article',
      tabId: 3,
      title: 'Sign in',
    });
  });

  it('collects streamed claims with their progress, and ends in the result of the same article', () => {
    const one = transition(checking, { type: 'claim', progress: { claim: claim(0), done: 1, total: 3 } });
    const two = transition(one, { type: 'claim', progress: { claim: claim(1), done: 2, total: 3 } });
    expect(two).toMatchObject({ kind: 'checking', done: 2, total: 3, claims: [claim(0), claim(1)] });
    const result = resultOf('A', [claim(0), claim(1), claim(2)]);
    expect(transition(two, { type: 'checked', result })).toEqual({ kind: 'result', tabId: 1, article: article('A'), result });
  });

  it('keeps a shown result in place while it is checked again, and restarts a running check', () => {
    const shown: TabCheckState = { kind: 'result', tabId: 1, article: article('A'), result: resultOf('A', [claim(0)]) };
    expect(transition(shown, { type: 'recheck' })).toBe(shown);
    expect(transition(shown, { type: 'claim', progress: { claim: claim(5), done: 1, total: 9 } })).toBe(shown);
    const halfway = transition(checking, { type: 'claim', progress: { claim: claim(0), done: 1, total: 2 } });
    expect(transition(halfway, { type: 'recheck' })).toEqual(checking);
  });

  it('forgets what it showed when the followed tab loads another page, and only then', () => {
    const shown: TabCheckState = { kind: 'result', tabId: 1, article: article('A'), result: resultOf('A', []) };
    expect(transition(shown, { type: 'page-loaded', tabId: 1 })).toEqual({ kind: 'idle', tabId: 1 });
    expect(transition(shown, { type: 'page-loaded', tabId: 2 })).toBe(shown);
  });

  it('stays put when told to follow the tab it follows, and starts over for another', () => {
    const shown: TabCheckState = { kind: 'result', tabId: 1, article: article('A'), result: resultOf('A', []) };
    expect(transition(shown, { type: 'follow', tabId: 1 })).toBe(shown);
    expect(transition(shown, { type: 'follow', tabId: 2 })).toEqual({ kind: 'idle', tabId: 2 });
  });

  it('drops a late result when the panel has moved on to reading another page', () => {
    const reading: TabCheckState = { kind: 'reading', tabId: 2 };
    expect(transition(reading, { type: 'checked', result: resultOf('A', []) })).toBe(reading);
  });
});

describe('the tab-check machine on fakeBrowser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the active tab of its window: reads it once things settle, then streams its check to a result', async () => {
    const { second } = await twoTabs();
    const t = harness();
    await settle();
    expect(t.machine.state()).toEqual({ kind: 'idle', tabId: second });
    expect(t.reads).toHaveLength(0);
    await t.elapse();
    expect(t.reads.map((r) => r.tabId)).toEqual([second]);
    expect(t.machine.state()).toEqual({ kind: 'reading', tabId: second });
    t.reads[0]!.answer.resolve(onTopic('A'));
    await settle();
    expect(t.checks).toHaveLength(1);
    t.checks[0]!.onClaim({ claim: claim(0), done: 1, total: 2 });
    expect(t.machine.state()).toMatchObject({ kind: 'checking', done: 1, total: 2, claims: [claim(0)] });
    const result = resultOf('A', [claim(0), claim(1)]);
    t.checks[0]!.answer.resolve(result);
    await settle();
    expect(t.machine.state()).toEqual({ kind: 'result', tabId: second, article: article('A'), result });
    expect(t.states.map((s) => s.kind)).toEqual(['idle', 'reading', 'checking', 'checking', 'result']);
  });

  it('cancels the running check the moment the reader switches tab, and checks the new one', async () => {
    const { windowId, first, second } = await twoTabs();
    const t = harness();
    await settle();
    await t.elapse();
    t.reads[0]!.answer.resolve(onTopic('A'));
    await settle();
    t.checks[0]!.onClaim({ claim: claim(0), done: 1, total: 40 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: first, windowId });
    expect(t.checks[0]!.signal.aborted).toBe(true);
    expect(t.machine.state()).toEqual({ kind: 'idle', tabId: first });
    // A claim the worker had already sent does not reach the new tab's panel.
    t.checks[0]!.onClaim({ claim: claim(1), done: 2, total: 40 });
    expect(t.machine.state()).toEqual({ kind: 'idle', tabId: first });
    await t.elapse();
    expect(t.reads.map((r) => r.tabId)).toEqual([second, first]);
  });

  it('ignores tabs activated in another window', async () => {
    const { second } = await twoTabs();
    const other = await fakeBrowser.windows.create({});
    const t = harness();
    await settle();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: other.id! });
    expect(t.machine.state()).toEqual({ kind: 'idle', tabId: second });
  });

  it('cancels and checks again when the followed tab loads a new page, not when another tab does', async () => {
    const { first, second } = await twoTabs();
    const t = harness();
    await settle();
    await t.elapse();
    t.reads[0]!.answer.resolve(onTopic('A'));
    await settle();
    await fakeBrowser.tabs.update(first, { url: 'https://ledger.example/b' });
    await fakeBrowser.tabs.onUpdated.trigger(first, { status: 'complete' }, (await fakeBrowser.tabs.get(first))!);
    expect(t.checks[0]!.signal.aborted).toBe(false);
    await fakeBrowser.tabs.onUpdated.trigger(second, { status: 'complete' }, (await fakeBrowser.tabs.get(second))!);
    expect(t.checks[0]!.signal.aborted).toBe(true);
    // The streamed claims were about the page that is gone.
    expect(t.machine.state()).toEqual({ kind: 'idle', tabId: second });
    await t.elapse();
    expect(t.reads.map((r) => r.tabId)).toEqual([second, second]);
  });

  it('drops a page read that a newer read overtook', async () => {
    const { second } = await twoTabs();
    const t = harness();
    await settle();
    await t.elapse();
    t.machine.retry();
    await t.elapse();
    t.reads[1]!.answer.resolve(onTopic('New'));
    await settle();
    t.reads[0]!.answer.resolve(onTopic('Old'));
    await settle();
    expect(t.checks.map((c) => c.article.title)).toEqual(['New']);
    expect(t.machine.state()).toMatchObject({ kind: 'checking', tabId: second, article: { title: 'New' } });
  });

  it('checks an off-topic page when the reader asks, until the tab loads another page', async () => {
    const { second } = await twoTabs();
    const t = harness();
    await settle();
    await t.elapse();
    t.reads[0]!.answer.resolve(offTopic('Budget laptops'));
    await settle();
    expect(t.machine.state().kind).toBe('off-topic');
    expect(t.checks).toHaveLength(0);
    t.machine.checkAnyway();
    await t.elapse();
    t.reads[1]!.answer.resolve(offTopic('Budget laptops'));
    await settle();
    expect(t.machine.state().kind).toBe('checking');
    await fakeBrowser.tabs.onUpdated.trigger(second, { status: 'complete' }, (await fakeBrowser.tabs.get(second))!);
    await t.elapse();
    t.reads[2]!.answer.resolve(offTopic('Budget laptops'));
    await settle();
    expect(t.machine.state().kind).toBe('off-topic');
  });

  it('follows only its own tab when pinned, and any tab the reader asks to check otherwise', async () => {
    await twoTabs();
    const pinned = harness(7);
    expect(pinned.machine.state()).toEqual({ kind: 'idle', tabId: 7 });
    await pinned.elapse();
    pinned.request(8);
    expect(pinned.machine.state()).toMatchObject({ kind: 'reading', tabId: 7 });
    expect(pinned.pending()).toBe(0);
    pinned.request(7);
    await pinned.elapse();
    expect(pinned.reads.map((r) => r.tabId)).toEqual([7, 7]);

    const following = harness();
    await settle();
    following.request(8);
    expect(following.machine.state()).toEqual({ kind: 'idle', tabId: 8 });
    await following.elapse();
    expect(following.reads.at(-1)!.tabId).toBe(8);
  });

  it('checks the shown result again in place when the corpus changes, with no reading or checking state', async () => {
    await twoTabs();
    const t = harness();
    await settle();
    await t.elapse();
    t.reads[0]!.answer.resolve(onTopic('A'));
    await settle();
    t.checks[0]!.answer.resolve(resultOf('A', [claim(0)]));
    await settle();
    const before = t.states.length;
    t.machine.corpusChanged();
    expect(t.checks).toHaveLength(2);
    expect(t.checks[1]!.article).toEqual(article('A'));
    t.checks[1]!.onClaim({ claim: claim(0), done: 1, total: 1 });
    const confirmed = { ...claim(0), unverified: false };
    t.checks[1]!.answer.resolve(resultOf('A', [confirmed]));
    await settle();
    expect(t.states.slice(before).map((s) => s.kind)).toEqual(['result']);
    expect(t.machine.state()).toMatchObject({ kind: 'result', result: { claims: [confirmed] } });
    expect(t.reads).toHaveLength(1);
  });

  it('says what went wrong when the check fails, and tries again on retry', async () => {
    await twoTabs();
    const t = harness();
    await settle();
    await t.elapse();
    t.reads[0]!.answer.resolve(onTopic('A'));
    await settle();
    t.checks[0]!.answer.reject(new Error('The checker stopped.'));
    await settle();
    expect(t.machine.state()).toMatchObject({ kind: 'error', message: 'The checker stopped.' });
    t.machine.retry();
    await t.elapse();
    expect(t.reads).toHaveLength(2);
    expect(t.machine.state().kind).toBe('reading');
  });

  it('lets go of the browser when disposed', async () => {
    const { windowId, first } = await twoTabs();
    const t = harness();
    await settle();
    t.machine.dispose();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: first, windowId });
    expect(t.pending()).toBe(0);
    expect(t.machine.state().tabId).not.toBe(first);
  });

  it('offers the site last read in the tab when its next page cannot be read, and reads again once a site is allowed', async () => {
    const { windowId, second } = await twoTabs();
    const granted = new Set<string>();
    let grant: (() => void) | null = null;
    const t = harness(null, {
      has: async (site) => granted.has(site),
      onGranted: (listener) => {
        grant = listener;
        return () => (grant = null);
      },
    });
    await settle();
    await t.elapse();
    t.reads[0]!.answer.resolve(onTopic('A'));
    await settle();
    t.checks[0]!.answer.resolve(resultOf('A', []));
    await settle();
    // The reader follows a link on the same site: the one-off grant of the click is gone with the page.
    await fakeBrowser.tabs.onUpdated.trigger(second, { status: 'complete' }, { id: second, windowId } as never);
    await t.elapse();
    t.reads[1]!.answer.resolve({ kind: 'needs-permission' });
    await settle();
    expect(t.machine.state()).toEqual({ kind: 'needs-permission', tabId: second, site: 'https://ledger.example/*' });
    // The reader allows it: the panel reads the page again, once things settle.
    granted.add('https://ledger.example/*');
    grant!();
    await t.elapse();
    expect(t.reads).toHaveLength(3);
    // Allowed, yet unreadable: the tab is on a site the panel has never read, so no site is offered.
    t.reads[2]!.answer.resolve({ kind: 'needs-permission' });
    await settle();
    expect(t.machine.state()).toEqual({ kind: 'needs-permission', tabId: second, site: null });
    // Disposed, it lets go of the browser's permission events.
    t.machine.dispose();
    expect(grant).toBeNull();
  });

  it('offers no site for a tab it has never read, or without a way to ask for permissions', async () => {
    await twoTabs();
    const t = harness(null, { has: async () => false, onGranted: () => () => undefined });
    await settle();
    await t.elapse();
    t.reads[0]!.answer.resolve({ kind: 'needs-permission' });
    await settle();
    expect(t.machine.state()).toMatchObject({ kind: 'needs-permission', site: null });

    const bare = harness();
    await settle();
    await bare.elapse();
    bare.reads[0]!.answer.resolve(onTopic('A'));
    await settle();
    bare.checks[0]!.answer.resolve(resultOf('A', []));
    await settle();
    bare.machine.retry();
    await bare.elapse();
    bare.reads[1]!.answer.resolve({ kind: 'needs-permission' });
    await settle();
    expect(bare.machine.state()).toMatchObject({ kind: 'needs-permission', site: null });
  });
});
