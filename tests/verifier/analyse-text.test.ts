import { describe, expect, it } from 'vitest';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { sameAmount } from '../../lib/verdict/verifier/extract-quantities.ts';
import { splitEvidence } from '../../lib/verdict/verifier/split-evidence.ts';

describe('analyseText', () => {
  it('reads amounts with scale and currency the same however written', () => {
    const q = (s: string) => analyseText(s).quantities[0];
    const a = q('Nvidia shed close to $600bn of its value.');
    const b = q('The sell-off erased about US$0.6tn from shares.');
    const c = q('Stocks lost roughly a trillion dollars in value.');
    expect(a?.value).toBe(6e11);
    expect(a?.unit).toBe('usd');
    expect(b && a && sameAmount(a, b)).toBe(true);
    expect(c?.value).toBe(1e12);
    expect(c && a && sameAmount(a, c)).toBe(false);
  });

  it('resolves relative dates against the page date', () => {
    const d = analyseText('The model came out in March of last year.', { date: '2026-02-13' }).dates[0];
    expect(d?.year).toBe(2025);
    expect(d?.months).toEqual([3]);
    const autumn = analyseText('Last autumn, staff noticed the traffic.', { date: '2025-01-30' }).dates[0];
    expect(autumn?.year).toBe(2024);
  });

  it('scopes negation to its clause', () => {
    const a = analyseText('The memo did not raise any concern, but it named rivals.');
    const raise = a.words.indexOf('raise');
    const named = a.words.indexOf('named');
    expect(a.negated[raise]).toBe(1);
    expect(a.negated[named]).toBe(0);
  });

  it('finds hedges, quantifiers and the speaker', () => {
    const a = analyseText('David Sacks told Fox News that DeepSeek may have taken data from many companies.');
    expect(a.certainty.map((c) => c.word)).toContain('may');
    expect(a.quantifiers.map((q) => q.value)).toContain('many');
    expect(a.attribution?.source).toContain('david');
  });

  it('splits evidence into sentences, also where a period is glued on', () => {
    expect(splitEvidence('It used distillation.This technique is common. Mr. Smith agreed.')).toEqual([
      'It used distillation.',
      'This technique is common.',
      'Mr. Smith agreed.',
    ]);
  });
});
