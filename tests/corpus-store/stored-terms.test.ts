import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { parseCorpusExport, stringifyCorpusExport } from '../../lib/store/corpus-export';
import { savedPageToCorpusDoc } from '../../lib/store/saved-page';
import type { StoreTokenizer } from '../../lib/store/corpus-store';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import { TOKENIZER_VERSION, tokenize } from '../../lib/text/tokenize';
import { corpusSnapshot, freshFactory, openTestStore, seedInput, seeds } from './fixtures';

/** The import counts of a file without corrections. */
const NO_CORRECTIONS = { added: 0, merged: 0, skipped: 0 };

/** The engine's tokenizer, as the background hands it to the store. */
const tokenizer: StoreTokenizer = { version: TOKENIZER_VERSION, terms: tokenize };

describe('terms stored with a saved page', () => {
  it('are the engine’s terms of each sentence, tagged with the tokenizer version', async () => {
    const store = await openTestStore({ tokenizer });
    const { page } = await store.savePage(seedInput(3));
    expect(page.termsVersion).toBe(TOKENIZER_VERSION);
    expect(page.terms).toEqual(page.sentences.map(tokenize));
    expect((await store.getPage(page.id))!.terms).toEqual(page.terms);
  });

  it('are not stored when the store has no tokenizer (the CLI, older callers)', async () => {
    const store = await openTestStore();
    const { page } = await store.savePage(seedInput(3));
    expect(page.terms).toBeUndefined();
    expect(page.termsVersion).toBeUndefined();
  });

  it('reach the checker through savedPageToCorpusDoc and give the same verdicts as re-tokenising', async () => {
    const store = await openTestStore({ tokenizer });
    const { page } = await store.savePage(seedInput(3));
    const withTerms = savedPageToCorpusDoc(page);
    expect(withTerms.terms).toBe(page.terms);
    expect(withTerms.termsVersion).toBe(TOKENIZER_VERSION);
    const { terms: _terms, termsVersion: _version, ...withoutTerms } = withTerms;

    // Seed 004 checked against the bundled corpus with seed 003 (Business Insider) replaced by its saved copy.
    const others = bundledCorpus().filter((doc) => !doc.id.startsWith('003'));
    const article = articleFromText(seeds[4]!.text);
    const stored = createChecker([...others, withTerms]).check(article);
    const fresh = createChecker([...others, withoutTerms]).check(article);
    expect(stored.claims).toEqual(fresh.claims);
    expect(stored.claims.some((claim) => claim.verdicts.some((v) => v.origin === 'saved' && v.status === 'contradicts'))).toBe(true);
  });

  it('are never exported: the file holds the documented fields only', async () => {
    const store = await openTestStore({ tokenizer });
    await store.savePage(seedInput(1));
    const data = await store.exportCorpus();
    expect(Object.keys(data.pages[0]!)).not.toContain('terms');
    expect(stringifyCorpusExport(data)).not.toMatch(/"terms(Version)?"/);
  });

  it('in an import file are not trusted: the store recomputes them', async () => {
    const source = await openTestStore({ tokenizer });
    await source.savePage(seedInput(2));
    const data = await source.exportCorpus();
    const tampered = {
      ...data,
      pages: data.pages.map((page) => ({ ...page, terms: page.sentences.map(() => ['bogus']), termsVersion: TOKENIZER_VERSION })),
    };
    const parsed = parseCorpusExport(JSON.stringify(tampered));
    expect(parsed.ok && parsed.value.pages[0]!.terms).toBeUndefined();

    const target = await openTestStore({ tokenizer });
    expect(await target.importCorpus(JSON.stringify(tampered))).toEqual({ added: 1, merged: 0, skipped: 0, corrections: NO_CORRECTIONS });
    const [page] = await target.listPages();
    expect(page!.terms).toEqual(page!.sentences.map(tokenize));
  });

  it('come back with an undone delete, and stale ones are recomputed', async () => {
    const store = await openTestStore({ tokenizer });
    const { page } = await store.savePage(seedInput(4));
    const deleted = (await store.deletePage(page.id))!;
    expect((await store.restorePage(deleted)).outcome).toBe('restored');
    expect((await store.getPage(page.id))!.terms).toEqual(page.terms);

    await store.deletePage(page.id);
    await store.restorePage({ ...deleted, terms: deleted.sentences.map(() => ['stale']), termsVersion: TOKENIZER_VERSION - 1 });
    const restored = (await store.getPage(page.id))!;
    expect(restored.termsVersion).toBe(TOKENIZER_VERSION);
    expect(restored.terms).toEqual(restored.sentences.map(tokenize));
  });

  it('are added to a page stored without them when the same file is imported again, counted as skipped', async () => {
    const plain = await openTestStore();
    const { page } = await plain.savePage(seedInput(0));
    const file = stringifyCorpusExport(await plain.exportCorpus());

    const factory = freshFactory();
    const older = await openTestStore({ indexedDB: factory });
    await older.importCorpus(file);
    expect((await older.getPage(page.id))!.terms).toBeUndefined();
    const before = await corpusSnapshot(older);
    older.close();

    // The same database, opened by the extension with the tokenizer.
    const store = await openTestStore({ indexedDB: factory, tokenizer });
    expect(await store.importCorpus(file)).toEqual({ added: 0, merged: 0, skipped: 1, corrections: NO_CORRECTIONS });
    expect((await store.getPage(page.id))!.terms).toEqual(page.sentences.map(tokenize));
    // Nothing a reader sees (or an export holds) changed.
    expect(await corpusSnapshot(store)).toBe(before);
  });
});
