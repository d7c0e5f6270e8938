import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../lib/panel-state/word-diff';
import { sharedPath } from '../shared-data';

const seed = (id: string) => readFileSync(sharedPath('seeds', `${id}.txt`), 'utf8');
const sentenceWith = (text: string, needle: string) => text.split(/(?<=[.!?])\s+|\n/).find((sentence) => sentence.includes(needle)) ?? '';

const marked = (reference: string, text: string) =>
  wordDiff(reference, text)
    .filter((segment) => segment.changed)
    .map((segment) => segment.text);

describe('wordDiff', () => {
  it('keeps the text intact: the segments join back to the compared sentence', () => {
    const text = 'Microsoft  notified OpenAI, Bloomberg reported on Tuesday.';
    expect(
      wordDiff('anything', text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('marks nothing when the sentences have the same words, whatever the case, punctuation or quotes', () => {
    expect(marked('OpenAI’s models were “distilled”.', "openai's models were distilled")).toEqual([]);
  });

  describe('two outlets telling the API story (seeds 004 and 003)', () => {
    const claim = sentenceWith(seed('004_63fdc588fd2aa358'), 'uploading data en masse');
    const evidence = sentenceWith(seed('003_463d0d3bf59aec75'), 'siphoning');

    it('marks the verb where Business Insider says "siphoning" and the page says "uploading"', () => {
      expect(claim).toContain('uploading');
      expect(marked(claim, evidence).join(' ')).toMatch(/siphoning/);
    });

    it('never marks a function word on its own ("its", "may", "or"), only inside a marked run', () => {
      const runs = marked(claim, evidence);
      for (const word of ['its', 'may', 'or']) expect(runs).not.toContain(word);
      expect(runs).toContain('siphoning a large amount');
    });

    it('leaves the words both sentences share unmarked', () => {
      const changed = marked(claim, evidence).join(' ');
      for (const shared of ['Microsoft', 'OpenAI', 'security', 'researchers', 'DeepSeek']) expect(changed).not.toMatch(shared);
    });
  });

  it('marks a changed name: "Sachs" on the page against "Sacks" in Business Insider', () => {
    const claim = sentenceWith(seed('004_63fdc588fd2aa358'), 'David Sachs');
    const evidence = sentenceWith(seed('003_463d0d3bf59aec75'), 'David Sacks');
    expect(marked(claim, evidence).join(' ')).toMatch(/\bSacks\b/);
  });

  it('merges neighbouring changed words into one run', () => {
    expect(marked('the company raised money', 'the company raised six hundred million dollars')).toEqual(['six hundred million dollars']);
  });
});

describe('wordDiff with the verifier’s marks', () => {
  const runs = (reference: string, text: string, marks: { aligned: string[]; conflicting: string[] }) =>
    wordDiff(reference, text, marks)
      .filter((segment) => segment.mark || segment.changed)
      .map((segment) => `${segment.mark ?? 'new'}:${segment.text}`);

  it('marks a conflicting word even when the claim uses it too, and keeps the text intact', () => {
    const text = 'Most big US technology companies host DeepSeek’s open models.';
    const segments = wordDiff('None of the big US technology companies host DeepSeek’s models.', text, {
      aligned: [],
      conflicting: ['most'],
    });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(runs('None of the big US technology companies host DeepSeek’s models.', text, { aligned: [], conflicting: ['most'] })).toEqual([
      'conflict:Most',
      'new:open',
    ]);
  });

  it('shows a word said otherwise as aligned, not as new', () => {
    expect(
      runs('OpenAI wants DeepSeek’s models banned.', 'OpenAI urged officials to consider outlawing DeepSeek’s models.', {
        aligned: ['outlawing', 'openai', 'models'],
        conflicting: [],
      }),
    ).toEqual(['new:urged officials to consider', 'aligned:outlawing']);
  });

  it('without marks, is the plain word diff', () => {
    const reference = 'the company raised money';
    const text = 'the company raised six hundred million dollars';
    expect(wordDiff(reference, text, { aligned: [], conflicting: [] })).toEqual(wordDiff(reference, text));
  });
});
