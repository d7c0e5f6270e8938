import { sharedPath } from '../shared-data';
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/article-from-text';
import { extractArticle } from '../../lib/extract/extract-article';
import { isTopic } from '../../lib/extract/is-topic';
import { SEED_IDS, seedText } from './seeds';

describe('isTopic', () => {
  it('recognises every seed as the AI-distillation story', () => {
    for (const id of SEED_IDS) expect(isTopic(articleFromText(seedText(id.slice(0, 3))))).toBe(true);
  });

  it('rejects real news pages on other subjects', () => {
    for (const page of ['ars-1', 'bbc-1', 'nytimes-1', 'medium-1']) {
      const html = readFileSync(sharedPath('readability-pages', page, 'source.html'), 'utf8');
      const article = extractArticle(
        new JSDOM(html, { url: 'https://example.com/', virtualConsole: new VirtualConsole() }).window.document,
      );
      expect(article && isTopic(article)).toBe(false);
    }
  });

  it("needs both a party and copying: a page about OpenAI's new product is off topic", () => {
    expect(
      isTopic({
        title: 'OpenAI launches a new voice mode',
        paragraphs: ['OpenAI said on Monday that ChatGPT users can now talk to the assistant in 40 languages.'],
      }),
    ).toBe(false);
  });
});
