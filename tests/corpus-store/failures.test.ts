import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusStoreError, openCorpusStore } from '../../lib/store/corpus-store';
import { CORPUS_SCHEMA_VERSION } from '../../lib/store/schema';
import { corpusSnapshot, distinctInputs, failWritesWithQuota, freshFactory, openTestStore, seedInput } from './fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('quota exceeded during a save', () => {
  it('fails with a quota error that says the earlier pages are safe, and loses none of them', async () => {
    const store = await openTestStore();
    for (const input of distinctInputs(6)) await store.savePage(input);
    const before = await corpusSnapshot(store);

    failWritesWithQuota();
    const error = await store.savePage(seedInput(4, { url: 'https://new.example/story', edition: 77 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorpusStoreError);
    expect(error).toMatchObject({ code: 'quota' });
    expect((error as CorpusStoreError).message).toBe(
      "Your browser's storage for Crosscheck is full, so Crosscheck could not save this page. Pages you saved before are safe. Delete or export some saved pages, or free disk space, then try again.",
    );
    expect((error as CorpusStoreError).cause).toMatchObject({ name: 'QuotaExceededError' });
    expect(await corpusSnapshot(store)).toBe(before);

    // Once space is free again the same save goes through.
    vi.restoreAllMocks();
    expect((await store.savePage(seedInput(4, { url: 'https://new.example/story', edition: 77 }))).outcome).toBe('created');
    expect(await store.listPages()).toHaveLength(7);
    store.close();
  });

  it('while updating a page keeps the previous version of that page', async () => {
    const store = await openTestStore();
    const { page } = await store.savePage(seedInput(1));
    failWritesWithQuota();
    await expect(store.savePage(seedInput(1, { edition: 2 }))).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await store.getPage(page.id)).toEqual(page);
    store.close();
  });

  it('while undoing a delete says so and leaves the store as it was', async () => {
    const store = await openTestStore();
    const { page } = await store.savePage(seedInput(0));
    const deleted = await store.deletePage(page.id);
    failWritesWithQuota();
    await expect(store.restorePage(deleted!)).rejects.toMatchObject({
      code: 'quota',
      message: expect.stringMatching(/could not restore this page/),
    });
    vi.restoreAllMocks();
    expect(await store.listPages()).toEqual([]);
    expect((await store.restorePage(deleted!)).outcome).toBe('restored');
    store.close();
  });
});

describe('IndexedDB unavailable', () => {
  it('when open throws (Firefox private windows) rejects with a clear unavailable error', async () => {
    const privateWindow = {
      open(): never {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const error = await openCorpusStore({ indexedDB: privateWindow }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorpusStoreError);
    expect(error).toMatchObject({ code: 'unavailable', cause: { name: 'InvalidStateError' } });
    expect((error as CorpusStoreError).message).toMatch(
      /does not let Crosscheck store pages here \(this happens in private windows.*Checks still use the bundled articles/,
    );
  });

  it('when the open request fails later rejects the same way', async () => {
    const failingOpen = {
      open() {
        const request = new EventTarget() as EventTarget & { error: DOMException | null };
        request.error = new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
        setTimeout(() => request.dispatchEvent(new Event('error')), 0);
        return request;
      },
    } as unknown as IDBFactory;
    await expect(openCorpusStore({ indexedDB: failingOpen })).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/does not let Crosscheck store pages here/),
    });
  });

  it('when the browser has no indexedDB at all rejects the same way', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openCorpusStore()).rejects.toMatchObject({ code: 'unavailable', cause: { name: 'NotSupportedError' } });
  });

  it('when a newer Crosscheck upgraded the database says to update, and the open store steps aside for it', async () => {
    const indexedDB = freshFactory();
    const store = await openCorpusStore({ indexedDB, name: 'corpus', estimate: null });
    await store.savePage(seedInput(3));

    // A newer schema version opening the same database must not stay blocked by this connection.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('corpus', CORPUS_SCHEMA_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(newer.version).toBe(CORPUS_SCHEMA_VERSION + 1);
    newer.close();

    const error = await store.listPages().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'unavailable', cause: { name: 'VersionError' } });
    expect((error as CorpusStoreError).message).toMatch(/stored by a newer version of Crosscheck.*They have not been changed/);
    await expect(openCorpusStore({ indexedDB, name: 'corpus' })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('after another window upgraded and closed, reopens on the next call and keeps working', async () => {
    const indexedDB = freshFactory();
    const store = await openCorpusStore({ indexedDB, name: 'corpus', estimate: null });
    const { page } = await store.savePage(seedInput(1));
    // Deleting the database from elsewhere (e.g. "clear site data") closes this connection first.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('corpus');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    expect(await store.listPages()).toEqual([]);
    expect((await store.savePage(seedInput(1))).page.id).toBe(page.id);
    store.close();
  });
});

describe('usage', () => {
  it('sums the saved records and reports the browser estimate when there is one', async () => {
    const estimate = vi.fn(async () => ({ usage: 123_456, quota: 10_000_000 }));
    const store = await openTestStore({ estimate });
    expect(await store.usage()).toEqual({ pages: 0, bytes: 0, estimate: { usage: 123_456, quota: 10_000_000 } });
    const saved = [];
    for (const input of distinctInputs(5)) saved.push((await store.savePage(input)).page);
    const usage = await store.usage();
    expect(usage.pages).toBe(5);
    const expected = saved.reduce((sum, page) => sum + new TextEncoder().encode(JSON.stringify(page)).length, 0);
    expect(usage.bytes).toBe(expected);
    // Each seed page is a few KB of text plus its sentences.
    expect(usage.bytes).toBeGreaterThan(5 * 2 * 2000);
    store.close();
  });

  it('still answers when the estimate is missing or fails', async () => {
    const store = await openTestStore({ estimate: () => Promise.reject(new Error('not allowed')) });
    await store.savePage(seedInput(0));
    expect(await store.usage()).toMatchObject({ pages: 1, estimate: null });
    store.close();
  });
});
