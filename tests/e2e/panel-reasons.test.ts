/**
 * The panel shows the verifier's new reasons (issue 14's acceptance: "the panel shows the new reasons — screenshot of a
 * contradiction by scope and one by actor, opened"). In Chromium, with the built extension, a news page on the
 * distillation story (in no corpus) makes two claims the bundled corpus contradicts:
 * - by SCOPE: "None of the AI labs in China use …", where seed 004 says it is common for labs in both China and the US
 *   to do so — the reason reads "contradicts: none vs common";
 * - by ACTOR: "Google notified OpenAI …", where Business Insider (seed 003) says Microsoft did — the reason reads
 *   "contradicts: google vs microsoft".
 * Each claim is opened in the 360px panel; the test checks the contradicting outlet, the reason as the panel prints it
 * and the evidence's conflicting words marked `mark.conflict` (components/DiffText.tsx), then photographs the opened
 * claim: docs/panel-contradiction-scope.png and docs/panel-contradiction-actor.png. A third claim gives another season
 * than Business Insider: no ✓, and the panel says why (docs/panel-leaves-out-date.png). A fourth says only state-owned
 * Chinese firms must hand over user data, where seed 000 says companies in the PRC must: a narrowed scope
 * (docs/panel-contradiction-narrowed-scope.png).
 */
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPage } from './fixtures';
import { launchChromium, type ExtensionBrowser } from './launch-chromium';
import { PanelPage } from './panel-page';
import { serve } from './server';

const DOCS = join(import.meta.dirname, '../../docs');

/** Contradicted by scope: seed 004 says "it is also common for AI labs in both China and the US to use the results …". */
const SCOPE_CLAIM = 'None of the AI labs in China use the results of leading companies like OpenAI.';
/** Contradicted by actor: Business Insider (seed 003) says "Microsoft notified OpenAI that its security researchers …". */
const ACTOR_CLAIM =
  "Google notified OpenAI that its security researchers had observed individuals affiliated with DeepSeek siphoning a large amount of data using OpenAI's API.";

/**
 * Left out, not confirmed: Business Insider (seed 003) says Microsoft's researchers saw it "in the fall"; the claim says
 * spring — a conflict too weak for the verifier to call a contradiction, and no ✓ either.
 */
const DATE_CLAIM =
  "Microsoft's security researchers first saw the activity in the spring of 2023, when people linked to DeepSeek began pulling large amounts of data through OpenAI's API.";

/** Contradicted by a narrowed scope: seed 000 says "companies in the PRC are required to provide the government with access to user data". */
const ONLY_CLAIM = 'OpenAI says only state-owned Chinese firms are required to hand user data to the government on request.';

/** An article on the story in no corpus: the claims among sentences the corpus confirms. */
const PAGE = newsPage({
  site: 'The Wire Desk',
  title: 'OpenAI says DeepSeek distilled its models',
  paragraphs: [
    'OpenAI says it has evidence that the Chinese startup DeepSeek used its models to train a rival chatbot through distillation.',
    ACTOR_CLAIM,
    SCOPE_CLAIM,
    DATE_CLAIM,
    ONLY_CLAIM,
    'OpenAI has said it is reviewing indications that DeepSeek may have inappropriately distilled its models.',
  ],
});

describe('the panel shows why a claim is contradicted (Chromium, issue 14)', () => {
  let browser: ExtensionBrowser;
  let panel: PanelPage;
  let stop: () => void;

  beforeAll(async () => {
    const served = await serve({ '/distillation': PAGE });
    stop = () => served.server.close();
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.goto(`${served.origin}/distillation`);
    panel = await PanelPage.open(browser.context, browser.extensionId, await browser.clickAction(page), 360);
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
  });

  /** Opens the claim and returns it with the one outlet's evidence whose quote contains `quoted`. */
  async function openContradiction(text: string, chipName: RegExp, quoted: string): Promise<{ claim: Locator; evidence: Locator }> {
    expect(await panel.outcome()).toBe('result');
    const claim = panel.claim(text);
    expect(await claim.count()).toBe(1);
    expect(await claim.getAttribute('class')).toMatch(/\bis-contradicted\b/);
    expect(await claim.getByRole('listitem', { name: chipName }).count()).toBe(1);
    await panel.expand(claim);
    const evidence = claim.locator('.evidence-item', { has: panel.page.locator('.evidence-text', { hasText: quoted }) });
    expect(await evidence.count()).toBe(1);
    expect(await evidence.getAttribute('class')).toMatch(/\bis-contradicts\b/);
    expect(await evidence.locator('.evidence-head').innerText()).toMatch(/contradicts$/);
    return { claim, evidence };
  }

  it('opens a contradiction by scope: "none vs common", the conflicting word marked (docs/panel-contradiction-scope.png)', async () => {
    const { claim, evidence } = await openContradiction(
      SCOPE_CLAIM,
      /^“OpenAI accuses China's DeepSeek of using its…”: contradicts$/,
      'distillation is a common practice',
    );
    expect(await evidence.locator('.why').innerText()).toBe('contradicts: none vs common');
    const conflicting = await evidence.locator('.evidence-text mark.conflict').allInnerTexts();
    expect(conflicting.length).toBeGreaterThan(0);
    expect(conflicting).toContain('common');
    // Only the words that clash with "none … in China" are marked as conflicts, not the ones the claim shares.
    expect(conflicting.every((word) => word === 'common' || word === 'both')).toBe(true);
    await claim.screenshot({ path: join(DOCS, 'panel-contradiction-scope.png') });
  });

  it('opens a contradiction by actor: "google vs microsoft", Microsoft marked (docs/panel-contradiction-actor.png)', async () => {
    const { claim, evidence } = await openContradiction(ACTOR_CLAIM, /^Business Insider: contradicts$/, 'Microsoft notified OpenAI');
    expect(await evidence.locator('strong').innerText()).toBe('Business Insider');
    expect(await evidence.locator('.why').innerText()).toBe('contradicts: google vs microsoft');
    const conflicting = await evidence.locator('.evidence-text mark.conflict').allInnerTexts();
    expect(conflicting.length).toBeGreaterThan(0);
    expect(conflicting).toEqual(['Microsoft']);
    await claim.screenshot({ path: join(DOCS, 'panel-contradiction-actor.png') });
  });

  it('opens a contradiction by a narrowed scope: "only state-owned chinese firms" vs "companies" (docs/panel-contradiction-narrowed-scope.png)', async () => {
    const { claim, evidence } = await openContradiction(
      ONLY_CLAIM,
      /^“OpenAI Calls on U\.S\. Government to Ban DeepSeek…”: contradicts$/,
      'companies in the PRC are required',
    );
    expect(await evidence.locator('.why').innerText()).toBe('contradicts: scope differs: "only state-owned chinese firms" vs "companies"');
    expect(await evidence.locator('.evidence-text mark.conflict').allInnerTexts()).toEqual(['companies']);
    await claim.screenshot({ path: join(DOCS, 'panel-contradiction-narrowed-scope.png') });
  });

  it('leaves a claim out where the sentence gives another season: no ✓, the reason names both (docs/panel-leaves-out-date.png)', async () => {
    const claim = panel.claim(DATE_CLAIM);
    expect(await claim.count()).toBe(1);
    expect(await claim.getByRole('listitem', { name: /^Business Insider: leaves/ }).count()).toBe(1);
    await panel.expand(claim);
    const insider = claim.locator('.evidence-item', { has: panel.page.locator('strong', { hasText: 'Business Insider' }) });
    expect(await insider.count()).toBe(1);
    expect(await insider.getAttribute('class')).toMatch(/\bis-leaves-out\b/);
    expect(await insider.locator('.why').innerText()).toMatch(/^leaves out: not clearly the same statement \(spring of 2023 vs fall\)/);
    await claim.screenshot({ path: join(DOCS, 'panel-leaves-out-date.png') });
  });
});
