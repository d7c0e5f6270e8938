import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOOMBERG_CLAIM, driftPage, FLAT_CLAIM } from './fixtures';
import { launchChromium, makeHome, type ExtensionBrowser } from './launch-chromium';
import { checkPage } from './panel-page';
import { serve } from './server';

const RESULTS = join(import.meta.dirname, '../../test-results');
mkdirSync(RESULTS, { recursive: true });

/** Seed 003's outlet: it confirms the flat accusation but only hedges it ("probing whether"). */
const HEDGING_OUTLET = 'Business Insider';
/** A claim of the drift page that no corpus article states. */
const UNCOVERED_CLAIM = 'founded in 2023 in Hangzhou';

describe('independent sources, drift, coverage and corrections in Chromium', () => {
  const home = makeHome();
  let browser: ExtensionBrowser | null = null;
  let url: string;
  let stop: () => void;

  beforeAll(async () => {
    const served = await serve({ '/opinion/deepseek-stole': driftPage() });
    url = `${served.origin}/opinion/deepseek-stole`;
    stop = () => served.server.close();
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
    rmSync(home, { recursive: true, force: true });
  });

  it('counts independent sources, groups the outlets that credit Bloomberg, flags drift and says what the corpus covers', async () => {
    browser = await launchChromium({ home });
    const { panel, outcome } = await checkPage(browser, url);
    expect(outcome).toBe('result');

    // 003 and 004 both credit Bloomberg for the API report: two outlets, one independent source. (Seed 000's "OpenAI
    // does not specify whether its proposal covers the DeepSeek API…" no longer counts: it shares words, not the report.)
    const bloomberg = panel.claim(BLOOMBERG_CLAIM);
    expect(await bloomberg.locator('.claim-confirmation').innerText()).toBe('2 outlets confirm — 1 independent source');
    await panel.expand(bloomberg);
    const groups = bloomberg.getByRole('list', { name: 'Independent sources' }).getByRole('listitem');
    expect(await groups.allInnerTexts()).toContain(
      "Business Insider and “OpenAI accuses China's DeepSeek of using its…” both credit Bloomberg",
    );
    expect(await groups.count()).toBe(1);

    // The page states flatly what Business Insider hedges: a drift flag, in words, on the claim…
    const flat = panel.claim(FLAT_CLAIM);
    expect(await flat.locator('.drift-badge[data-drift="page-flat"]').innerText()).toMatch(/^⚑ stated more strongly than sources$/);
    // …and both phrasings in that outlet's evidence.
    await panel.expand(flat);
    const drift = await panel.evidence(flat, HEDGING_OUTLET).locator('.drift').innerText();
    expect(drift).toContain(`the page states it flatly, "${FLAT_CLAIM}"`);
    expect(drift).toMatch(/this outlet hedges it: "probing whether"/);

    // An uncovered claim is "not found in your corpus", never false.
    const uncovered = panel.claim(UNCOVERED_CLAIM);
    expect(await uncovered.locator('.claim-flag').innerText()).toMatch(/^not found in your corpus$/i);
    expect(await uncovered.locator('.claim-flag').getAttribute('title')).toMatch(/does not make it false/);

    // Coverage: how many articles, bundled vs saved, and the outlets behind a disclosure.
    expect(await panel.page.locator('.corpus-size').innerText()).toBe(
      'Checked against 5 articles from 5 outlets: 5 bundled, 0 saved by you.',
    );
    await panel.page.getByText('What your corpus covers').click();
    const outlets = panel.page.getByRole('list', { name: 'Outlets in your corpus' }).getByRole('listitem');
    expect(await outlets.count()).toBe(5);
    expect(await outlets.allInnerTexts()).toContain('Business Insider');
    await panel.page.screenshot({ path: join(RESULTS, 'panel-sources-drift.png'), fullPage: true });
    await bloomberg.screenshot({ path: join(RESULTS, 'panel-sources-claim.png') });
    await flat.screenshot({ path: join(RESULTS, 'panel-drift-claim.png') });
  });

  it('marks a verdict wrong from the keyboard; the correction changes the verdict shown', async () => {
    const { panel } = await checkPage(browser!, url);
    const flat = panel.claim(FLAT_CLAIM);
    expect(await flat.getAttribute('class')).toMatch(/is-confirmed/);
    await panel.expand(flat);
    const evidence = panel.evidence(flat, HEDGING_OUTLET);

    // Keyboard only: focus "Wrong?", open the choice (focus moves into it), pick "contradicts".
    await evidence.getByRole('button', { name: `Wrong? Correct what ${HEDGING_OUTLET} says` }).focus();
    await panel.page.keyboard.press('Enter');
    const choices = evidence.getByRole('group', { name: `What ${HEDGING_OUTLET} really does with this claim` });
    expect(await choices.getByRole('button').allInnerTexts()).toEqual(['✗ contradicts', '– leaves out', 'Cancel']);
    await expect
      .poll(() => choices.getByRole('button', { name: /contradicts/ }).evaluate((button) => button === document.activeElement))
      .toBe(true);
    await evidence.screenshot({ path: join(RESULTS, 'panel-correction-choice.png') });
    await panel.page.keyboard.press('Enter');

    await expect.poll(() => flat.getAttribute('class')).toMatch(/is-contradicted/);
    await expect(panel.chip(flat, `${HEDGING_OUTLET}: contradicts (corrected by you)`).count()).resolves.toBe(1);
    await expect.poll(() => panel.toast().innerText()).toMatch(/Saved your correction: Business Insider contradicts this claim/);
  });

  it('keeps the correction across a browser restart with the same profile, and can undo it', async () => {
    await browser!.close();
    browser = await launchChromium({ home });
    const { panel, outcome } = await checkPage(browser, url);
    expect(outcome).toBe('result');

    const flat = panel.claim(FLAT_CLAIM);
    expect(await flat.getAttribute('class')).toMatch(/is-contradicted/);
    expect(await flat.locator('.claim-flag').innerText()).toMatch(/contradicted/i);
    await expect(panel.chip(flat, `${HEDGING_OUTLET}: contradicts (corrected by you)`).count()).resolves.toBe(1);
    // The corrected verdict is no confirmation: three outlets confirm now (seed 000's headline "OpenAI Calls on U.S.
    // Government to Ban DeepSeek…" shares only names with the claim, so it never did). The drift flag stays: the outlet
    // crediting OpenAI ("OpenAI says it has evidence that…") still attributes what the page states flatly.
    expect(await flat.locator('.claim-confirmation').innerText()).toMatch(/^3 outlets confirm — \d independent sources?$/);
    expect(await flat.locator('.claim-corrected').innerText()).toBe('✎ 1 verdict corrected by you');
    expect(await flat.locator('.drift-badge[data-drift="page-flat"]').getAttribute('title')).not.toMatch(/Business Insider/);
    await panel.expand(flat);
    const evidence = panel.evidence(flat, HEDGING_OUTLET);
    expect(await evidence.locator('.tag.is-corrected').innerText()).toBe('corrected by you');
    expect(await evidence.locator('.why').innerText()).toMatch(/^corrected by you \(the engine said it confirms/);
    await panel.page.screenshot({ path: join(RESULTS, 'panel-correction.png'), fullPage: true });
    await flat.screenshot({ path: join(RESULTS, 'panel-correction-claim.png') });

    await evidence
      .getByRole('button', { name: new RegExp(`^Undo your correction of ${HEDGING_OUTLET} \\(the engine said it confirms\\)$`) })
      .click();
    await expect.poll(() => flat.getAttribute('class')).toMatch(/is-confirmed/);
    await expect(panel.chip(flat, `${HEDGING_OUTLET}: confirms`).count()).resolves.toBe(1);
    expect(await flat.locator('.drift-badge[data-drift="page-flat"]').count()).toBe(1);
  });
});
