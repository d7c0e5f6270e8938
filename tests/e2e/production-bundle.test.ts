/**
 * Test builds carry hooks for the end-to-end tests (reports written into the page, a panel tab opened for Firefox,
 * the highlight names kept in the isolated world, performance marks). None may reach a reader: this builds the
 * production extension for both browsers, as `npm run build` / `npm run build:firefox` do, and searches every file
 * it ships for them — and for anything of the page reader that a page could hear.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

const ROOT = join(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');

/** Names that exist only for the end-to-end tests (message types, dataset keys, globals, performance marks). */
const E2E_HOOKS = [
  'e2eOpenPanel',
  'e2eReport',
  'e2eMenuIds',
  'crosscheckE2eHighlightNames',
  'crosscheckContent',
  'crosscheckState',
  'crosscheckPanel',
  'crosscheckMenus',
  'crosscheck:probe',
  'crosscheck:readerable',
  'crosscheck:topic',
];
/** What the page reader must never contain: ways to talk to the page, and the old fixed highlight names. */
const PAGE_TALK = ['postMessage', 'dispatchEvent', 'CustomEvent', 'content-script-started', 'crosscheck-unverified', 'crosscheck-flash'];

/** Every text file of a build, by path relative to it. */
function shippedFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(js|html|json|css)$/.test(entry.name)) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
    }
  }
  return files;
}

/** Which of `needles` occur in which files. */
function occurrences(files: Map<string, string>, needles: string[]): string[] {
  const found: string[] = [];
  for (const [path, text] of files) for (const needle of needles) if (text.includes(needle)) found.push(`${needle} in ${path}`);
  return found;
}

describe('the production builds', () => {
  const builds: Record<'chrome' | 'firefox', Map<string, string>> = { chrome: new Map(), firefox: new Map() };

  beforeAll(async () => {
    await build({ root: ROOT, browser: 'chrome', mode: 'production' });
    await build({ root: ROOT, browser: 'firefox', mode: 'production' });
    builds.chrome = shippedFiles(join(OUTPUT, 'chrome-mv3'));
    builds.firefox = shippedFiles(join(OUTPUT, 'firefox-mv2'));
  }, 180_000);

  it('the search finds the hooks where they belong: in the test builds', () => {
    // Without this, a search that can find nothing would pass below.
    for (const dir of ['chrome-mv3-e2e', 'firefox-mv2-e2e']) {
      const found = occurrences(shippedFiles(join(OUTPUT, dir)), E2E_HOOKS);
      expect(found.length, dir).toBeGreaterThan(5);
    }
  });

  it.each(['chrome', 'firefox'] as const)('%s: ships no end-to-end hook', (browser) => {
    expect(builds[browser].size).toBeGreaterThan(3);
    expect(occurrences(builds[browser], E2E_HOOKS)).toEqual([]);
    // The Firefox test build's content script on the test server's pages, and its host permission.
    expect(occurrences(builds[browser], ['127.0.0.1'])).toEqual([]);
  });

  it.each(['chrome', 'firefox'] as const)('%s: the page reader has no way to talk to the page', (browser) => {
    const reader = builds[browser].get('page-reader.js');
    expect(reader).toBeDefined();
    expect(occurrences(new Map([['page-reader.js', reader!]]), PAGE_TALK)).toEqual([]);
  });
});
