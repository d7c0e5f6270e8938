/**
 * `mayBeReaderable` stands in front of Readability's `isProbablyReaderable` in auto mode's bail-out. It may only say
 * no where Readability says no: checked on every real page of Readability's corpus and on the e2e fixtures.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { afterAll, describe, expect, it } from 'vitest';
import { mayBeReaderable } from '../../lib/extract/may-be-readerable';
import { frontPage, loginPage, seed004Page } from '../e2e/fixtures';
import { parsePage } from './run-pipeline';
import { getTestPages } from './test-pages';

const PAGE_URL = 'http://fakehost/test/page.html';
let ruledOut = 0;
let notReaderable = 0;

function both(html: string) {
  const page = parsePage(html, PAGE_URL);
  try {
    return { quick: mayBeReaderable(page.document), readability: isProbablyReaderable(page.document) };
  } finally {
    page.close();
  }
}

describe('mayBeReaderable never rules out a page Readability would read', () => {
  it.each(getTestPages().map((page) => [page.name, page.source] as const))('%s', (_, source) => {
    const { quick, readability } = both(source);
    if (readability) expect(quick).toBe(true);
    else {
      notReaderable++;
      if (!quick) ruledOut++;
    }
  });

  it('rules out a large news front page and a sign-in form without asking Readability, and lets an article through', () => {
    expect(both(frontPage())).toEqual({ quick: false, readability: false });
    expect(both(loginPage())).toEqual({ quick: false, readability: false });
    expect(both(seed004Page())).toEqual({ quick: true, readability: true });
  });

  afterAll(() => {
    console.log(`[may-be-readerable] ruled out ${ruledOut} of the ${notReaderable} real pages Readability calls unreadable`);
  });
});
