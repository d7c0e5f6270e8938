/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { probePage } from '../../lib/extract/probe-page';
import { loginPage, offTopicPage, seed004Page } from '../e2e/fixtures';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('probePage (auto mode’s bail-out)', () => {
  it('stops at the cheap readability scan on a sign-in page, without extracting anything', () => {
    const probe = probePage(parse(loginPage()));
    expect(probe.timing.readerable).toBe(false);
    expect(probe.timing.topicMs).toBeNull();
    expect(probe.article).toBeNull();
  });

  it('extracts seed 004 from a page with site chrome and finds it on the story', () => {
    const probe = probePage(parse(seed004Page()));
    expect(probe.timing.readerable).toBe(true);
    expect(probe.topic).toBe(true);
    expect(probe.article?.title).toMatch(/DeepSeek/);
    // Site chrome stays out of the article.
    expect(probe.article?.paragraphs.join(' ')).not.toMatch(/Trending|techfan88|Privacy policy/);
  });

  it('reads a real BBC article and finds it off the story', () => {
    const probe = probePage(parse(offTopicPage()));
    expect(probe.article).not.toBeNull();
    expect(probe.topic).toBe(false);
  });

  it('measures with the clock it is given', () => {
    let t = 0;
    const probe = probePage(parse(loginPage()), () => (t += 5));
    expect(probe.timing.readerableMs).toBe(5);
  });

  it('leaves a real page it reads untouched', () => {
    const doc = parse(offTopicPage());
    const before = doc.documentElement.outerHTML;
    probePage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
