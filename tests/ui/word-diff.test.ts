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
