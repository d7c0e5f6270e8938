/**
 * The panel passes axe-core in Chromium, with the built extension, in every state a test can reach: a result with
 * claims, a claim expanded, the matrix view, the saved pages, "no article", "off the story" and "needs permission"
 * (before and after "Allow on this site"). A `serious` or `critical` violation fails the test; lesser ones are
 * printed. Then a keyboard-only walk: a filter, a claim, "Wrong?" and a correction choice, and Save page, each reached
 * with Tab and worked with Enter or Space.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offTopicPage, loginPage, seed004Page } from './fixtures';
import { launchChromium, type ExtensionBrowser } from './launch-chromium';
import { checkPage, PanelPage } from './panel-page';
import { serve } from './server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Impacts that fail the test; `minor` and `moderate` are printed for the record. */
const BLOCKING = new Set(['serious', 'critical']);
/** More presses than the panel has stops before any target: a walk that needs more is lost. */
const MAX_TABS = 60;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe on the panel page as it is; prints every violation, returns the serious and critical ones. */
async function audit(page: Page, state: string): Promise<string[]> {
  // Evaluated through the devtools protocol: the panel's CSP (script-src 'self') rightly refuses an inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  });
  const lines = violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  console.log(`[a11y] ${state}: ${violations.length} violation(s)${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`);
  return violations.filter((v) => BLOCKING.has(v.impact ?? '')).map((v) => `${v.impact} ${v.id}: ${v.help}`);
}

/** Presses Tab until the focused element matches `selector` (and `text`, if given); fails after MAX_TABS presses. */
async function tabTo(page: Page, selector: string, text?: string): Promise<string> {
  for (let press = 0; press < MAX_TABS; press++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ([sel, want]) => {
        const active = document.activeElement;
        if (!active || !active.matches(sel)) return null;
        const label = `${active.getAttribute('aria-label') ?? ''} ${active.textContent ?? ''}`;
        return want === null || label.includes(want) ? label.trim() : null;
      },
      [selector, text ?? null] as const,
    );
    if (hit !== null) return hit;
  }
  throw new Error(`Tab never reached ${selector}${text ? ` “${text}”` : ''}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return { tag: active?.tagName ?? null, text: active?.textContent?.trim() ?? '', label: active?.getAttribute('aria-label') ?? null };
  });

describe('the panel, for assistive tech and the keyboard', () => {
  let browser: ExtensionBrowser;
  let origin: string;
  let stop: () => void;

  beforeAll(async () => {
    const served = await serve({ '/article': seed004Page(), '/off-topic': offTopicPage(), '/login': loginPage() });
    origin = served.origin;
    stop = () => served.server.close();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
  });

  it('has no serious or critical axe violations: result, claim expanded, matrix view, saved pages', async () => {
    const { panel, outcome } = await checkPage(browser, `${origin}/article`);
    expect(outcome).toBe('result');
    expect(await audit(panel.page, 'result with claims')).toEqual([]);

    await panel.expand(panel.claim('uploading data en masse'));
    expect(await audit(panel.page, 'a claim expanded')).toEqual([]);

    await panel.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' }).click();
    await panel.page.locator('table').first().waitFor();
    expect(await audit(panel.page, 'matrix view')).toEqual([]);
    // Back to the list, so later panels open the way the other tests expect.
    await panel.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();

    await panel.showSection('Saved pages');
    await panel.page.locator('.saved, [data-corpus]').first().waitFor();
    expect(await audit(panel.page, 'saved pages')).toEqual([]);
    await panel.page.close();
  });

  it('has no serious or critical axe violations: not an article, off the story', async () => {
    for (const [path, state] of [
      ['/login', 'not-article'],
      ['/off-topic', 'off-topic'],
    ] as const) {
      const { panel, outcome } = await checkPage(browser, `${origin}${path}`);
      expect(outcome).toBe(state);
      expect(await audit(panel.page, state)).toEqual([]);
      await panel.page.close();
    }
  });

  it('has no serious or critical axe violations: needs permission, before and after "Allow on this site"', async () => {
    const { page, tabId } = await browser.openUnasked(`${origin}/article?unasked`);
    const panel = await PanelPage.open(browser.context, browser.extensionId, tabId);
    expect(await panel.outcome()).toBe('needs-permission');
    expect(await audit(panel.page, 'needs-permission')).toEqual([]);
    await panel.page.getByRole('button', { name: 'Allow on this site' }).click();
    await panel.page.locator('.allow-site [role="status"]:not(:empty)').waitFor();
    expect(await audit(panel.page, 'needs-permission, asked in the toolbar')).toEqual([]);
    await panel.page.close();
    await page.close();
  });

  it('works from the keyboard alone: a filter, a claim, “Wrong?” and a choice, Save page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/article?keyboard`);
    const panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page));
    expect(await panel.outcome()).toBe('result');
    const p = panel.page;
    await p.bringToFront();

    // A filter: Tab to "Contradicted", Enter presses it; Space presses "All" again.
    await tabTo(p, '[aria-label="Show claims"] button', 'Contradicted');
    await p.keyboard.press('Enter');
    await expect(p.locator('[aria-label="Show claims"] button', { hasText: 'Contradicted' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await p.keyboard.down('Shift');
    for (let i = 0; i < 5; i++) {
      const { text } = await focused(p);
      if (text.startsWith('All')) break;
      await p.keyboard.press('Tab');
    }
    await p.keyboard.up('Shift');
    expect((await focused(p)).text).toMatch(/^All/);
    await p.keyboard.press('Space');
    await expect(p.locator('[aria-label="Show claims"] button', { hasText: 'All' }).getAttribute('aria-pressed')).resolves.toBe('true');

    // A claim: Tab to its button, Enter expands it; focus stays on the claim's button.
    await tabTo(p, 'button.claim-text', 'uploading data en masse');
    await p.keyboard.press('Enter');
    const claim = panel.claim('uploading data en masse');
    await claim.locator('.evidence').waitFor();
    await expect(claim.locator('.claim-text').getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await p.evaluate(() => document.activeElement?.classList.contains('claim-text'))).toBe(true);

    // "Wrong?" under Business Insider's evidence: Enter opens the choice and focus moves into it; Escape returns.
    const wrong = await tabTo(p, 'button', 'Wrong? Correct what Business Insider says');
    expect(wrong).toContain('Business Insider');
    await p.keyboard.press('Enter');
    // Focus moves into the choice, onto its first option (after the render: an effect moves it).
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.matches('.correction.is-open button.correction-choice') ?? false))
      .toBe(true);
    console.log('[a11y] focus after “Wrong?”:', await focused(p));
    // A correction choice is a Tab away, inside the same group.
    const pick = await tabTo(p, '.correction.is-open button.correction-choice', 'leaves out');
    expect(pick).toMatch(/leaves out/);
    await p.keyboard.press('Escape');
    await expect.poll(async () => (await focused(p)).label).toBe('Wrong? Correct what Business Insider says');

    // Save page: reached with Tab (Shift+Tab back up from the claims), focused and operable.
    const save = await tabToAny(p, 'button', 'Save page');
    expect(save).toMatch(/Save page/);
    await p.close();
    await page.close();
  });
});

/** Tab forward, then backward, until `selector` with `text` has focus: Save page sits above the claims. */
async function tabToAny(page: Page, selector: string, text: string): Promise<string> {
  try {
    return await tabTo(page, selector, text);
  } catch {
    await page.keyboard.down('Shift');
    try {
      return await tabTo(page, selector, text);
    } finally {
      await page.keyboard.up('Shift');
    }
  }
}
