import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import type { IDBFactory } from 'fake-indexeddb';
import { contentHash, normalizeContent, stableHash } from '../../lib/store/content-hash';
import { articleFromText } from '../../lib/extract/article-from-text';
import { splitSentences } from '../../lib/text/split-sentences';
import { openCorpusStore } from '../../lib/store/corpus-store';
import { normalizeUrl, pageId } from '../../lib/store/normalize-url';
import { savedPageFromArticle } from '../../lib/store/save-page';
import type { SavedPage } from '../../lib/store/saved-page';
import { CORPUS_SCHEMA_VERSION, type SavedPageV1 } from '../../lib/store/schema';
import { distinctInputs, freshFactory, seedInput, tickingClock } from './fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Opens `name` on `factory` with idb's own openDB, which always uses the global indexedDB. */
function rawOpen(factory: IDBFactory, name: string, version?: number, upgrade?: Parameters<typeof openDB>[2]) {
  vi.stubGlobal('indexedDB', factory);
  return openDB(name, version, upgrade);
}

const V1_START = Date.UTC(2024, 5, 1, 8);

/** v1 records as v1 wrote them: epoch-ms savedAt, canonicalUrl as the page gave it (often null), no hash. */
function v1Pages(count: number): SavedPageV1[] {
  return distinctInputs(count).map(({ article, sentences, cites }, i) => ({
    id: `v1-${String(i).padStart(4, '0')}`,
    url: article.url!,
    // A third had no canonical link; a third had one with tracking parameters; a third a clean one.
    canonicalUrl: i % 3 === 0 ? null : i % 3 === 1 ? `${article.url}?utm_source=rss#top` : article.url,
    title: article.title,
    outlet: article.outlet!,
    byline: i % 4 === 0 ? 'Staff reporter' : null,
    publishedTime: i % 5 === 0 ? '2025-01-29' : null,
    savedAt: V1_START + i * 60_000,
    text: article.paragraphs.join('\n\n'),
    sentences,
    cites: cites ?? [],
  }));
}

async function createV1Database(factory: IDBFactory, name: string, pages: SavedPageV1[]): Promise<void> {
  const db = await rawOpen(factory, name, 1, {
    upgrade(database) {
      database.createObjectStore('pages', { keyPath: 'id' });
    },
  });
  const tx = db.transaction('pages', 'readwrite');
  await Promise.all([...pages.map((page) => tx.store.put(page)), tx.done]);
  db.close();
}

describe('a version-1 database with 200 pages', () => {
  it('upgrades to version 2 with every page intact and the new fields backfilled', async () => {
    const indexedDB = freshFactory();
    const v1 = v1Pages(200);
    await createV1Database(indexedDB, 'corpus', v1);

    const store = await openCorpusStore({ indexedDB, name: 'corpus', now: tickingClock(Date.UTC(2025, 2, 1)), estimate: null });
    const pages = await store.listPages();
    expect(pages).toHaveLength(200);
    const byId = new Map(pages.map((page) => [page.id, page]));
    for (const old of v1) {
      const page = byId.get(old.id);
      expect(page, old.id).toBeDefined();
      expect(page).toEqual({
        id: old.id,
        url: old.url,
        canonicalUrl: normalizeUrl(old.canonicalUrl ?? old.url),
        title: old.title,
        outlet: old.outlet,
        byline: old.byline,
        publishedTime: old.publishedTime,
        savedAt: new Date(old.savedAt).toISOString(),
        updatedAt: new Date(old.savedAt).toISOString(),
        text: old.text,
        sentences: old.sentences,
        contentHash: contentHash(old.text),
        cites: old.cites,
      });
      expect(page!.canonicalUrl).toBe(old.url);
    }
    store.close();
  });

  it('has working indexes after the upgrade', async () => {
    const indexedDB = freshFactory();
    const v1 = v1Pages(200);
    await createV1Database(indexedDB, 'corpus', v1);
    const store = await openCorpusStore({ indexedDB, name: 'corpus', now: tickingClock(Date.UTC(2025, 2, 1)), estimate: null });

    // by-saved-at: newest first.
    expect((await store.listPages()).map((page) => page.id)).toEqual(v1.map((page) => page.id).reverse());

    // by-canonical-url: re-saving a migrated page (under its tracking-laden address) updates it in place.
    const old = v1[31]!;
    const again = seedInput(31, { url: `${old.url}?utm_medium=social`, edition: 500 });
    const resaved = await store.savePage(again);
    expect(resaved).toMatchObject({ outcome: 'updated', page: { id: old.id, savedAt: new Date(old.savedAt).toISOString() } });

    // by-content-hash: a migrated page's text under another address is a duplicate.
    const copy = v1[77]!;
    const duplicate = distinctInputs(78)[77]!;
    const syndicated = await store.savePage({
      ...duplicate,
      article: { ...duplicate.article, url: 'https://partner.example/copy', canonicalUrl: null },
    });
    expect(syndicated).toMatchObject({ outcome: 'duplicate', page: { id: copy.id } });
    expect(await store.listPages()).toHaveLength(200);
    store.close();

    const db = await rawOpen(indexedDB, 'corpus');
    expect(db.version).toBe(CORPUS_SCHEMA_VERSION);
    const pages = db.transaction('pages').store;
    expect([...pages.indexNames].sort()).toEqual(['by-canonical-url', 'by-content-hash', 'by-saved-at']);
    expect(pages.index('by-canonical-url').unique).toBe(true);
    expect(pages.index('by-content-hash').unique).toBe(false);
    expect(await pages.index('by-canonical-url').count()).toBe(200);
    expect(await pages.index('by-content-hash').count()).toBe(200);
    db.close();
  });

  it('merges v1 copies of one canonical URL into one page: latest text, first-saved time', async () => {
    const indexedDB = freshFactory();
    const v1 = v1Pages(20);
    const base = v1[4]!;
    const laterCopy: SavedPageV1 = {
      ...v1[9]!,
      id: 'v1-dup-b',
      url: `${base.url}#comments`,
      canonicalUrl: null,
      savedAt: base.savedAt + 86_400_000,
    };
    const earlierCopy: SavedPageV1 = {
      ...v1[14]!,
      id: 'v1-dup-a',
      url: base.url,
      canonicalUrl: `${base.url}?utm_source=x`,
      savedAt: base.savedAt - 86_400_000,
    };
    await createV1Database(indexedDB, 'corpus', [...v1, laterCopy, earlierCopy]);

    const store = await openCorpusStore({ indexedDB, name: 'corpus', estimate: null });
    const pages = await store.listPages();
    expect(pages).toHaveLength(20);
    const merged = pages.filter((page) => page.canonicalUrl === base.url);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.text).toBe(laterCopy.text);
    expect(merged[0]!.savedAt).toBe(new Date(earlierCopy.savedAt).toISOString());
    expect(merged[0]!.updatedAt).toBe(new Date(laterCopy.savedAt).toISOString());
    // Every other page came through untouched.
    for (const old of v1.filter((page) => page !== base)) {
      expect(pages.find((page) => page.id === old.id)?.text, old.id).toBe(old.text);
    }
    store.close();
  });
});

/** A version-2 database as version 2 of Crosscheck left it: the pages store with its three indexes, no corrections. */
async function createV2Database(factory: IDBFactory, name: string, pages: SavedPage[]): Promise<void> {
  const db = await rawOpen(factory, name, 2, {
    upgrade(database) {
      const store = database.createObjectStore('pages', { keyPath: 'id' });
      store.createIndex('by-canonical-url', 'canonicalUrl', { unique: true });
      store.createIndex('by-content-hash', 'contentHash');
      store.createIndex('by-saved-at', 'savedAt');
    },
  });
  const tx = db.transaction('pages', 'readwrite');
  await Promise.all([...pages.map((page) => tx.store.put(page)), tx.done]);
  db.close();
}

describe('a version-2 database with 200 pages', () => {
  it('upgrades to the current version keeping every page as it was, with an empty corrections store that works', async () => {
    const indexedDB = freshFactory();
    const clock = tickingClock(Date.UTC(2025, 0, 1));
    const v2 = distinctInputs(200).map((input) => savedPageFromArticle(input, clock()));
    await createV2Database(indexedDB, 'corpus', v2);

    const store = await openCorpusStore({ indexedDB, name: 'corpus', now: tickingClock(Date.UTC(2026, 10, 1)), estimate: null });
    // Every page byte-for-byte, newest first.
    expect(await store.listPages()).toEqual([...v2].reverse());
    expect(await store.listCorrections()).toEqual([]);
    const correction = { claim: v2[0]!.sentences[2]!, doc: '003_463d0d3bf59aec75', status: 'confirms' as const };
    const saved = await store.saveCorrection(correction);
    expect(await store.listCorrections()).toEqual([saved]);
    expect((await store.exportCorpus()).corrections).toEqual([saved]);
    store.close();

    const db = await rawOpen(indexedDB, 'corpus');
    expect(db.version).toBe(CORPUS_SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['corrections', 'pages']);
    const pages = db.transaction('pages').store;
    expect([...pages.indexNames].sort()).toEqual(['by-canonical-url', 'by-content-hash', 'by-saved-at']);
    expect(await pages.count()).toBe(200);
    db.close();
  });

  it('a version-1 database climbs the whole ladder to the current version', async () => {
    const indexedDB = freshFactory();
    await createV1Database(indexedDB, 'corpus', v1Pages(20));
    const store = await openCorpusStore({ indexedDB, name: 'corpus', estimate: null });
    expect(await store.listPages()).toHaveLength(20);
    expect(await store.listCorrections()).toEqual([]);
    store.close();
    const db = await rawOpen(indexedDB, 'corpus');
    expect(db.version).toBe(CORPUS_SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['corrections', 'pages']);
    db.close();
  });
});

describe('reopening a current database', () => {
  it('keeps every page and correction and runs no migration step again', async () => {
    const indexedDB = freshFactory();
    const first = await openCorpusStore({ indexedDB, name: 'corpus', now: tickingClock(), estimate: null });
    const saved = [];
    for (const input of distinctInputs(8)) saved.push((await first.savePage(input)).page);
    await first.saveCorrection({ claim: saved[0]!.sentences[1]!, doc: '001_c6cfd16c1f5a8637', status: 'leaves_out' });
    const before = await first.exportCorpus();
    first.close();

    const second = await openCorpusStore({ indexedDB, name: 'corpus', now: tickingClock(), estimate: null });
    const after = await second.exportCorpus();
    expect(after.pages).toEqual(before.pages);
    expect(after.corrections).toEqual(before.corrections);
    expect(after.corrections).toHaveLength(1);
    expect(saved.every((page) => page.id === pageId(page.canonicalUrl))).toBe(true);
    second.close();
  });
});

/** A version-3 database as version 3 left it: the pages store with its indexes, and the corrections store. */
async function createV3Database(factory: IDBFactory, name: string, pages: SavedPage[]): Promise<void> {
  const db = await rawOpen(factory, name, 3, {
    upgrade(database) {
      const store = database.createObjectStore('pages', { keyPath: 'id' });
      store.createIndex('by-canonical-url', 'canonicalUrl', { unique: true });
      store.createIndex('by-content-hash', 'contentHash');
      store.createIndex('by-saved-at', 'savedAt');
      database.createObjectStore('corrections');
    },
  });
  const tx = db.transaction('pages', 'readwrite');
  await Promise.all([...pages.map((page) => tx.store.put(page)), tx.done]);
  db.close();
}

/** The hash version 3 stored: its fold did not yet read U+02BC "ʼ" (modifier letter apostrophe) as an apostrophe. */
function v3ContentHash(text: string): string {
  return stableHash(normalizeContent(text.replaceAll('ʼ', '\u0001')).replaceAll('\u0001', 'ʼ'));
}

/** Pages as version 3 saved them; every other one written with "ʼ" for its apostrophes, as some CMSes do. */
function v3Pages(count: number): SavedPage[] {
  const clock = tickingClock(Date.UTC(2025, 5, 1));
  return distinctInputs(count).map((input, i) => {
    const page = savedPageFromArticle(input, clock());
    const text = i % 2 === 0 ? page.text.replaceAll("'", 'ʼ').replaceAll('’', 'ʼ') : page.text;
    return { ...page, text, contentHash: v3ContentHash(text) };
  });
}

/** A save of `text` at `url`, as the extension makes one. */
function textInput(text: string, url: string) {
  const article = articleFromText(text, { url });
  return { article, sentences: splitSentences(article.paragraphs.join('\n')) };
}

describe('a version-3 database whose pages were hashed before "ʼ" was folded', () => {
  it('upgrades to version 4 recomputing every stale content hash and changing nothing else', async () => {
    const indexedDB = freshFactory();
    const v3 = v3Pages(12);
    // Stored terms are derived data the step must carry over untouched.
    v3[1] = { ...v3[1]!, terms: v3[1]!.sentences.map(() => ['kept']), termsVersion: 2 };
    const stale = v3.filter((page) => page.contentHash !== contentHash(page.text));
    expect(stale).toHaveLength(6);
    await createV3Database(indexedDB, 'corpus', v3);

    const store = await openCorpusStore({ indexedDB, name: 'corpus', estimate: null });
    for (const old of v3) {
      expect(await store.getPage(old.id), old.id).toEqual({ ...old, contentHash: contentHash(old.text) });
    }
    store.close();

    const db = await rawOpen(indexedDB, 'corpus');
    expect(db.version).toBe(4);
    const byHash = db.transaction('pages').store.index('by-content-hash');
    for (const page of stale) expect(await byHash.getAllKeys(contentHash(page.text))).toEqual([page.id]);
    expect(await byHash.count(stale[0]!.contentHash)).toBe(0);
    db.close();
  });

  it('then finds a copy written with another apostrophe as the text already saved', async () => {
    const indexedDB = freshFactory();
    const v3 = v3Pages(4);
    const saved = v3[2]!;
    expect(saved.text).toContain('ʼ');
    await createV3Database(indexedDB, 'corpus', v3);

    const store = await openCorpusStore({ indexedDB, name: 'corpus', estimate: null });
    const copy = saved.text.replaceAll('ʼ', '’');
    const result = await store.savePage(textInput(copy, 'https://partner.example/syndicated-copy'));
    expect(result).toMatchObject({ outcome: 'duplicate', page: { id: saved.id } });
    expect(await store.listPages()).toHaveLength(4);
    store.close();
  });
});
