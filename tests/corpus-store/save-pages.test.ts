import { describe, expect, it } from 'vitest';
import { contentHash } from '../../lib/store/content-hash';
import { CorpusStoreError, openCorpusStore } from '../../lib/store/corpus-store';
import { normalizeUrl } from '../../lib/store/normalize-url';
import { savedPageToCorpusDoc } from '../../lib/store/saved-page';
import { freshFactory, openTestStore, seedInput, seeds, seedUrl, tickingClock } from './fixtures';

describe('saving a page', () => {
  it('stores every field the issue lists, from the extracted article and its sentences', async () => {
    const store = await openTestStore();
    const input = seedInput(3);
    const { page, outcome } = await store.savePage(input);

    expect(outcome).toBe('created');
    expect(page.url).toBe(seedUrl(3, 0));
    expect(page.canonicalUrl).toBe(seedUrl(3, 0));
    expect(page.title).toBe(input.article.title);
    expect(page.outlet).toBe('Business Insider');
    expect(page.byline).toBeNull();
    expect(page.publishedTime).toBeNull();
    expect(page.savedAt).toBe('2025-03-01T09:00:00.000Z');
    expect(page.updatedAt).toBe(page.savedAt);
    expect(page.text).toBe(input.article.paragraphs.join('\n\n'));
    expect(page.text).toContain('inappropriately');
    expect(page.sentences).toEqual(input.sentences);
    expect(page.sentences.length).toBeGreaterThan(10);
    expect(page.contentHash).toBe(contentHash(page.text));
    expect(page.cites).toEqual(['Bloomberg', 'Fox News']);
    expect(await store.getPage(page.id)).toEqual(page);
    store.close();
  });

  it('names the outlet by host when the page gives no site name', async () => {
    const store = await openTestStore();
    const input = seedInput(0);
    expect(seeds[0]!.outlet).toBeNull();
    const { page } = await store.savePage({ ...input, article: { ...input.article, outlet: null } });
    expect(page.outlet).toBe('eureporter.example');
    store.close();
  });

  it('refuses a page without an address or without text, with a message saying so', async () => {
    const store = await openTestStore();
    const input = seedInput(1);
    await expect(store.savePage({ ...input, article: { ...input.article, url: null, canonicalUrl: null } })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/no web address/),
    });
    await expect(store.savePage({ ...input, article: { ...input.article, paragraphs: ['  ', ''] } })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/no article text/),
    });
    expect(await store.listPages()).toEqual([]);
    store.close();
  });

  it('lists pages newest saved first', async () => {
    const store = await openTestStore();
    for (const index of [0, 1, 2, 3, 4]) await store.savePage(seedInput(index));
    const listed = await store.listPages();
    expect(listed.map((page) => page.url)).toEqual([4, 3, 2, 1, 0].map((index) => seedUrl(index, 0)));
    store.close();
  });

  it('joins checks as a saved corpus document', async () => {
    const store = await openTestStore();
    const { page } = await store.savePage(seedInput(4));
    const doc = savedPageToCorpusDoc(page);
    expect(doc).toEqual({
      id: page.id,
      outlet: page.outlet,
      title: page.title,
      url: page.url,
      cites: ['Financial Times', 'Bloomberg', 'Fox News', 'LinkedIn'],
      sentences: page.sentences,
      origin: 'saved',
    });
    store.close();
  });
});

describe('saving the same canonical URL again', () => {
  it('updates the page in place and keeps its first-saved time', async () => {
    const store = await openTestStore();
    const first = await store.savePage(seedInput(1));
    const again = await store.savePage(seedInput(1, { edition: 3 }));

    expect(again.outcome).toBe('updated');
    expect(again.page.id).toBe(first.page.id);
    expect(again.page.savedAt).toBe(first.page.savedAt);
    expect(Date.parse(again.page.updatedAt)).toBeGreaterThan(Date.parse(first.page.updatedAt));
    expect(again.page.text).toContain('edition 3');
    expect(again.page.contentHash).not.toBe(first.page.contentHash);
    expect(await store.listPages()).toEqual([again.page]);
    store.close();
  });

  it('treats addresses differing only in fragment or tracking parameters as the same page', async () => {
    const store = await openTestStore();
    const base = seedUrl(2, 0);
    await store.savePage(seedInput(2, { url: `${base}?utm_source=newsletter&utm_medium=email` }));
    const again = await store.savePage(seedInput(2, { url: `${base}#comments`, edition: 1 }));
    expect(again.outcome).toBe('updated');
    expect(again.page.canonicalUrl).toBe(base);
    expect(again.page.url).toBe(`${base}#comments`);
    expect(await store.listPages()).toHaveLength(1);
    store.close();
  });

  it("uses the page's canonical link, so an AMP copy updates the article it belongs to", async () => {
    const store = await openTestStore();
    const canonical = seedUrl(3, 0);
    await store.savePage(seedInput(3, { url: canonical }));
    const amp = await store.savePage(seedInput(3, { url: `${canonical}/amp`, canonicalUrl: canonical, edition: 2 }));
    expect(amp.outcome).toBe('updated');
    expect(await store.listPages()).toHaveLength(1);
    store.close();
  });

  it('keeps a byline or date the first save found when a later save lacks it', async () => {
    const store = await openTestStore();
    const input = seedInput(3);
    await store.savePage({ ...input, article: { ...input.article, byline: 'Lakshmi Varanasi', publishedTime: '2025-01-29T10:00:00Z' } });
    const again = await store.savePage(seedInput(3, { edition: 1 }));
    expect(again.page.byline).toBe('Lakshmi Varanasi');
    expect(again.page.publishedTime).toBe('2025-01-29T10:00:00Z');
    store.close();
  });
});

describe('saving identical content under another URL', () => {
  it('is not stored twice: the existing page is returned as a duplicate', async () => {
    const store = await openTestStore();
    const original = await store.savePage(seedInput(4, { url: seedUrl(4, 0) }));
    const syndicated = await store.savePage(seedInput(4, { url: 'https://partner-news.example/syndicated/openai-deepseek' }));

    expect(syndicated.outcome).toBe('duplicate');
    expect(syndicated.page).toEqual(original.page);
    expect(await store.listPages()).toEqual([original.page]);
    store.close();
  });

  it('sees through typographic differences (curly quotes, spacing) between copies', async () => {
    const store = await openTestStore();
    const input = seedInput(0);
    await store.savePage(input);
    const retyped = {
      ...input,
      article: {
        ...input.article,
        url: 'https://mirror.example/story',
        canonicalUrl: null,
        paragraphs: input.article.paragraphs.map((p) => p.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ /g, '  ')),
      },
    };
    expect(retyped.article.paragraphs.join('\n')).not.toBe(input.article.paragraphs.join('\n'));
    expect((await store.savePage(retyped)).outcome).toBe('duplicate');
    store.close();
  });

  it('stores a copy whose text differs by one number', async () => {
    const store = await openTestStore();
    const input = seedInput(1);
    await store.savePage(input);
    const changed = input.article.paragraphs.map((p) => p.replace('2025', '2024'));
    expect(changed).not.toEqual(input.article.paragraphs);
    const other = await store.savePage({
      ...input,
      article: { ...input.article, url: 'https://other.example/story', canonicalUrl: null, paragraphs: changed },
    });
    expect(other.outcome).toBe('created');
    expect(await store.listPages()).toHaveLength(2);
    store.close();
  });
});

describe('deleting a page', () => {
  it('removes it and returns the record, and undo puts it back exactly', async () => {
    const store = await openTestStore();
    const kept = await store.savePage(seedInput(0));
    const { page } = await store.savePage(seedInput(2));

    const deleted = await store.deletePage(page.id);
    expect(deleted).toEqual(page);
    expect(await store.getPage(page.id)).toBeNull();
    expect(await store.listPages()).toEqual([kept.page]);

    const undone = await store.restorePage(deleted!);
    expect(undone).toEqual({ page, outcome: 'restored' });
    expect(await store.getPage(page.id)).toEqual(page);
    expect(await store.listPages()).toHaveLength(2);
    store.close();
  });

  it('returns null for a page that is already gone', async () => {
    const store = await openTestStore();
    const { page } = await store.savePage(seedInput(1));
    expect(await store.deletePage(page.id)).not.toBeNull();
    expect(await store.deletePage(page.id)).toBeNull();
    store.close();
  });

  it('undo after the page was saved again keeps the newer text and the first-saved time', async () => {
    const store = await openTestStore();
    const first = await store.savePage(seedInput(3));
    const deleted = await store.deletePage(first.page.id);
    const resaved = await store.savePage(seedInput(3, { edition: 5 }));
    expect(resaved.outcome).toBe('created');
    expect(resaved.page.savedAt).not.toBe(first.page.savedAt);

    const undone = await store.restorePage(deleted!);
    expect(undone.outcome).toBe('merged');
    expect(undone.page.text).toContain('edition 5');
    expect(undone.page.savedAt).toBe(first.page.savedAt);
    expect(await store.listPages()).toEqual([undone.page]);
    store.close();
  });
});

describe('a save racing a delete of the same page', () => {
  it('save first, then delete: the page is gone and undo restores the newer text', async () => {
    const store = await openTestStore();
    const first = await store.savePage(seedInput(1));
    const [saved, deleted] = await Promise.all([store.savePage(seedInput(1, { edition: 2 })), store.deletePage(first.page.id)]);

    expect(saved.outcome).toBe('updated');
    expect(deleted).toEqual(saved.page);
    expect(await store.listPages()).toEqual([]);
    const undone = await store.restorePage(deleted!);
    expect(undone.page.text).toContain('edition 2');
    expect(undone.page.savedAt).toBe(first.page.savedAt);
    store.close();
  });

  it('delete first, then save: the save creates the page afresh', async () => {
    const store = await openTestStore();
    const first = await store.savePage(seedInput(1));
    const [deleted, saved] = await Promise.all([store.deletePage(first.page.id), store.savePage(seedInput(1, { edition: 2 }))]);

    expect(deleted).toEqual(first.page);
    expect(saved.outcome).toBe('created');
    expect(await store.listPages()).toEqual([saved.page]);
    store.close();
  });

  it('from two windows at once ends in one of those two states, never a half-written page', async () => {
    const indexedDB = freshFactory();
    const panel = await openCorpusStore({ indexedDB, now: tickingClock(), estimate: null });
    const manager = await openCorpusStore({ indexedDB, now: tickingClock(Date.UTC(2025, 2, 2)), estimate: null });
    const first = await panel.savePage(seedInput(2));
    const [saved, deleted] = await Promise.all([panel.savePage(seedInput(2, { edition: 4 })), manager.deletePage(first.page.id)]);

    const pages = await manager.listPages();
    if (pages.length === 0) {
      expect(saved.outcome).toBe('updated');
      expect(deleted?.text).toContain('edition 4');
    } else {
      expect(saved.outcome).toBe('created');
      expect(deleted).toEqual(first.page);
      expect(pages).toEqual([saved.page]);
    }
    panel.close();
    manager.close();
  });
});

describe('normalizeUrl', () => {
  it('drops fragments and tracking parameters but keeps the query that selects the article', () => {
    expect(normalizeUrl(' https://www.example.com/story?id=42&utm_campaign=x&fbclid=abc#top ')).toBe('https://www.example.com/story?id=42');
    expect(normalizeUrl('https://www.example.com/a%20b?q=a%20b')).toBe('https://www.example.com/a%20b?q=a%20b');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('a closed store', () => {
  it('refuses further calls with an unavailable error', async () => {
    const store = await openTestStore();
    store.close();
    const error = await store.listPages().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorpusStoreError);
    expect(error).toMatchObject({ code: 'unavailable' });
  });
});
