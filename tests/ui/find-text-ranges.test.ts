/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTextRanges, foldText } from '../../lib/page/find-text-ranges';
import { sharedPath } from '../shared-data';

const seed004 = readFileSync(sharedPath('seeds', '004_63fdc588fd2aa358.txt'), 'utf8');
const lines = seed004.split('\n').filter((line) => line.trim() !== '');

/** A page parsed from fixture markup, as the browser would hold it. */
function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  return document.body;
}

describe('findTextRanges', () => {
  it('finds every sentence of seed 004 when the page wraps words in links and emphasis and re-flows whitespace', () => {
    const paragraphs = lines.slice(1).map(
      (line) =>
        `<p>${line
          .replace('Bloomberg', '<a href="#">Bloomberg</a>')
          .replace('en masse', '<em>en\n   masse</em>')
          .replace(/ OpenAI /g, '&nbsp;OpenAI ')}</p>`,
    );
    const body = page(`<header><nav>Home</nav></header><article>${paragraphs.join('\n')}</article>`);
    const sentences = lines.slice(1).flatMap((line) => line.replace(/^- /, '').split(/(?<=[.!?])\s+(?=[A-Z])/));
    const ranges = findTextRanges(body, sentences);
    ranges.forEach((range, i) => {
      expect(range, sentences[i]).not.toBeNull();
      expect(range!.toString().replace(/\s+/g, ' ')).toBe(sentences[i]);
    });
  });

  it('spans inline elements: the range starts and ends in different text nodes', () => {
    const body = page('<p>People were uploading data <em>en masse</em> through the API.</p>');
    const [range] = findTextRanges(body, ['were uploading data en masse through the API']);
    expect(range!.startContainer).not.toBe(range!.endContainer);
    expect(range!.toString()).toBe('were uploading data en masse through the API');
  });

  it('matches curly quotes and dashes on the page to straight ones in the claim', () => {
    const body = page('<p>The company’s terms say users “cannot copy” its services — ever.</p>');
    const [range] = findTextRanges(body, [`The company's terms say users "cannot copy" its services - ever.`]);
    expect(range?.toString()).toBe('The company’s terms say users “cannot copy” its services — ever.');
  });

  it('ignores text in scripts and styles', () => {
    const body = page('<script>var s = "DeepSeek used the API";</script><p>Nothing here.</p>');
    expect(findTextRanges(body, ['DeepSeek used the API'])).toEqual([null]);
  });

  it('maps a sentence repeated in a summary box to its occurrences in page order', () => {
    const claim = 'OpenAI declined to provide further details about its allegations.';
    const body = page(`<aside><p id="a">${claim}</p></aside><article><p id="b">${claim}</p></article>`);
    const [first, second] = findTextRanges(body, [claim, claim]);
    expect(first!.startContainer.parentElement!.id).toBe('a');
    expect(second!.startContainer.parentElement!.id).toBe('b');
  });

  it('finds a claim the page interrupts with a footnote mark the extractor dropped', () => {
    const body = page(
      '<p>Microsoft has notified OpenAI of suspicious activity,<sup>[12]</sup> and both companies are currently investigating.</p>',
    );
    const [range] = findTextRanges(body, [
      'Microsoft has notified OpenAI of suspicious activity, and both companies are currently investigating.',
    ]);
    expect(range?.toString()).toContain('[12]');
  });

  it('returns null for a sentence that is not on the page, without touching the DOM', () => {
    const body = page('<p>One paragraph.</p>');
    const before = body.innerHTML;
    expect(findTextRanges(body, ['A sentence the page never had in it at all, anywhere.'])).toEqual([null]);
    expect(body.innerHTML).toBe(before);
  });
});

describe('foldText', () => {
  it('drops whitespace and soft hyphens, lower-cases and unifies quotes', () => {
    expect(foldText('Dis\u00adtil lation “A”')).toBe('distillation"a"');
  });
});
