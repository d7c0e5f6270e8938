import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../lib/claims/extract-quantities';
import { conflictFacts, findConflict as findConflictOfFacts } from '../../lib/verdict/find-conflict';

const close = { states: true, strong: true, related: () => true };

/** The detectors on two sentences, as the engine calls them on prepared facts. */
function findConflict(claim: string, evidence: string, options: Parameters<typeof findConflictOfFacts>[2]) {
  return findConflictOfFacts(conflictFacts(claim), conflictFacts(evidence), options);
}

describe('a claim that differs only in a number', () => {
  it('is reported as contradicting, naming both amounts', () => {
    const conflict = findConflict(
      'This development has notably impacted the market, leading to a $600 billion loss in the value of AI-linked U.S. tech stocks.',
      'This development has notably impacted the market, leading to a $1 trillion loss in the value of AI-linked U.S. tech stocks.',
      close,
    );
    expect(conflict).toEqual({ kind: 'amount', why: 'amount differs: $600 billion vs $1 trillion' });
  });

  it('is not a conflict when the figures are the same, written differently', () => {
    expect(findConflict('a loss of $1 trillion in value', 'a loss of $1,000 billion in value', close)).toBeNull();
  });

  it('names a different year as a date difference', () => {
    expect(
      findConflict('DeepSeek launched its R1 model in January 2025.', 'DeepSeek launched its R1 model in January 2024.', close)?.why,
    ).toBe('date differs: 2025 vs 2024');
  });
});

describe('a claim that differs in direction', () => {
  it('uploading vs siphoning', () => {
    const conflict = findConflict(
      'people they believed to be connected to DeepSeek were uploading data en masse through the OpenAI application programming interface (API).',
      "individuals they believed may be affiliated with DeepSeek siphoning a large amount of data using OpenAI's application programming interface",
      close,
    );
    expect(conflict).toEqual({ kind: 'direction', why: 'direction differs: uploading vs siphoning' });
  });

  it('allows vs prohibits', () => {
    expect(
      findConflict(
        'Its terms of use allow developers to use outputs to build competing models.',
        'Its terms of use prohibit developers from using outputs to build competing models.',
        close,
      )?.why,
    ).toBe('permission differs: allow vs prohibit');
  });

  it('is not a conflict when both sentences use both words', () => {
    expect(findConflict('Prices rose and then fell.', 'Prices fell after they rose.', close)).toBeNull();
  });
});

describe('a negated claim', () => {
  it('is reported as negated', () => {
    expect(
      findConflict(
        'OpenAI has provided further details about its allegations.',
        'OpenAI has not provided further details about its allegations.',
        close,
      )?.kind,
    ).toBe('negation');
  });

  it('is only judged on close matches', () => {
    expect(findConflict('OpenAI has provided details.', 'OpenAI has not provided details.', { ...close, strong: false })).toBeNull();
  });
});

describe('claims about evidence', () => {
  it('"no evidence" vs "found evidence" conflict', () => {
    expect(
      findConflict('Microsoft found no evidence that DeepSeek used the API.', 'Microsoft found evidence that DeepSeek used the API.', close)
        ?.kind,
    ).toBe('evidence');
  });

  it('"it\'s possible" vs "substantial evidence" conflict', () => {
    expect(
      findConflict(
        'Sacks said it is possible that DeepSeek stole the models.',
        'Sacks said there is substantial evidence that DeepSeek stole the models.',
        close,
      )?.why,
    ).toBe('evidence differs: "possible" vs "substantial evidence"');
  });

  it('"may have" vs "has evidence" is a difference of hedging, not a contradiction', () => {
    expect(
      findConflict(
        'DeepSeek may have inappropriately distilled our models.',
        'OpenAI says it has evidence that DeepSeek used its models.',
        close,
      ),
    ).toBeNull();
  });
});

describe('a dispute', () => {
  const claim =
    "Following R1's release, both OpenAI and Microsoft claimed it had been partially trained on ChatGPT, contradicting DeepSeek's self-reported low training costs.";
  it('is a conflict when the other sentence states what is disputed', () => {
    expect(findConflict(claim, 'DeepSeek said it trained the model at low cost.', { ...close, states: false })?.why).toBe(
      'the page disputes this: "contradicting DeepSeek\'s self-reported low training costs"',
    );
  });

  it('is not a conflict when the other sentence is about something else', () => {
    expect(findConflict(claim, 'DeepSeek topped the App Store.', { ...close, states: false, related: () => false })).toBeNull();
  });
});

describe('extractQuantities', () => {
  it('reads money with scale words, percentages, years and counts', () => {
    expect(extractQuantities('a $1 trillion loss, up 5% in 2024 among 3.2 million users').map((q) => [q.kind, q.value])).toEqual([
      ['money', 1e12],
      ['percent', 5],
      ['year', 2024],
      ['count', 3.2e6],
    ]);
  });
});
