/**
 * Issue 15.1: a page on another origin declared a saved article's address as its canonical URL and replaced the
 * reader's saved copy. A canonical address counts only within the page's own site, and the store never lets
 * another site's page replace a saved one (defence in depth, whatever extracted the article).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { normalizeUrl, pageId } from '../../lib/store/normalize-url';
import { stringifyCorpusExport } from '../../lib/store/corpus-export';
import { splitSentences } from '../../lib/text/split-sentences';
import type { Article } from '../../lib/types';
import { renderDemoPage } from '../../scripts/render-demo-page';
import { openTestStore, seeds } from '../corpus-store/fixtures';

const LEGIT = 'http://127.0.0.1:8001/legit.html';
const EVIL = 'http://127.0.0.1:8002/evil.html';

/** The article a content script extracts from `html` served at `url`. */
function extract(html: string, url: string): Article {
  return extractArticle(new JSDOM(html, { url }).window.document)!;
}

function inputOf(article: Article) {
  return { article, sentences: splitSentences(article.paragraphs.join('\n')) };
}

const legitPage = renderDemoPage(seeds[3]!.text, 'Legit Reuters story', { siteName: 'Reuters', url: LEGIT });
const evilPage = renderDemoPage(seeds[1]!.text, 'Legit Reuters story', { siteName: 'Reuters', url: LEGIT });

describe('a page on another origin declaring a saved article as its canonical address', () => {
  it('is saved as its own page, and the saved article stays exactly as it was', async () => {
    const store = await openTestStore();
    const { page: legit, outcome } = await store.savePage(inputOf(extract(legitPage, LEGIT)));
    expect(outcome).toBe('created');

    const evil = await store.savePage(inputOf(extract(evilPage, EVIL)));
    expect(evil.outcome).toBe('created');
    expect(evil.page.id).not.toBe(legit.id);
    expect(evil.page.canonicalUrl).toBe(EVIL);
    expect(await store.getPage(legit.id)).toEqual(legit);
    expect(await store.listPages()).toHaveLength(2);
  });

  it('cannot replace it even when the article reaching the store still claims that address (defence in depth)', async () => {
    const store = await openTestStore();
    const { page: legit } = await store.savePage(inputOf(extract(legitPage, LEGIT)));
    const forged = { ...extract(evilPage, EVIL), canonicalUrl: LEGIT };

    const evil = await store.savePage(inputOf(forged));
    expect(evil).toMatchObject({ outcome: 'created', page: { url: EVIL, canonicalUrl: EVIL, id: pageId(EVIL) } });
    expect(await store.getPage(legit.id)).toEqual(legit);
  });

  it('still updates the saved copy from the article’s own site', async () => {
    const store = await openTestStore();
    const { page: legit } = await store.savePage(inputOf(extract(legitPage, LEGIT)));
    const again = await store.savePage(
      inputOf(
        extract(legitPage.replace('</article>', '<p>Updated with a statement from OpenAI today.</p></article>'), `${LEGIT}?utm_source=rss`),
      ),
    );
    expect(again).toMatchObject({ outcome: 'updated', page: { id: legit.id, canonicalUrl: LEGIT } });
  });

  it('never replaces a stored page whose own address is on another site than the one saving (a record from before this check)', async () => {
    const store = await openTestStore();
    // A page saved from an AMP cache under its publisher's canonical address, as an older version stored it.
    const amp = 'https://www-publisher-example.cdn.example/amp/story';
    const canonical = 'https://publisher.example/story';
    const file = {
      format: 'crosscheck-corpus',
      version: 1,
      exportedAt: '2025-03-01T09:00:00.000Z',
      pages: [
        {
          id: pageId(canonical),
          url: amp,
          canonicalUrl: canonical,
          title: 'Publisher story',
          outlet: 'Publisher',
          byline: null,
          publishedTime: null,
          savedAt: '2025-03-01T09:00:00.000Z',
          updatedAt: '2025-03-01T09:00:00.000Z',
          text: seeds[0]!.text,
          sentences: splitSentences(seeds[0]!.text),
          contentHash: '',
          cites: [],
        },
      ],
      corrections: [],
    };
    await store.importCorpus(JSON.stringify(file));
    const [stored] = await store.listPages();

    // Another page of the publisher's site naming that canonical address is saved under its own address…
    const sibling = { ...extract(evilPage, 'https://publisher.example/other'), canonicalUrl: canonical };
    const result = await store.savePage(inputOf(sibling));
    expect(result).toMatchObject({ outcome: 'created', page: { canonicalUrl: 'https://publisher.example/other' } });
    expect(await store.getPage(stored!.id)).toEqual(stored);

    // …while the page at the canonical address itself is that article, and updates it.
    const itself = await store.savePage(inputOf(extract(legitPage, canonical)));
    expect(itself).toMatchObject({ outcome: 'updated', page: { id: stored!.id, url: canonical } });
  });

  it('is imported as its own page when a file carries it: an import never replaces another site’s saved page', async () => {
    const store = await openTestStore();
    const { page: legit } = await store.savePage(inputOf(extract(legitPage, LEGIT)));
    const other = await openTestStore();
    const { page: forged } = await other.savePage(inputOf(extract(evilPage, EVIL)));
    const exported = await other.exportCorpus();
    // The file claims the legitimate page's canonical address (and a later update, which would win a merge).
    exported.pages = [{ ...forged, canonicalUrl: LEGIT, id: legit.id, updatedAt: '2030-01-01T00:00:00.000Z' }];

    const counts = await store.importCorpus(stringifyCorpusExport(exported));
    expect(counts).toMatchObject({ added: 1, merged: 0 });
    expect(await store.getPage(legit.id)).toEqual(legit);
    const pages = await store.listPages();
    expect(pages.map((page) => page.canonicalUrl).sort()).toEqual([LEGIT, normalizeUrl(EVIL)].sort());
  });
});
