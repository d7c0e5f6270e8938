/**
 * Issue 7 in Chromium: the hostile pages of tests/robustness/fixtures, checked by the built extension. No payload
 * runs in any world of the page or in the panel, the page's DOM and layout stay as they were, the panel renders page
 * text as text, big pages end with a visible "only the first N claims" note, and the manifest keeps MV3's CSP.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePages, PWNED_FLAG } from '../robustness/fixtures/hostile-pages';
import { CHROME_BUILD, launchChromium, type ExtensionBrowser } from './launch-chromium';
import { PageWorlds } from './page-worlds';
import { PanelPage } from './panel-page';
import { serve } from './server';

const RESULTS = join(import.meta.dirname, '../../test-results');
mkdirSync(RESULTS, { recursive: true });
const OUTPUT = join(import.meta.dirname, '../../.output');

/**
 * How long a check of the biggest page may take, from the toolbar click to the result in the panel: the issue asks
 * for bounded time, not speed; 30 s is ten times what the real-pages suite allows a page, on two shared cores.
 */
const CHECK_DEADLINE_MS = 30_000;
/** How long highlights may take to reach the page once the panel shows the result (a message round trip). */
const HIGHLIGHT_WAIT_MS = 10_000;
/**
 * Claims with payloads expanded in the panel by default: one shows the evidence view renders a payload claim; each
 * expansion costs about a second (the page scrolls to the claim), so only the hand-written page expands each kind.
 */
const EXPANDED_PAYLOAD_CLAIMS = 1;

/** Page text that would be markup or a script address if anything turned it back into HTML. */
const PAYLOAD_TEXT = /[<>]|javascript:/;

/** Where the main world of a page stands: reference boxes in page coordinates, scroll extent, and the markup. */
interface Layout {
  heading: number[] | null;
  firstParagraph: number[] | null;
  lastParagraph: number[] | null;
  scrollHeight: number;
  scrollWidth: number;
  html: string;
}

// Evaluated through the DevTools protocol with plain loops and no built-in the page could have replaced
// (prototype-overrides.html sabotages Array.prototype.map, JSON.parse and getSelection and counts their calls).
const LAYOUT = `(() => {
  const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect(); return [r.x + scrollX, r.y + scrollY, r.width, r.height]; };
  const paragraphs = document.getElementsByTagName('p');
  return {
    heading: box(document.getElementsByTagName('h1')[0]),
    firstParagraph: box(paragraphs[0]),
    lastParagraph: box(paragraphs[paragraphs.length - 1]),
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    html: document.documentElement.outerHTML,
  };
})()`;

/** The payload flag and the sabotage counter, as one world sees them. */
const FLAGS = `({
  pwned: typeof globalThis.${PWNED_FLAG} === 'undefined' ? null : String(globalThis.${PWNED_FLAG}),
  sabotaged: typeof globalThis.__sabotaged_calls === 'number' ? globalThis.__sabotaged_calls : null,
})`;
interface Flags {
  pwned: string | null;
  sabotaged: number | null;
}

/**
 * Ranges the page's highlight registry holds, read from its main world (the registry is shared with content scripts;
 * the extension's names are random, and these pages have no highlights of their own). Plain loops: no built-in the
 * page could have replaced.
 */
const HIGHLIGHTED = `(() => { let n = 0; for (const [, highlight] of CSS.highlights) n += highlight.size; return n; })()`;

/** One hostile page, checked: its tab, the panel for it, and what was measured around the check. */
interface HostileRun {
  page: Page;
  panel: PanelPage;
  worlds: PageWorlds;
  /** The panel's first outcome: 'result', or 'off-topic' before "Check it anyway". */
  firstOutcome: string;
  /** Toolbar click to result in the panel, "Check it anyway" included. */
  checkMs: number;
  /** Claims the panel marks for highlighting and found on the page, and the ranges the page's highlights hold. */
  highlights: { expected: number; drawn: number };
  before: Layout;
  after: Layout;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Loads a hostile page, measures it, checks it from the toolbar, opens the panel for its tab, waits for the result
 * and the highlights, then uses the panel as a reader would (expands claims holding payloads, the matrix view)
 * before measuring the page again.
 */
async function checkHostile(
  browser: ExtensionBrowser,
  url: string,
  { screenshot, expand = EXPANDED_PAYLOAD_CLAIMS }: { screenshot?: string; expand?: number } = {},
): Promise<HostileRun> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(url);
  const worlds = await PageWorlds.attach(browser.context, page);
  const before = await worlds.evaluate<Layout>(LAYOUT);

  const started = performance.now();
  const panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page));
  const firstOutcome = await panel.outcome();
  if (firstOutcome === 'error') throw new Error(`the panel failed: ${await panel.page.locator('[data-state="error"]').innerText()}`);
  if (firstOutcome === 'off-topic') await panel.page.getByRole('button', { name: 'Check it anyway' }).click();
  await panel.page.locator('.page-header').waitFor({ timeout: CHECK_DEADLINE_MS });
  const checkMs = performance.now() - started;

  // Claims the panel asks the page to highlight, less those it reports missing from the page. The two agree once the
  // highlights are drawn and the panel has the report of what was missing (pages whose claims are all confirmed have none).
  const marked = panel.page.locator('li.claim.is-unverified:not(:has(.claim-note)), li.claim.is-contradicted:not(:has(.claim-note))');
  const highlights = await until(
    async () => ({ expected: await marked.count(), drawn: await worlds.evaluate<number>(HIGHLIGHTED) }),
    ({ expected, drawn }) => drawn === expected,
    HIGHLIGHT_WAIT_MS,
  );
  if (screenshot) await panel.page.screenshot({ path: join(RESULTS, screenshot), fullPage: true });

  const payloadClaims = panel.page.locator('li.claim').filter({ hasText: PAYLOAD_TEXT });
  const expandCount = Math.min(await payloadClaims.count(), expand);
  for (let i = 0; i < expandCount; i++) await panel.expand(payloadClaims.nth(i));
  const view = panel.page.getByRole('group', { name: 'View' });
  await view.getByRole('button', { name: 'Matrix' }).click();
  await panel.page.locator('table.matrix').waitFor();
  await view.getByRole('button', { name: 'List' }).click();

  const after = await worlds.evaluate<Layout>(LAYOUT);
  return { page, panel, worlds, firstOutcome, checkMs, highlights, before, after };
}

/** The flag in every world of the tab (each frame's main world, the extension's isolated world) and in every frame. */
async function pageFlags(run: HostileRun): Promise<Array<Flags & { world: string }>> {
  const flags: Array<Flags & { world: string }> = [];
  for (const world of run.worlds.list()) {
    flags.push({ world: `${world.type} world "${world.name}" of ${world.origin}`, ...(await run.worlds.evaluate<Flags>(FLAGS, world)) });
  }
  // Frames in another process (sandboxed ones may be) are outside the tab's own session.
  for (const frame of run.page.frames().slice(1)) {
    flags.push({ world: `frame ${frame.url()}`, ...(await frame.evaluate<Flags>(FLAGS)) });
  }
  return flags;
}

/**
 * Elements in the panel that page text could have become: event handlers, script addresses, and anything that loads
 * a URL other than a file the extension ships (the app's own script and stylesheet). A relative `src=x` resolves
 * into the extension's origin, so "own" means a file that exists in the build, not merely the origin.
 */
function foreignElements(panel: PanelPage, extensionId: string): Promise<string[]> {
  const shipped = filesUnder(CHROME_BUILD).map(
    (file) => `chrome-extension://${extensionId}/${relative(CHROME_BUILD, file).split(sep).join('/')}`,
  );
  return panel.page.evaluate((shipped) => {
    const loaders: Record<string, string[]> = {
      script: ['src', 'href', 'xlink:href'],
      img: ['src', 'srcset'],
      image: ['href', 'xlink:href'],
      iframe: ['src', 'srcdoc'],
      frame: ['src'],
      object: ['data'],
      embed: ['src'],
      video: ['src', 'poster'],
      audio: ['src'],
      source: ['src', 'srcset'],
      link: ['href'],
      use: ['href', 'xlink:href'],
    };
    const own = new Set(shipped);
    const problems: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.localName;
      const outline = () => element.outerHTML.slice(0, 120);
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute)) problems.push(`handler ${attribute}: ${outline()}`);
        if (
          /^(href|src|action|formaction|xlink:href)$/i.test(attribute) &&
          /^\s*javascript:/i.test(element.getAttribute(attribute) ?? '')
        ) {
          problems.push(`script address: ${outline()}`);
        }
      }
      if (['foreignobject', 'base', 'portal', 'math'].includes(tag.toLowerCase())) problems.push(`element: ${outline()}`);
      const urls = loaders[tag];
      if (!urls) continue;
      const values = urls.map((name) => element.getAttribute(name)).filter((value): value is string => value !== null);
      const ownOnly = values.length > 0 && values.every((value) => own.has(new URL(value, location.href).href));
      if (!ownOnly || (tag === 'script' && element.textContent !== '')) problems.push(`loader: ${outline()}`);
    }
    return problems;
  }, shipped);
}

/** Where a manifest's content security policy is weaker than MV3's default (`script-src 'self'; object-src 'self'`). */
function cspLoosening(manifest: { content_security_policy?: Record<string, string> }): string[] {
  const problems: string[] = [];
  for (const [key, policy] of Object.entries(manifest.content_security_policy ?? {})) {
    for (const directive of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const allowed = name === 'script-src' ? ["'self'"] : name === 'object-src' ? ["'self'", "'none'"] : null;
      if (allowed && sources.some((source) => !allowed.includes(source))) problems.push(`${key}: ${directive}`);
      if (/unsafe/i.test(directive)) problems.push(`${key}: ${directive}`);
    }
  }
  return problems;
}

/** Every file under a folder (absolute paths). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What one hostile page adds to the shared assertions. */
interface HostilePageOptions {
  /** The page's own assertions, on its run. */
  own?: (run: () => HostileRun) => void;
  /** File name in test-results/ for a full-page screenshot of the panel, taken once the highlights are drawn. */
  screenshot?: string;
  /** Claims holding payloads to expand in the panel (EXPANDED_PAYLOAD_CLAIMS unless given). */
  expand?: number;
  /** The page has unverified claims, so the layout is compared with highlights drawn (pages whose claims are all confirmed have none). */
  highlighted?: boolean;
}

describe('hostile pages in Chromium (issue 7)', () => {
  let browser: ExtensionBrowser;
  let origin: string;
  let stop: () => void;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    // Generated once: the big pages are megabytes of text.
    const served = await serve(hostilePages());
    origin = served.origin;
    stop = () => served.server.close();
    browser = await launchChromium();
  });

  afterAll(async () => {
    console.log('[e2e] hostile pages, toolbar click to result (ms):', timings);
    await browser?.close();
    stop?.();
  });

  it('ships manifests that keep MV3’s default content security policy and load no remote code', () => {
    const builds = readdirSync(OUTPUT)
      .filter((name) => name.startsWith('chrome-mv3'))
      .map((name) => join(OUTPUT, name));
    expect(builds).toContain(CHROME_BUILD);
    for (const build of builds) {
      const text = readFileSync(join(build, 'manifest.json'), 'utf8');
      const manifest = JSON.parse(text);
      expect(cspLoosening(manifest), build).toEqual([]);
      // Sandboxed pages may run eval under their own policy; the extension has none.
      expect(manifest.sandbox, build).toBeUndefined();
      expect(text, build).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-inline/);
      expect(text, build).not.toMatch(/\b(https?|wss?|ftp):\/\//);
      for (const file of filesUnder(build)) {
        if (file.endsWith('.html')) {
          const html = readFileSync(file, 'utf8');
          expect(
            [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]),
            file,
          ).toEqual([]);
          // Inline scripts would be blocked by the CSP anyway; the build must not rely on them.
          expect(html, file).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i);
        }
        if (file.endsWith('.js')) {
          const js = readFileSync(file, 'utf8');
          expect(js.match(/\b(importScripts|import)\s*\(\s*["'`](https?:)?\/\/[^"'`]*/g), file).toBeNull();
          expect(js.match(/\bfrom\s*["'`](https?:)?\/\/[^"'`]*/g), file).toBeNull();
        }
      }
    }
  });

  /**
   * The assertions every hostile page shares, plus the page's own. The run is made once per page (in order, one
   * page at a time) and its tab closed afterwards.
   */
  function hostilePage(name: string, { own, screenshot, expand, highlighted = false }: HostilePageOptions = {}) {
    describe(name, () => {
      let run: HostileRun;

      beforeAll(async () => {
        run = await checkHostile(browser, `${origin}/hostile/${name}.html`, { screenshot, expand });
        timings[name] = Math.round(run.checkMs);
      });

      afterAll(async () => {
        await run?.worlds.detach();
        await run?.panel.page.close();
        await run?.page.close();
      });

      it('is checked: the panel shows a result with claims, within the deadline', async () => {
        expect(await run.panel.count('claims')).toBeGreaterThan(0);
        expect(run.checkMs).toBeLessThan(CHECK_DEADLINE_MS);
      });

      it('runs no payload in any world of the page or in the panel', async () => {
        const flags = await pageFlags(run);
        // The extension's content script ran in its own isolated world; that world is among those read.
        expect(
          flags.some((flag) => flag.world.startsWith('isolated world "Crosscheck"')),
          flags.map((f) => f.world).join('\n'),
        ).toBe(true);
        expect(flags.filter((flag) => flag.pwned !== null)).toEqual([]);
        expect(await run.panel.page.evaluate((flag) => (globalThis as Record<string, unknown>)[flag] ?? null, PWNED_FLAG)).toBeNull();
      });

      it('highlights the claims it found without moving the layout or touching the DOM', () => {
        expect(run.highlights.drawn).toBe(run.highlights.expected);
        if (highlighted) expect(run.highlights.drawn).toBeGreaterThan(0);
        const { html: htmlBefore, ...layoutBefore } = run.before;
        const { html: htmlAfter, ...layoutAfter } = run.after;
        expect(layoutBefore.heading).not.toBeNull();
        expect(layoutBefore.firstParagraph).not.toBeNull();
        expect(layoutAfter).toEqual(layoutBefore);
        // Compared as a boolean first: a failing toBe on megabytes of markup would print all of it.
        expect(htmlAfter.length).toBe(htmlBefore.length);
        expect(htmlAfter === htmlBefore).toBe(true);
      });

      it('puts no element made from page text into the panel', async () => {
        expect(await foreignElements(run.panel, browser.extensionId)).toEqual([]);
      });

      own?.(() => run);
    });
  }

  hostilePage('script-in-claims', {
    highlighted: true,
    // The first four claims with markup characters or a script address: script tag, image handler, script address, entities.
    expand: 4,
    screenshot: 'hostile-script-in-claims-panel.png',
    own: (run) => {
      it('shows the payloads as literal text in the claims', async () => {
        const claims = (await run().panel.page.locator('li.claim .claim-sentence').allTextContents()).join('\n');
        expect(claims).toContain(`<img src=x onerror="window.__pwned='img-onerror'">`);
        expect(claims).toContain(`<script>window.__pwned='script-tag'</script>`);
        expect(claims).toContain(`<svg onload="window.__pwned='svg-onload'">`);
        // Entities are decoded once: the double-escaped tag stays escaped.
        expect(claims).toContain(`&lt;script&gt;window.__pwned='double-escaped'&lt;/script&gt;`);
        console.log(`[e2e] screenshot: ${join(RESULTS, 'hostile-script-in-claims-panel.png')}`);
      });
    },
  });

  hostilePage('rtl-override', {
    highlighted: true,
    screenshot: 'hostile-rtl-override-panel.png',
    own: (run) => {
      it('keeps each claim’s direction controls inside that claim', async () => {
        const { panel } = run();
        // The claim with an override that is never closed: whatever the panel shows after it reads left to right.
        const open = panel.page.locator('li.claim', { hasText: 'never closed' });
        await expect(open.count()).resolves.toBe(1);
        const bleed = await panel.page.evaluate(() => {
          const claims = [...document.querySelectorAll('li.claim')];
          const at = claims.findIndex((li) => li.textContent?.includes('never closed'));
          // The text just after the claim in the same list, and the next claim: both must read left to right.
          const probes = [claims[at]?.querySelector('.chips'), claims[at + 1]?.querySelector('.claim-sentence')].filter(
            (el) => el instanceof HTMLElement,
          );
          return probes.map((el) => {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let node = walker.nextNode();
            while (node && (node.textContent ?? '').trim().length < 4) node = walker.nextNode();
            if (!node) return null;
            const text = node.textContent ?? '';
            const start = text.search(/\S/);
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + 1);
            const first = range.getBoundingClientRect();
            range.setStart(node, start + 2);
            range.setEnd(node, start + 3);
            const third = range.getBoundingClientRect();
            return { text: text.trim().slice(0, 40), leftToRight: Math.abs(first.top - third.top) > 2 || first.left < third.left };
          });
        });
        expect(bleed.length).toBeGreaterThan(0);
        for (const probe of bleed) expect(probe?.leftToRight, probe?.text).toBe(true);
        // The same claim expanded (its evidence below it) and in the matrix, for a look at the screenshots.
        await panel.expand(open);
        await open.screenshot({ path: join(RESULTS, 'hostile-rtl-override-claim-expanded.png') });
        await panel.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' }).click();
        await panel.page.locator('table.matrix').screenshot({ path: join(RESULTS, 'hostile-rtl-override-matrix.png') });
        await panel.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
        console.log(
          `[e2e] screenshots: ${['panel', 'claim-expanded', 'matrix'].map((view) => join(RESULTS, `hostile-rtl-override-${view}.png`)).join(', ')}`,
        );
      });
    },
  });

  hostilePage('iframes-shadow-dom', {
    own: (run) => {
      it('never reads a frame’s srcdoc as claim text', async () => {
        const claims = (await run().panel.page.locator('li.claim .claim-sentence').allTextContents()).join('\n');
        expect(claims).not.toContain('embedded frame');
        expect(claims).not.toContain('srcdoc');
      });
    },
  });

  hostilePage('prototype-overrides', {
    own: (run) => {
      it('calls none of the page’s sabotaged built-ins: the content script runs in its isolated world', async () => {
        expect(await run().worlds.evaluate<Flags>(FLAGS)).toEqual({ pwned: null, sabotaged: 0 });
      });
    },
  });

  for (const name of ['huge-paragraph', 'many-paragraphs']) {
    hostilePage(name, {
      highlighted: true,
      own: (run) => {
        it('says visibly that only the first claims were checked', async () => {
          const { panel } = run();
          const note = panel.page.getByRole('note').filter({ hasText: /Checked the first \d+ claims of [\d,]+/ });
          await expect(note.isVisible()).resolves.toBe(true);
          // In the first screen of the panel, not below the claims.
          await panel.page.evaluate(() => window.scrollTo(0, 0));
          const box = await note.boundingBox();
          expect(box!.y + box!.height).toBeLessThanOrEqual(panel.page.viewportSize()!.height);
          await panel.page.screenshot({ path: join(RESULTS, `hostile-${name}-panel.png`) });
          const [, checked, total] = (await note.innerText()).match(/Checked the first (\d+) claims of ([\d,]+)/)!;
          expect(Number(checked)).toBe(await panel.count('claims'));
          expect(Number(total!.replace(/,/g, ''))).toBeGreaterThan(Number(checked));
          console.log(
            `[e2e] ${name}: first outcome ${run().firstOutcome}, ${checked} of ${total} claims checked in ${Math.round(run().checkMs)} ms`,
          );
        });
      },
    });
  }

  hostilePage('deep-nesting', { highlighted: true });
});
