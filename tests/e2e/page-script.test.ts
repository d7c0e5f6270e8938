/**
 * Issue 15, items 2 and 3, in Chromium: what a page's own script can do to Crosscheck and learn from it. The article
 * page here carries a watcher script that does what a hostile page can: it keeps sending WXT's "content script
 * started" stop signal (as a DOM event and a window message, under every name WXT could use), re-sends every message
 * it hears, makes up pointer moves over the highlights, and records every window message, every event of those
 * names, every change to its DOM and everything in its `CSS.highlights` registry (names, texts, painted colours).
 * docs/privacy.md states what a page can and cannot learn; these tests are its proof.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed004Page } from './fixtures';
import { launchChromium, type ExtensionBrowser } from './launch-chromium';
import { highlightSizes } from './page-highlights';
import { PageWorlds } from './page-worlds';
import { PanelPage } from './panel-page';
import { serve } from './server';

/** How long the watcher keeps attacking before the panel is asked again: dozens of stop signals. */
const ATTACK_MS = 1500;
/** How long a made-up pointer is given to (wrongly) reach the panel: ten times the reader's pointer sampling. */
const POINTER_WAIT_MS = 1200;

/** The watcher: runs in the page's main world from the first byte, before the extension can be there. */
const WATCHER = `<script>
(() => {
  const ext = new URLSearchParams(location.search).get('ext') ?? '';
  // Every name WXT's content-script context could use (its entrypoint was "content"; a renamed one would be "page-reader").
  const stopSignals = ['content', 'page-reader'].map((entry) => ext + ':' + entry + ':wxt:content-script-started');
  const seen = { messages: [], events: [], mutations: 0, changes: [], sheets: [], highlights: {}, colours: {}, attacks: 0, madeUpMoves: 0 };
  let mine = false;
  addEventListener('message', (event) => {
    if (event.source === window && event.data && event.data.fromPage) return;
    seen.messages.push(JSON.stringify(event.data) ?? String(event.data));
    // Re-sends what it heard, as a DOM event of the same type (how WXT's context is stopped).
    const type = event.data && event.data.type;
    if (typeof type === 'string') { mine = true; document.dispatchEvent(new CustomEvent(type, { detail: event.data })); mine = false; }
  });
  for (const type of stopSignals) for (const target of [window, document]) {
    target.addEventListener(type, () => { if (!mine) seen.events.push(type); }, true);
  }
  setInterval(() => {
    mine = true;
    for (const type of stopSignals) for (const contentScriptName of ['content', 'page-reader']) {
      const detail = { contentScriptName, messageId: 'page' + seen.attacks };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, contentScriptName, messageId: detail.messageId, fromPage: true }, '*');
    }
    mine = false;
    seen.attacks++;
  }, 25);
  // From the end of parsing on (the parser's own insertions are no change to the page).
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      seen.mutations += records.length;
      for (const record of records.slice(0, 5 - seen.changes.length)) seen.changes.push(record.type + ' ' + (record.target.nodeName || '') + ' ' + (record.attributeName || '') + ' +' + record.addedNodes.length + ' ' + [...record.addedNodes].map((n) => n.nodeName + ':' + (n.textContent || '').slice(0, 40)).join(','));
    })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  setInterval(() => {
    const sheets = document.styleSheets.length + '+' + document.adoptedStyleSheets.length;
    if (!seen.sheets.includes(sheets)) seen.sheets.push(sheets);
    for (const [name, highlight] of CSS.highlights) {
      const texts = (seen.highlights[name] ??= []);
      for (const range of highlight) {
        const text = range.toString();
        if (!texts.includes(text)) texts.push(text);
        const box = range.getClientRects()[0];
        if (box && box.bottom > 0 && box.top < innerHeight) {
          seen.madeUpMoves++;
          const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true };
          (document.elementFromPoint(at.clientX, at.clientY) ?? document.body).dispatchEvent(new MouseEvent('mousemove', at));
        }
      }
      try { seen.colours[name] = getComputedStyle(document.body, '::highlight(' + name + ')').backgroundColor; } catch (error) { seen.colours[name] = 'error: ' + error.message; }
    }
  }, 50);
  window.__watcher = () => ({ ...seen, registry: [...CSS.highlights.keys()] });
})();
</script>`;

/** What the watcher recorded. */
interface Watched {
  messages: string[];
  events: string[];
  mutations: number;
  /** The first changes to the DOM, described. */
  changes: string[];
  /** Every count of style sheets the page saw: its own and adopted ones (`document.styleSheets`, `adoptedStyleSheets`). */
  sheets: string[];
  /** Every highlight name the page ever saw, with the texts of its ranges. */
  highlights: Record<string, string[]>;
  /** `getComputedStyle(body, '::highlight(name)').backgroundColor`, per name. */
  colours: Record<string, string>;
  attacks: number;
  madeUpMoves: number;
  /** The names in the registry now. */
  registry: string[];
}

describe('what a page’s own script can do to Crosscheck and learn from it (issue 15, items 2 and 3)', () => {
  let browser: ExtensionBrowser;
  let origin: string;
  let stop: () => void;
  let page: Page;
  let panel: PanelPage;
  let worlds: PageWorlds;
  let htmlBefore: string;

  const watched = () => worlds.evaluate<Watched>('window.__watcher()');
  /** The page reader's names, from the extension's isolated world (test builds keep them there). */
  const readerNames = async () => {
    const isolated = worlds.list().find((world) => world.type === 'isolated' && world.name === 'Crosscheck');
    return isolated ? worlds.evaluate<Record<string, string> | null>('globalThis.crosscheckE2eHighlightNames ?? null', isolated) : null;
  };
  const html = () => worlds.evaluate<string>('document.documentElement.outerHTML');
  /** The page's scroll position once it stops changing. */
  const settledScroll = async () => {
    for (let last = NaN; ;) {
      const now = await worlds.evaluate<number>('scrollY');
      if (now === last) return now;
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  };

  beforeAll(async () => {
    const served = await serve({ '/watcher': seed004Page().replace('<head>', `<head>\n${WATCHER}`) });
    origin = served.origin;
    stop = () => served.server.close();
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${origin}/watcher?ext=${browser.extensionId}`);
    worlds = await PageWorlds.attach(browser.context, page);
    htmlBefore = await html();
    panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page));
  });

  afterAll(async () => {
    await worlds?.detach();
    await browser?.close();
    stop?.();
  });

  it('cannot stop the check: a page that keeps sending WXT’s stop signal still gets checked, and checked again', async () => {
    expect(await panel.outcome()).toBe('result');
    await expect.poll(async () => (await highlightSizes(page)).unverified + (await highlightSizes(page)).contradicted).toBeGreaterThan(0);
    const names = await readerNames();
    expect(names).not.toBeNull();
    const attacksBefore = (await watched()).attacks;
    await new Promise((resolve) => setTimeout(resolve, ATTACK_MS));
    expect((await watched()).attacks - attacksBefore).toBeGreaterThan(20);
    // Asked again (a reopened panel reads the tab afresh): the same reader answers — it was never stopped, so
    // nothing was injected again — and the page is checked.
    await panel.page.reload();
    expect(await panel.outcome()).toBe('result');
    expect(await readerNames()).toEqual(names);
    await expect.poll(async () => (await highlightSizes(page)).unverified).toBeGreaterThan(0);
  });

  it('hears nothing from the extension: no window message, no event of WXT’s names, no change to its DOM', async () => {
    const seen = await watched();
    expect(seen.messages).toEqual([]);
    expect(seen.events).toEqual([]);
    expect(seen.changes).toEqual([]);
    expect(seen.mutations).toBe(0);
    expect((await html()) === htmlBefore).toBe(true);
    // The highlights' paint rules are the extension's (scripting.insertCSS): the page's own <style> is all it lists.
    expect(seen.sheets).toEqual(['1+0']);
  });

  it('sees highlight names that say nothing: random letters, never the extension’s name or id', async () => {
    const seen = await watched();
    const names = Object.keys(seen.highlights);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]{12}$/);
      expect(name).not.toMatch(/crosscheck|unverified|contradicted|flash/i);
    }
    expect(JSON.stringify(seen)).not.toContain(browser.extensionId);
  });

  it('can read the text of the highlighted claims while highlights are on (the trade-off docs/privacy.md states)', async () => {
    const seen = await watched();
    const highlighted = Object.values(seen.highlights).flat();
    const marked = await panel.page
      .locator('li.claim.is-unverified .claim-sentence, li.claim.is-contradicted .claim-sentence')
      .allInnerTexts();
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(highlighted.length).toBe(marked.length);
    for (const text of highlighted) expect(marked.map(squash)).toContain(squash(text));
    // And the paint of each name (getComputedStyle of a ::highlight() pseudo-element): so it can tell which names
    // hold unverified and which contradicted claims, by their colours.
    console.log('[e2e] page-visible highlight names and colours:', seen.colours);
    expect(Object.values(seen.colours)).toContain('rgba(250, 204, 21, 0.38)');
  });

  it('cannot steer the panel with pointer moves it makes up; the reader’s own pointer does', async () => {
    // The first highlighted claim in view, so that the watcher makes up moves over it.
    const box = await worlds.evaluate<{ x: number; y: number } | null>(`(() => {
      for (const [, highlight] of CSS.highlights) for (const range of highlight) {
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0];
        return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
      }
      return null;
    })()`);
    expect(box).not.toBeNull();
    const movesBefore = (await watched()).madeUpMoves;
    await new Promise((resolve) => setTimeout(resolve, POINTER_WAIT_MS));
    expect((await watched()).madeUpMoves - movesBefore).toBeGreaterThan(5);
    expect(await panel.page.locator('li.claim.is-pointed').count()).toBe(0);
    await page.bringToFront();
    await page.mouse.move(box!.x - 5, box!.y);
    await page.mouse.move(box!.x, box!.y, { steps: 4 });
    await expect.poll(() => panel.page.locator('li.claim.is-pointed').count()).toBe(1);
  });

  it('sees which claim the reader opens: one more highlight, of that claim, for a moment (stated in docs/privacy.md)', async () => {
    const before = new Set((await watched()).registry);
    const claim = panel.page.locator('li.claim.is-unverified').first();
    const sentence = (await claim.locator('.claim-sentence').innerText()).replace(/\s+/g, ' ').trim();
    await claim.locator('.claim-text').click();
    // The flash lasts 1.6 s: read the registry once, in the poll that sees it, not again after.
    let seen = await watched();
    await expect
      .poll(
        async () => {
          seen = await watched();
          // The registry is read live; a name's texts once the watcher's 50 ms round has read them.
          return seen.registry.filter((name) => !before.has(name) && seen.highlights[name] !== undefined).length;
        },
        { interval: 50 },
      )
      .toBe(1);
    const flash = seen.registry.find((name) => !before.has(name))!;
    expect(seen.highlights[flash]!.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([sentence]);
    expect(flash).toMatch(/^[a-z]{12}$/);
  });

  it('sees nothing in its registry once the reader switches highlights off, nor where the reader goes in the panel', async () => {
    await panel.page.getByRole('switch', { name: 'Highlight claims on the page' }).uncheck();
    await expect.poll(async () => (await watched()).registry).toEqual([]);
    // Opening a claim now neither flashes nor scrolls the page (once the last flash's smooth scroll has ended).
    const scrolled = await settledScroll();
    await panel.page.locator('li.claim.is-unverified .claim-text[aria-expanded="false"]').last().click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await watched()).registry).toEqual([]);
    expect(await worlds.evaluate<number>('scrollY')).toBe(scrolled);
    await panel.page.getByRole('switch', { name: 'Highlight claims on the page' }).check();
    await expect.poll(async () => (await watched()).registry.length).toBeGreaterThan(0);
  });

  it('gets new names on every page load, so names tell nothing across pages or visits', async () => {
    const first = await readerNames();
    await page.reload();
    await worlds.detach();
    worlds = await PageWorlds.attach(browser.context, page);
    expect((await watched()).registry).toEqual([]);
    await panel.page.close();
    panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page));
    expect(await panel.outcome()).toBe('result');
    await expect.poll(async () => (await watched()).registry.length).toBeGreaterThan(0);
    const second = await readerNames();
    expect(second).not.toBeNull();
    for (const kind of ['unverified', 'contradicted', 'flash']) expect(second![kind]).not.toBe(first![kind]);
    const seen = await watched();
    expect(seen.messages).toEqual([]);
    expect(seen.events).toEqual([]);
  });
});
