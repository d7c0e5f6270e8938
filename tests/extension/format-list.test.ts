import { describe, expect, it } from 'vitest';
import { formatList } from '../../lib/extension/format-list';

describe('a list of names in words', () => {
  it('joins them as the English messages do, without a comma before “and”', () => {
    expect([[], ['Reuters'], ['Reuters', 'BI'], ['Reuters', 'BI', 'CNBC']].map((names) => formatList(names))).toEqual([
      '',
      'Reuters',
      'Reuters and BI',
      'Reuters, BI and CNBC',
    ]);
  });

  it('only enumerates, with no “and”, in the unit style', () => {
    expect(formatList(['“may have”', '“reportedly”'], 'unit')).toBe('“may have”, “reportedly”');
  });

  it('joins them as another language does', () => {
    expect(formatList(['Reuters', 'BI', 'CNBC'], 'conjunction', 'de')).toBe('Reuters, BI und CNBC');
    expect(formatList(['Reuters', 'BI', 'CNBC'], 'conjunction', 'en-US')).toBe('Reuters, BI, and CNBC');
  });
});
