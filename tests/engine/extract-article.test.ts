import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/article-from-text';
import { extractArticle } from '../../lib/extract/extract-article';
import { renderDemoPage } from '../../scripts/render-demo-page';
import { seedText } from './seeds';
import { sharedPath } from '../shared-data';

function domOf(html: string, url = 'https://ledger.example/tech/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('extractArticle on an HTML page', () => {
  const html = renderDemoPage(seedText('004'), "OpenAI accuses China's DeepSeek of using its models for training");

  it('finds the article text and leaves the site chrome out', () => {
    const article = extractArticle(domOf(html))!;
    expect(article).not.toBeNull();
    const text = article.paragraphs.join('\n');
    expect(text).toContain('were uploading data en masse through the OpenAI application programming interface (API)');
    for (const chrome of ['Most read', 'Sign up for our daily briefing', 'You must be logged in', 'Chip stocks rally', 'Back to top']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads title, site name and canonical URL from the metadata', () => {
    const article = extractArticle(domOf(html))!;
    expect(article.title).toBe("OpenAI accuses China's DeepSeek of using its models for training");
    expect(article.outlet).toBe('The Daily Ledger');
    expect(article.canonicalUrl).toBe('https://ledger.example/tech/openai-deepseek-distillation');
    expect(article.lang).toBe('en');
  });

  it('leaves the page itself untouched (Readability parses a clone)', () => {
    const doc = domOf(html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns null for a page with no article', () => {
    const login =
      '<!doctype html><html><head><title>Sign in</title></head><body><form><label>Email <input name="e"></label><button>Sign in</button></form><nav><a href="/">Home</a></nav></body></html>';
    expect(extractArticle(domOf(login))).toBeNull();
  });

  it('never turns hostile text into markup: entities stay text', () => {
    const hostile = renderDemoPage(
      `${seedText('003')}\nA researcher wrote <img src=x onerror=alert(1)> and &lt;script&gt; in the comment field of the form.`,
      'Hostile',
    );
    const article = extractArticle(domOf(hostile))!;
    expect(article.paragraphs.join('\n')).toContain('<img src=x onerror=alert(1)>');
  });

  it("works on a real page from Readability's test corpus", () => {
    const source = readFileSync(sharedPath('readability-pages', 'ars-1', 'source.html'), 'utf8');
    const article = extractArticle(domOf(source, 'http://arstechnica.com/'))!;
    expect(article.title).toMatch(/Just-released Minecraft exploit/);
    expect(article.paragraphs.length).toBeGreaterThan(5);
  });
});

describe('articleFromText', () => {
  it('takes the first heading-like line of five or more words as the title', () => {
    expect(articleFromText(seedText('000')).title).toBe('OpenAI Calls on U.S. Government to Ban DeepSeek and Chinese AI Models');
  });

  it('takes the headline out of a "Section | Headline" line', () => {
    expect(articleFromText(seedText('001')).title).toBe('OpenAI Accuses DeepSeek of Stealing AI Model Technology');
  });

  it('drops page furniture and bullets', () => {
    const paragraphs = articleFromText(seedText('000')).paragraphs;
    expect(paragraphs).not.toContain('Leave a Reply');
    expect(paragraphs.some((p) => p.startsWith('See also'))).toBe(false);
    const bullets = articleFromText(seedText('003')).paragraphs;
    expect(bullets).toContain('OpenAI investigates DeepSeek for potentially using its AI outputs inappropriately.');
  });
});

describe('a canonical address on another site', () => {
  const title = "OpenAI accuses China's DeepSeek of using its models for training";
  /** The demo article served at `pageUrl`, declaring `canonical` (and `ogUrl` when given). */
  function pageAt(pageUrl: string, canonical: string, ogUrl?: string): Document {
    let html = renderDemoPage(seedText('004'), title, { siteName: 'Reuters', url: canonical });
    if (ogUrl) html = html.replace('<meta name="viewport"', `<meta property="og:url" content="${ogUrl}">\n  <meta name="viewport"`);
    return domOf(html, pageUrl);
  }

  it('is ignored: a page on another port of 127.0.0.1 is another origin, and stays its own page', () => {
    const article = extractArticle(pageAt('http://127.0.0.1:8002/evil.html', 'http://127.0.0.1:8001/legit.html'))!;
    expect(article.url).toBe('http://127.0.0.1:8002/evil.html');
    expect(article.canonicalUrl).toBe('http://127.0.0.1:8002/evil.html');
  });

  it('is ignored across registrable domains, public suffixes and private ones (co.uk, github.io) included', () => {
    for (const [page, canonical] of [
      ['https://evil.example.net/copy', 'https://www.reuters.com/world/openai-deepseek'],
      ['https://evil.co.uk/copy', 'https://www.bbc.co.uk/news/technology-1'],
      ['https://mallory.github.io/copy', 'https://alice.github.io/story'],
      ['http://www.reuters.com/world/openai-deepseek', 'https://www.reuters.com/world/openai-deepseek'],
      ['https://www.reuters.com:8443/world/openai-deepseek', 'https://www.reuters.com/world/openai-deepseek'],
    ]) {
      expect(extractArticle(pageAt(page!, canonical!))!.canonicalUrl, `${page} → ${canonical}`).toBe(page);
    }
  });

  it('counts on the page’s own host and its www, m and amp editions, relative links included; a sibling subdomain is left to the store', () => {
    for (const [page, canonical, expected] of [
      ['https://amp.reuters.com/world/openai-deepseek', 'https://www.reuters.com/world/openai-deepseek', null],
      ['https://news.bbc.co.uk/1/technology', 'https://www.bbc.co.uk/news/technology-1', 'https://news.bbc.co.uk/1/technology'],
      ['https://m.bbc.co.uk/news/technology-1', 'https://www.bbc.co.uk/news/technology-1', null],
      ['https://alice.github.io/story?amp=1', 'https://alice.github.io/story', null],
      ['http://127.0.0.1:8001/legit.html?x=1', '/legit.html', 'http://127.0.0.1:8001/legit.html'],
    ]) {
      expect(extractArticle(pageAt(page!, canonical!))!.canonicalUrl, `${page} → ${canonical}`).toBe(expected ?? canonical);
    }
  });

  it('falls back to a same-site og:url when the canonical link points elsewhere, and ignores a cross-site one', () => {
    const own = 'https://www.reuters.com/world/openai-deepseek';
    expect(extractArticle(pageAt(`${own}?page=2`, 'https://evil.example.net/x', own))!.canonicalUrl).toBe(own);
    expect(extractArticle(pageAt(own, 'https://evil.example.net/x', 'https://evil.example.net/y'))!.canonicalUrl).toBe(own);
  });

  it('is not claimed by a page whose address is no web site (a local file), yet stands when the caller says there is no address', () => {
    const canonical = 'https://www.reuters.com/world/openai-deepseek';
    const file = extractArticle(pageAt('file:///home/reader/Downloads/story.html', canonical))!;
    expect(file.url).toBeNull();
    expect(file.canonicalUrl).toBeNull();
    // The CLI reading a saved page file passes the file's own canonical link as its address.
    expect(extractArticle(pageAt('file:///tmp/page.html', canonical), { url: null })!.canonicalUrl).toBe(canonical);
  });
});

describe('reading plain text', () => {
  it('never bundles Readability: the store, the corpus builder and the panel reach articleFromText without it', async () => {
    const { build } = await import('esbuild');
    for (const entry of ['lib/extract/article-from-text.ts', 'lib/store/corpus-doc-from-text.ts', 'lib/store/corpus-store.ts']) {
      const { metafile } = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        metafile: true,
        format: 'esm',
        logLevel: 'silent',
      });
      const inputs = Object.keys(metafile.inputs);
      expect(
        inputs.some((input) => input.includes('@mozilla/readability')),
        entry,
      ).toBe(false);
      expect(
        inputs.some((input) => input.endsWith('extract/extract-article.ts')),
        entry,
      ).toBe(false);
    }
  });
});
