/**
 * Shared test material for the saved-pages store: real article text from the seed corpus, a deterministic
 * clock, fresh fake IndexedDB factories, and a way to make writes fail the way a full disk does.
 */
// Installs the fake IDB classes as globals: idb recognises IDB objects by `instanceof` those globals.
import { sameSite } from '../../lib/extract/same-site';
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { articleFromText } from '../../lib/extract/article-from-text';
import { splitSentences } from '../../lib/text/split-sentences';
import { openCorpusStore } from '../../lib/store/corpus-store';
import type { CorpusStore, CorpusStoreOptions, SavePageInput } from '../../lib/store/corpus-store';
import type { CorpusExport } from '../../lib/store/corpus-export';
import { sharedPath } from '../shared-data';

const SEEDS_DIR = pathToFileURL(`${sharedPath('seeds')}/`);

interface ManifestEntry {
  id: string;
  file: string;
  outlet: string | null;
  cites: string[];
}

/** One seed article: its file id, full text, and what the manifest knows about it. */
export interface Seed {
  id: string;
  text: string;
  outlet: string | null;
  cites: string[];
}

function loadSeeds(): Seed[] {
  const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('manifest.json', SEEDS_DIR)), 'utf8')) as {
    documents: ManifestEntry[];
  };
  return manifest.documents.map((entry) => ({
    id: entry.id,
    text: readFileSync(fileURLToPath(new URL(entry.file, SEEDS_DIR)), 'utf8'),
    outlet: entry.outlet,
    cites: entry.cites,
  }));
}

/** The five seed articles of the bundled corpus, in file order. */
export const seeds: Seed[] = loadSeeds();

// Hosts for the seeds whose text names no outlet, so every test page has a believable address.
const HOSTS = ['eureporter.example', 'newzvia.example', 'aiwire.example', 'businessinsider.example', 'techdaily.example'];

/** The address of copy `n` of seed `index`. */
export function seedUrl(index: number, n: number): string {
  return `https://www.${HOSTS[index % HOSTS.length]}/ai/${seeds[index % seeds.length]!.id}-${n}`;
}

/**
 * A savePage input built from a seed the way the extension builds one: articleFromText + splitSentences.
 * `edition` > 0 appends a dated update paragraph, making the text (and content hash) distinct, as a live
 * article's later edition is.
 */
export function seedInput(
  index: number,
  { url = seedUrl(index, 0), canonicalUrl, edition = 0 }: { url?: string; canonicalUrl?: string | null; edition?: number } = {},
): SavePageInput {
  const seed = seeds[index % seeds.length]!;
  const day = (edition % 28) + 1;
  const text =
    edition > 0
      ? `${seed.text.trimEnd()}\n\nUpdated March ${day}, 2025 (edition ${edition}): this story has been updated with further comment from OpenAI and DeepSeek.`
      : seed.text;
  const article = articleFromText(text, { url });
  return {
    article: {
      ...article,
      outlet: seed.outlet ?? article.outlet,
      canonicalUrl: canonicalUrl === undefined ? article.canonicalUrl : canonicalUrl,
    },
    sentences: splitSentences(article.paragraphs.join('\n')),
    cites: seed.cites,
  };
}

/** `count` distinct pages: every seed in turn, each copy at its own address with its own edition. */
export function distinctInputs(count: number, offset = 0): SavePageInput[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    return seedInput(n, { url: seedUrl(n, n), edition: n + 1 });
  });
}

/** A clock that starts at 1 March 2025 09:00 UTC and moves one second per reading. */
export function tickingClock(start = Date.UTC(2025, 2, 1, 9)): () => Date {
  let tick = 0;
  return () => new Date(start + tick++ * 1000);
}

/** A fresh in-memory IndexedDB, so no test sees another's data. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** Opens a store over a fresh (or given) factory with a deterministic clock and no browser estimate. */
/** A store over a fresh in-memory IndexedDB, configured as the background (the only writer) opens it. */
export function openTestStore(options: CorpusStoreOptions = {}): Promise<CorpusStore> {
  return openCorpusStore({ indexedDB: freshFactory(), now: tickingClock(), estimate: null, sameSite, ...options });
}

/** The export without its timestamp, as text: equal strings mean a byte-for-byte equal corpus. */
export async function corpusSnapshot(store: CorpusStore): Promise<string> {
  const { exportedAt: _exportedAt, ...rest }: CorpusExport = await store.exportCorpus();
  return JSON.stringify(rest);
}

interface FakeObjectStoreInternals {
  transaction: { _execRequestAsync(request: { operation: () => never; source: unknown }): IDBRequest };
}

/**
 * Makes every `put`/`add` after the first `allowed` ones fail as a full disk does in a browser: the request
 * fires `error` with a QuotaExceededError and the transaction aborts with it. Uses fake-indexeddb's request
 * queue so the failure arrives asynchronously, like the real thing. Restored by vitest's restoreMocks.
 */
export function failWritesWithQuota(allowed = 0): void {
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (writes++ < allowed) return original.apply(this, args);
      const internals = this as unknown as FakeObjectStoreInternals;
      return internals.transaction._execRequestAsync({
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    });
  }
}
