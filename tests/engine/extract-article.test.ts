import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleFromText, extractArticle } from '../../lib/extract/extract-article';
import { renderDemoPage } from '../../scripts/render-demo-page';
import { seedText } from './seeds';

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
    const source = readFileSync(new URL('../../../shared/readability-pages/ars-1/source.html', import.meta.url), 'utf8');
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
