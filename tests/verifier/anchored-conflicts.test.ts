import { describe, expect, it } from 'vitest';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { alignPair } from '../../lib/verdict/verifier/align-pair.ts';
import { createStandInLexicon } from '../../lib/verdict/verifier/create-stand-in-lexicon.ts';

const lex = createStandInLexicon();

describe('conflicts are anchored on what the claim and the sentence share', () => {
  it('another number on the claim’s own predicate is anchored', () => {
    const a = alignPair(
      analyseText('Unemployment fell to 4 percent in 2019.'),
      analyseText('Unemployment fell to 9 percent in 2019.'),
      lex,
    );
    const c = a.conflicts.find((x) => x.kind === 'number');
    expect(c?.anchor ?? 0).toBeGreaterThanOrEqual(0.5);
    expect(a.hardAnchored).toBeGreaterThanOrEqual(0.5);
  });

  it('another number in a clause about something else is not', () => {
    const a = alignPair(
      analyseText('Unemployment fell to 4 percent in 2019.'),
      analyseText('Unemployment fell in 2019; separately, a survey of farmers found that 9 percent of crops were lost to drought.'),
      lex,
    );
    const c = a.conflicts.find((x) => x.kind === 'number');
    expect(c).toBeDefined();
    expect(c?.anchor ?? 1).toBeLessThan(0.5);
    expect(a.unanchoredConflicts).toBeGreaterThanOrEqual(1);
  });

  it('rarity-weighted coverage counts the distinctive words, not the everyday ones', () => {
    const claim = analyseText('Microsoft told OpenAI about suspicious traffic from DeepSeek accounts.');
    const names = alignPair(claim, analyseText('Microsoft alerted OpenAI to traffic from DeepSeek.'), lex);
    const everyday = alignPair(claim, analyseText('He told them about the accounts.'), lex);
    expect(names.rareCoverage).toBeGreaterThan(everyday.rareCoverage);
    expect(names.rareCoverage).toBeGreaterThan(0.5);
  });
});
