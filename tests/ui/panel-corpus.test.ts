import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { CorpusStoreError, openCorpusStore, type CorpusStore } from '../../lib/store/corpus-store';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import { createPanelCorpus } from '../../lib/panel-state/panel-corpus';
import { articleSentences } from '../../lib/store/corpus-doc-from-text';
import { TOKENIZER_VERSION, tokenize } from '../../lib/text/tokenize';
import type { Article, CheckResult } from '../../lib/types';
import { freshFactory, seeds, tickingClock } from '../corpus-store/fixtures';

/** An article in no corpus that states seed 002's "$1 trillion loss" in its own words (also served by the e2e tests). */
const market: Article = {
  ...articleFromText(readFileSync(new URL('fixtures/market-article.txt', import.meta.url), 'utf8'), {
    url: 'https://marketdesk.example/deepseek-selloff',
  }),
  outlet: 'Market Desk',
};
const seed002 = articleFromText(seeds[2]!.text, { url: 'https://aiwire.example/openai-distillation' });

const trillionClaim = (result: CheckResult) => result.claims.find((claim) => claim.text.includes('$1 trillion loss'))!;

/** A writer (as the background is) and the panel's corpus with its own read access, over one fake database. */
async function setUp() {
  const indexedDB = freshFactory();
  const writer = await openCorpusStore({
    indexedDB,
    now: tickingClock(),
    estimate: null,
    tokenizer: { version: TOKENIZER_VERSION, terms: tokenize },
  });
  let opened = 0;
  const openPanel = () =>
    createPanelCorpus({
      bundled: bundledCorpus(),
      openStore: () => {
        opened++;
        return openCorpusStore({ indexedDB, estimate: null });
      },
      createChecker,
    });
  return { writer, openPanel, opens: () => opened };
}

const save = (writer: CorpusStore, article: Article) => writer.savePage({ article, sentences: articleSentences(article) });

describe('the panel corpus', () => {
  it('checks against the bundled articles and every saved page, which says it is the reader’s', async () => {
    const { writer, openPanel } = await setUp();
    // Saved before the panel opens: read at start-up.
    await save(writer, market);
    const panel = openPanel();
    const result = (await panel.checker()).check(seed002);
    expect(panel.status()).toEqual({ kind: 'ready' });
    expect(result.corpus).toMatchObject({ bundled: 4, saved: 1 });
    const claim = trillionClaim(result);
    expect(claim.unverified).toBe(false);
    expect(claim.verdicts.find((v) => v.status === 'confirms')).toMatchObject({ outlet: 'Market Desk', origin: 'saved' });
    expect(panel.pages().map((page) => page.title)).toEqual([market.title]);
  });

  it('adds a page saved while the panel is open to the same checker, without a rebuild', async () => {
    const { writer, openPanel } = await setUp();
    const panel = openPanel();
    const checker = await panel.checker();
    expect(trillionClaim(checker.check(seed002)).unverified).toBe(true);
    const version = panel.version();

    const { page, outcome } = await save(writer, market);
    await panel.apply({ kind: 'saved', outcome, page, tabId: null });
    expect(await panel.checker()).toBe(checker);
    expect(checker.size).toBe(bundledCorpus().length + 1);
    expect(panel.version()).toBe(version + 1);
    expect(panel.docs().get(page.id)?.terms).toHaveLength(page.sentences.length);
    expect(trillionClaim(checker.check(seed002)).unverified).toBe(false);
  });

  it('leaves the saved copy of the page being checked out of its check', async () => {
    const { writer, openPanel } = await setUp();
    const panel = openPanel();
    const { page, outcome } = await save(writer, market);
    await panel.apply({ kind: 'saved', outcome, page, tabId: null });
    const result = (await panel.checker()).check(market);
    expect(result.selfMatch).toBe(page.id);
    expect(result.corpus.saved).toBe(0);
    expect(result.claims.flatMap((claim) => claim.verdicts).filter((v) => v.origin === 'saved')).toEqual([]);
  });

  it('keeps a saved copy of a bundled article listed but out of checks, so that article is not confirmed by itself', async () => {
    const { writer, openPanel } = await setUp();
    const panel = openPanel();
    const seed004 = articleFromText(seeds[4]!.text, { url: 'https://theledger.example/openai-deepseek' });
    const { page, outcome } = await save(writer, seed004);
    await panel.apply({ kind: 'saved', outcome, page, tabId: null });
    expect(panel.pages().map((p) => p.id)).toEqual([page.id]);
    const result = (await panel.checker()).check(seed004);
    expect(result.selfMatch).toMatch(/^004/);
    expect(result.claims.flatMap((claim) => claim.verdicts).filter((v) => v.origin === 'saved')).toEqual([]);
    expect(result.claims.filter((claim) => claim.unverified).length).toBeGreaterThan(0);
    // The same after a rebuild (a fresh panel).
    const fresh = openPanel();
    expect((await fresh.checker()).check(seed004).corpus.saved).toBe(0);
  });

  it('rebuilds after a delete, an undo and an import', async () => {
    const { writer, openPanel } = await setUp();
    const panel = openPanel();
    const { page, outcome } = await save(writer, market);
    await panel.apply({ kind: 'saved', outcome, page, tabId: null });
    const first = await panel.checker();

    await writer.deletePage(page.id);
    await panel.apply({ kind: 'deleted', id: page.id });
    const afterDelete = await panel.checker();
    expect(afterDelete).not.toBe(first);
    expect(afterDelete.size).toBe(bundledCorpus().length);
    expect(panel.pages()).toEqual([]);
    expect(trillionClaim(afterDelete.check(seed002)).unverified).toBe(true);

    await writer.restorePage(page);
    await panel.apply({ kind: 'restored', id: page.id });
    expect(trillionClaim((await panel.checker()).check(seed002)).unverified).toBe(false);

    const file = JSON.stringify(await writer.exportCorpus());
    await writer.deletePage(page.id);
    await writer.importCorpus(file);
    await panel.apply({ kind: 'imported', result: { added: 1, merged: 0, skipped: 0, corrections: { added: 0, merged: 0, skipped: 0 } } });
    expect((await panel.checker()).size).toBe(bundledCorpus().length + 1);
  });

  it('rebuilds when a page saved again replaced its text (the checker has no "replace")', async () => {
    const { writer, openPanel } = await setUp();
    const panel = openPanel();
    const first = await save(writer, market);
    await panel.apply({ kind: 'saved', outcome: first.outcome, page: first.page, tabId: null });
    const edited = { ...market, paragraphs: [...market.paragraphs, 'Update: shares recovered part of the loss on Tuesday.'] };
    const again = await save(writer, edited);
    expect(again.outcome).toBe('updated');
    await panel.apply({ kind: 'saved', outcome: again.outcome, page: again.page, tabId: null });
    const checker = await panel.checker();
    expect(checker.size).toBe(bundledCorpus().length + 1);
    expect(panel.docs().get(first.page.id)?.sentences.at(-1)).toMatch(/recovered part of the loss/);
  });

  it('keeps checking against the bundled corpus when saved pages cannot be read, and says why', async () => {
    const message = 'Your browser does not let Crosscheck store pages here.';
    let attempts = 0;
    const panel = createPanelCorpus({
      bundled: bundledCorpus(),
      openStore: () => {
        attempts++;
        return Promise.reject(new CorpusStoreError('unavailable', message));
      },
      createChecker,
    });
    const result = (await panel.checker()).check(seed002);
    expect(panel.status()).toEqual({ kind: 'unavailable', code: 'unavailable', message });
    expect(panel.store()).toBeNull();
    expect(result.corpus).toMatchObject({ bundled: 4, saved: 0 });
    expect(result.claims.length).toBeGreaterThan(0);
    // A later change notice tries again (the background may have managed to save).
    await panel.apply({ kind: 'saved', outcome: 'created', page: { id: 'x', title: 't', outlet: 'o' }, tabId: null });
    expect(attempts).toBe(2);
  });

  it('reopens its store after losing the connection, and then includes what was saved meanwhile', async () => {
    const { writer, openPanel, opens } = await setUp();
    const panel = openPanel();
    await panel.checker();
    // The browser closed the panel's connection (storage cleared, disk error).
    panel.store()!.close();
    const { page, outcome } = await save(writer, market);
    await panel.apply({ kind: 'saved', outcome, page, tabId: null });
    expect(panel.status().kind).toBe('unavailable');
    expect(trillionClaim((await panel.checker()).check(seed002)).unverified).toBe(true);

    await panel.apply({ kind: 'saved', outcome: 'duplicate', page, tabId: null });
    expect(opens()).toBe(2);
    expect(panel.status().kind).toBe('ready');
    expect(trillionClaim((await panel.checker()).check(seed002)).unverified).toBe(false);
  });

  it('reads the corrections with the saved pages, and re-reads them (same checker) when they change', async () => {
    const { writer, openPanel } = await setUp();
    const bi = bundledCorpus().find((doc) => doc.id.startsWith('003'))!.id;
    const claim = trillionClaim((await openPanel().checker()).check(seed002)).text;
    const early = await writer.saveCorrection({ claim, doc: bi, status: 'confirms', at: '2026-11-01T10:00:00.000Z' });
    const panel = openPanel();
    const checker = await panel.checker();
    expect(panel.corrections()).toEqual([early]);
    const verdict = () => trillionClaim(checker.check(seed002, { corrections: panel.corrections() })).verdicts.find((v) => v.doc === bi)!;
    expect(verdict()).toMatchObject({ status: 'confirms', corrected: { at: early.at } });

    const version = panel.version();
    const later = await writer.saveCorrection({ claim, doc: bi, status: 'contradicts', at: '2026-11-02T10:00:00.000Z' });
    await panel.apply({ kind: 'corrected', correction: later });
    expect(panel.version()).toBe(version + 1);
    expect(await panel.checker()).toBe(checker);
    expect(verdict()).toMatchObject({ status: 'contradicts', corrected: { at: later.at } });

    await writer.deleteCorrection(claim, bi);
    await panel.apply({ kind: 'uncorrected', correction: later });
    expect(panel.corrections()).toEqual([]);
    expect(verdict().corrected).toBeUndefined();
  });
});
