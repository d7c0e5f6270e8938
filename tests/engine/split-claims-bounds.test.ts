import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/article-from-text';
import { splitClaims } from '../../lib/claims/split-claims';
import { splitSentences } from '../../lib/text/split-sentences';
import { seedText } from './seeds';

describe('splitClaims with a limit', () => {
  it('returns the first claims and counts all check-worthy sentences', () => {
    const full = splitClaims(articleFromText(seedText('001')));
    const limited = splitClaims(articleFromText(seedText('001')), 5);
    expect(limited.claims).toEqual(full.claims.slice(0, 5));
    expect(limited.total).toBeGreaterThanOrEqual(full.total);
  });
});

describe('splitSentences on a very long line', () => {
  it('splits a 1 MB single paragraph into the same sentences as the short version', () => {
    const sentences = splitSentences(seedText('003').replace(/\n+/g, ' '));
    const huge = Array.from({ length: Math.ceil(1_000_000 / 2_400) }, () => sentences.join(' ')).join(' ');
    const split = splitSentences(huge);
    expect(split.length).toBe(sentences.length * Math.ceil(1_000_000 / 2_400));
    expect(split.slice(0, sentences.length)).toEqual(sentences);
  });
});
