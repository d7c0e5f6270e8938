import { describe, expect, it } from 'vitest';
import {
  CORPUS_EXPORT_FORMAT,
  CORPUS_EXPORT_VERSION,
  parseCorpusExport,
  stringifyCorpusExport,
  utf8ByteLength,
} from '../../lib/store/corpus-export';
import type { CorpusExport } from '../../lib/store/corpus-export';
import { CorpusStoreError } from '../../lib/store/corpus-store';
import type { CorpusStore } from '../../lib/store/corpus-store';
import { corpusSnapshot, distinctInputs, failWritesWithQuota, openTestStore, seedInput, seedUrl, tickingClock } from './fixtures';

/** The import counts of a file without corrections. */
const NO_CORRECTIONS = { added: 0, merged: 0, skipped: 0 };

/** A store holding a realistic mix: distinct pages, an updated one, a rejected duplicate. */
async function populatedStore(count = 12): Promise<CorpusStore> {
  const store = await openTestStore();
  for (const input of distinctInputs(count)) await store.savePage(input);
  await store.savePage(seedInput(2, { url: seedUrl(2, 2), edition: 40 }));
  expect((await store.savePage(seedInput(0, { url: 'https://mirror.example/x', edition: 1 }))).outcome).toBe('duplicate');
  return store;
}

describe('export', () => {
  it('writes the documented version-1 file with every page, oldest saved first', async () => {
    const store = await populatedStore();
    const data = await store.exportCorpus();
    expect(data.format).toBe('crosscheck-corpus');
    expect(data.version).toBe(1);
    expect(Number.isNaN(Date.parse(data.exportedAt))).toBe(false);
    expect(data.corrections).toEqual([]);
    expect(data.pages).toHaveLength(12);
    const savedAt = data.pages.map((page) => page.savedAt);
    expect([...savedAt].sort()).toEqual(savedAt);
    expect(Object.keys(data.pages[0]!)).toEqual([
      'id',
      'url',
      'canonicalUrl',
      'title',
      'outlet',
      'byline',
      'publishedTime',
      'savedAt',
      'updatedAt',
      'text',
      'sentences',
      'contentHash',
      'cites',
    ]);
    const parsed = parseCorpusExport(stringifyCorpusExport(data));
    expect(parsed).toEqual({ ok: true, value: data });
    store.close();
  });
});

describe('export → import into an empty store', () => {
  it('round-trips to an equal corpus', async () => {
    const source = await populatedStore();
    const file = stringifyCorpusExport(await source.exportCorpus());
    const target = await openTestStore({ now: tickingClock(Date.UTC(2026, 0, 1)) });

    expect(await target.importCorpus(file)).toEqual({ added: 12, merged: 0, skipped: 0, corrections: NO_CORRECTIONS });
    expect(await corpusSnapshot(target)).toBe(await corpusSnapshot(source));
    expect(await target.listPages()).toEqual(await source.listPages());
    source.close();
    target.close();
  });

  it('importing the same file again changes nothing and skips every page', async () => {
    const store = await populatedStore();
    const before = await corpusSnapshot(store);
    const file = stringifyCorpusExport(await store.exportCorpus());
    expect(await store.importCorpus(file)).toEqual({ added: 0, merged: 0, skipped: 12, corrections: NO_CORRECTIONS });
    expect(await corpusSnapshot(store)).toBe(before);
    store.close();
  });
});

describe('importing pages the store already has', () => {
  it('merges the same canonical URL: newer text, earliest first-saved time', async () => {
    const laptop = await openTestStore({ now: tickingClock(Date.UTC(2025, 2, 1)) });
    const phone = await openTestStore({ now: tickingClock(Date.UTC(2025, 2, 5)) });
    const early = await laptop.savePage(seedInput(4));
    await phone.savePage(seedInput(4, { edition: 9 }));
    await phone.savePage(seedInput(1));

    const result = await laptop.importCorpus(stringifyCorpusExport(await phone.exportCorpus()));
    expect(result).toEqual({ added: 1, merged: 1, skipped: 0, corrections: NO_CORRECTIONS });
    const merged = (await laptop.listPages()).find((page) => page.canonicalUrl === early.page.canonicalUrl)!;
    expect(merged.id).toBe(early.page.id);
    expect(merged.text).toContain('edition 9');
    expect(merged.savedAt).toBe(early.page.savedAt);
    laptop.close();
    phone.close();
  });

  it('keeps the local text when the imported copy is older, but takes its earlier first-saved time', async () => {
    const old = await openTestStore({ now: tickingClock(Date.UTC(2024, 11, 1)) });
    const current = await openTestStore({ now: tickingClock(Date.UTC(2025, 2, 1)) });
    const oldCopy = await old.savePage(seedInput(3));
    await current.savePage(seedInput(3, { edition: 2 }));

    expect(await current.importCorpus(stringifyCorpusExport(await old.exportCorpus()))).toEqual({
      added: 0,
      merged: 1,
      skipped: 0,
      corrections: NO_CORRECTIONS,
    });
    const [page] = await current.listPages();
    expect(page!.text).toContain('edition 2');
    expect(page!.savedAt).toBe(oldCopy.page.savedAt);
    old.close();
    current.close();
  });

  it('skips a page whose text is already saved under another URL, and repeats within the file', async () => {
    const store = await openTestStore();
    await store.savePage(seedInput(0));
    const other = await openTestStore();
    await other.savePage(seedInput(0, { url: 'https://syndication.example/copy' }));
    await other.savePage(seedInput(1));
    const data = await other.exportCorpus();
    const withRepeat: CorpusExport = { ...data, pages: [...data.pages, { ...data.pages[1]!, id: 'another-id' }] };

    expect(await store.importCorpus(stringifyCorpusExport(withRepeat))).toEqual({
      added: 1,
      merged: 0,
      skipped: 2,
      corrections: NO_CORRECTIONS,
    });
    expect(await store.listPages()).toHaveLength(2);
    store.close();
    other.close();
  });
});

/** Each malformed variant of a valid file holding pages the target does not have. */
function malformedFiles(file: CorpusExport): Array<{ name: string; text: string; code: string; path: string | null; says: RegExp }> {
  const json = stringifyCorpusExport(file);
  const edit = (change: (data: Record<string, unknown> & { pages: Array<Record<string, unknown>> }) => void): string => {
    const data = JSON.parse(json) as Record<string, unknown> & { pages: Array<Record<string, unknown>> };
    change(data);
    return JSON.stringify(data);
  };
  return [
    {
      name: 'bad JSON (truncated download)',
      text: json.slice(0, Math.floor(json.length / 2)),
      code: 'malformed-json',
      path: null,
      says: /not valid JSON/,
    },
    {
      name: 'not JSON at all',
      text: 'OpenAI says DeepSeek may have used its AI outputs',
      code: 'malformed-json',
      path: null,
      says: /not valid JSON/,
    },
    {
      name: 'another format',
      text: edit((d) => {
        d.format = 'pocket-export';
      }),
      code: 'wrong-format',
      path: 'format',
      says: /"pocket-export"/,
    },
    { name: 'a JSON list', text: JSON.stringify(file.pages), code: 'wrong-format', path: 'format', says: /not a Crosscheck corpus export/ },
    {
      name: 'wrong version',
      text: edit((d) => {
        d.version = 2;
      }),
      code: 'wrong-version',
      path: 'version',
      says: /version 2.*newer Crosscheck/,
    },
    {
      name: 'version as text',
      text: edit((d) => {
        d.version = '1';
      }),
      code: 'wrong-version',
      path: 'version',
      says: /version of a text/,
    },
    {
      name: 'missing field',
      text: edit((d) => {
        delete d.pages[3]!.title;
      }),
      code: 'invalid-field',
      path: 'pages[3].title',
      says: /Page 4 of 20 \(pages\[3\]\) has no "title"/,
    },
    {
      name: 'wrong type',
      text: edit((d) => {
        d.pages[7]!.sentences = 'One sentence.';
      }),
      code: 'invalid-field',
      path: 'pages[7].sentences',
      says: /"sentences" must be a list of texts, found a text/,
    },
    {
      name: 'wrong type inside a list',
      text: edit((d) => {
        d.pages[19]!.cites = ['Bloomberg', 7];
      }),
      code: 'invalid-field',
      path: 'pages[19].cites[1]',
      says: /Page 20 of 20 \(pages\[19\]\): "cites" must be a list of texts, but item 2 \(cites\[1\]\) is a number\./,
    },
    {
      name: 'bad date',
      text: edit((d) => {
        d.pages[0]!.savedAt = 'yesterday';
      }),
      code: 'invalid-field',
      path: 'pages[0].savedAt',
      says: /date and time/,
    },
    {
      name: 'bad address',
      text: edit((d) => {
        d.pages[5]!.url = 'not an address';
      }),
      code: 'invalid-field',
      path: 'pages[5].url',
      says: /web address/,
    },
    {
      name: 'a page that is not an object',
      text: edit((d) => {
        d.pages[2] = null as unknown as Record<string, unknown>;
      }),
      code: 'invalid-field',
      path: 'pages[2]',
      says: /must be an object, found null/,
    },
    {
      name: 'pages not an array',
      text: edit((d) => {
        d.pages = { 0: d.pages[0] } as unknown as Array<Record<string, unknown>>;
      }),
      code: 'invalid-field',
      path: 'pages',
      says: /"pages" must be a list of pages, found an object/,
    },
    {
      name: 'corrections not an array',
      text: edit((d) => {
        d.corrections = 'none';
      }),
      code: 'invalid-field',
      path: 'corrections',
      says: /"corrections" must be a list/,
    },
  ];
}

describe('importing a malformed file', () => {
  it('is refused with a clear message naming the problem and leaves the corpus byte-for-byte unchanged', async () => {
    const store = await populatedStore(10);
    const other = await openTestStore();
    for (const input of distinctInputs(20, 100)) await other.savePage(input);
    const file = await other.exportCorpus();
    const before = await corpusSnapshot(store);

    const cases = malformedFiles(file);
    for (const { name, text, code, path, says } of cases) {
      const error = await store.importCorpus(text).then(
        () => new Error(`${name}: was accepted`),
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(CorpusStoreError);
      expect(error, name).toMatchObject({ code: 'invalid', importError: { code, path } });
      expect((error as CorpusStoreError).message, name).toMatch(says);
      expect((error as CorpusStoreError).message, name).toMatch(/Nothing was imported/);
      expect(await corpusSnapshot(store), name).toBe(before);
    }
    // The unbroken file is accepted, so each refusal above was about its one defect.
    expect(await store.importCorpus(stringifyCorpusExport(file))).toEqual({
      added: 20,
      merged: 0,
      skipped: 0,
      corrections: NO_CORRECTIONS,
    });
    store.close();
    other.close();
  });

  it('refuses an oversized file before parsing it, leaving the corpus unchanged', async () => {
    const other = await openTestStore();
    for (const input of distinctInputs(30)) await other.savePage(input);
    const text = stringifyCorpusExport(await other.exportCorpus());
    const maxImportBytes = 64 * 1024;
    expect(utf8ByteLength(text)).toBeGreaterThan(maxImportBytes);

    const store = await openTestStore({ maxImportBytes });
    await store.savePage(seedInput(2));
    const before = await corpusSnapshot(store);
    await expect(store.importCorpus(text)).rejects.toMatchObject({
      code: 'invalid',
      importError: { code: 'too-large', path: null },
      message: expect.stringMatching(/too large to import \(\d+\.\d KB; the limit is 64\.0 KB\)/),
    });
    expect(await corpusSnapshot(store)).toBe(before);
    store.close();
    other.close();
  });

  it('a disk that fills up halfway through an import changes nothing', async () => {
    const store = await populatedStore(5);
    const other = await openTestStore();
    for (const input of distinctInputs(15, 50)) await other.savePage(input);
    const file = stringifyCorpusExport(await other.exportCorpus());
    const before = await corpusSnapshot(store);

    failWritesWithQuota(6);
    await expect(store.importCorpus(file)).rejects.toMatchObject({
      code: 'quota',
      message: expect.stringMatching(
        /storage for Crosscheck is full, so Crosscheck could not import this file\. Pages you saved before are safe/,
      ),
    });
    expect(await corpusSnapshot(store)).toBe(before);
    store.close();
    other.close();
  });
});

describe('parseCorpusExport', () => {
  it('counts size in UTF-8 bytes, not characters', () => {
    const file = stringifyCorpusExport({
      format: CORPUS_EXPORT_FORMAT,
      version: CORPUS_EXPORT_VERSION,
      exportedAt: '2025-03-01T09:00:00.000Z',
      pages: [],
      corrections: [
        { claim: '‘Sachs’ said it — a claim with curly quotes', doc: '003', status: 'confirms', at: '2025-03-01T09:00:00.000Z' },
      ],
    });
    const bytes = utf8ByteLength(file);
    expect(bytes).toBe(new TextEncoder().encode(file).length);
    expect(bytes).toBeGreaterThan(file.length);
    expect(parseCorpusExport(file, { maxBytes: bytes }).ok).toBe(true);
    expect(parseCorpusExport(file, { maxBytes: file.length })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('accepts a file without corrections and drops fields it does not know', () => {
    const page = {
      id: 'saved-1',
      url: 'https://a.example/x',
      canonicalUrl: 'https://a.example/x',
      title: 'T',
      outlet: 'a.example',
      byline: null,
      publishedTime: null,
      savedAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
      text: 'Text.',
      sentences: ['Text.'],
      contentHash: '',
      cites: [],
      readingTime: 4,
    };
    const result = parseCorpusExport(JSON.stringify({ format: 'crosscheck-corpus', version: 1, exportedAt: page.savedAt, pages: [page] }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.corrections).toEqual([]);
      expect(result.value.pages[0]).not.toHaveProperty('readingTime');
    }
  });
});
