/**
 * The CLI parses HTML with linkedom (docs/cli.md) because Readability extracts the same article with it as with
 * jsdom: the whole comparison over the 97 real pages is `npx tsx scripts/cli/compare-doms.ts` (0 differ). This keeps a
 * sample of those pages — every eighth, plus the pages the issue names as biggest — as a test, so a linkedom upgrade
 * or an extraction change that makes the two disagree is caught.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../scripts/read-page-file';
import { getTestPages } from '../robustness/test-pages';

const ALWAYS = new Set(['yahoo-3', 'wikipedia-3', 'nytimes-5', 'cnet', 'links-in-tables']);
const pages = getTestPages().filter((page, index) => index % 8 === 0 || ALWAYS.has(page.name));

describe("the CLI's HTML parser and jsdom give Readability the same article", () => {
  it.each(pages.map((page) => [page.name, page] as const))(
    '%s',
    async (_, page) => {
      const jsdom = new JSDOM(page.source, { url: 'https://page.invalid/', virtualConsole: new VirtualConsole() }).window.document;
      const linkedom = await parseHtml(page.source);
      const canonical = (doc: Document) => doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
      const expected = extractArticle(jsdom, { url: canonical(jsdom) });
      expect(extractArticle(linkedom, { url: canonical(linkedom) })).toEqual(expected);
    },
    120_000,
  ); // jsdom alone takes up to 5 s on the biggest pages, more on a loaded machine
});
