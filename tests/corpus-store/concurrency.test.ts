import { describe, expect, it } from 'vitest';
import { openCorpusStore } from '../../lib/store/corpus-store';
import type { CorpusStore, SaveResult } from '../../lib/store/corpus-store';
import { distinctInputs, freshFactory, seedInput, seedUrl, tickingClock } from './fixtures';

/** `count` stores over one database, as the side panel, the context menu and other windows each hold one. */
async function writers(count: number): Promise<CorpusStore[]> {
  const indexedDB = freshFactory();
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      openCorpusStore({ indexedDB, name: 'corpus', now: tickingClock(Date.UTC(2025, 2, 1 + i)), estimate: null }),
    ),
  );
}

describe('five concurrent writers', () => {
  it('saving 200 distinct pages each end with exactly 1,000 pages', async () => {
    const stores = await writers(5);
    const inputs = distinctInputs(1000);
    const results = await Promise.all(
      stores.map(async (store, w) => {
        const mine: SaveResult[] = [];
        for (const input of inputs.slice(w * 200, (w + 1) * 200)) mine.push(await store.savePage(input));
        return mine;
      }),
    );

    expect(results.flat().every((result) => result.outcome === 'created')).toBe(true);
    const pages = await stores[0]!.listPages();
    expect(pages).toHaveLength(1000);
    expect(new Set(pages.map((page) => page.id)).size).toBe(1000);
    expect(new Set(pages.map((page) => page.canonicalUrl))).toEqual(new Set(inputs.map((input) => input.article.url)));
    expect((await stores[4]!.exportCorpus()).pages).toHaveLength(1000);
    for (const store of stores) store.close();
  });

  it("saving the same canonical URL at once end with one page that kept the first save's time", async () => {
    const stores = await writers(5);
    const results = await Promise.all(
      stores.flatMap((store, w) =>
        [0, 1, 2, 3].map((k) => store.savePage(seedInput(2, { url: `${seedUrl(2, 0)}?utm_source=w${w}`, edition: w * 4 + k + 1 }))),
      ),
    );

    const created = results.filter((result) => result.outcome === 'created');
    expect(created).toHaveLength(1);
    expect(results.filter((result) => result.outcome === 'updated')).toHaveLength(19);
    const pages = await stores[3]!.listPages();
    expect(pages).toHaveLength(1);
    expect(pages[0]!.id).toBe(created[0]!.page.id);
    expect(pages[0]!.savedAt).toBe(created[0]!.page.savedAt);
    // The page holds one complete save, not a mix of two.
    const winner = results.find((result) => result.page.updatedAt === pages[0]!.updatedAt && result.page.text === pages[0]!.text);
    expect(winner?.page).toEqual(pages[0]);
    for (const store of stores) store.close();
  });

  it('saving the same text under twenty addresses at once store it once', async () => {
    const stores = await writers(5);
    const results = await Promise.all(
      stores.flatMap((store, w) =>
        [0, 1, 2, 3].map((k) => store.savePage(seedInput(3, { url: `https://mirror-${w}.example/openai-deepseek-${k}` }))),
      ),
    );

    expect(results.filter((result) => result.outcome === 'created')).toHaveLength(1);
    expect(results.filter((result) => result.outcome === 'duplicate')).toHaveLength(19);
    expect(await stores[0]!.listPages()).toHaveLength(1);
    for (const store of stores) store.close();
  });
});
