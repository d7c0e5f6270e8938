import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier.ts';
import { parseVerifierModel } from '../../lib/verdict/verifier/verifier-model.ts';
import { alignPair } from '../../lib/verdict/verifier/align-pair.ts';
import { createStandInLexicon } from '../../lib/verdict/verifier/create-stand-in-lexicon.ts';

const model = parseVerifierModel(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'verifier.bin'))));
const verifier = createVerifier(model);
const lex = createStandInLexicon();

describe('reasons name the words that differ', () => {
  it('a changed number', () => {
    const v = verifier.verifyPair(
      analyseText('Unemployment fell to 4 percent in 2019.'),
      analyseText('Unemployment fell to 9 percent in 2019.'),
    );
    expect(v.label).toBe('contradicts');
    expect(v.why).toMatch(/4/);
    expect(v.why).toMatch(/9/);
    expect(v.conflicting).toContain('9');
    expect(v.aligned).toContain('unemployment');
  });

  it('a negated predicate', () => {
    const v = verifier.verifyPair(analyseText('The council did not approve the budget.'), analyseText('The council approved the budget.'));
    expect(v.label).toBe('contradicts');
    expect(v.why).toMatch(/not approve/);
    expect(v.conflicting).toContain('approved');
  });

  it('another actor for the same predicate', () => {
    const a = alignPair(
      analyseText('Google first alerted OpenAI to the traffic.'),
      analyseText('Microsoft first alerted OpenAI to the traffic.'),
      lex,
    );
    const c = a.conflicts.find((x) => x.kind === 'actor');
    expect(c?.claimWords).toBe('google');
    expect(c?.evidenceWords).toBe('microsoft');
  });

  it('a reversed quantifier and an antonym', () => {
    const q = alignPair(analyseText('None of the companies host the models.'), analyseText('Many companies host the models.'), lex);
    expect(q.conflicts.some((c) => c.kind === 'scope' && c.claimWords === 'none' && c.evidenceWords === 'many')).toBe(true);
    const n = alignPair(
      analyseText('The terms permit customers to copy the outputs.'),
      analyseText('The terms prohibit customers from copying the outputs.'),
      lex,
    );
    expect(n.conflicts.some((c) => c.kind === 'antonym' && c.claimWords === 'permit' && c.evidenceWords === 'prohibit')).toBe(true);
  });

  it('other words for the same thing are aligned, not conflicting', () => {
    const a = alignPair(analyseText('The government banned the drug.'), analyseText('The government outlawed the drug.'), lex);
    expect(a.links.some((l) => l.via === 'synonym')).toBe(true);
    expect(a.conflicts).toHaveLength(0);
  });
});

describe('the panel marks what the verifier read', () => {
  it('the conflicting word of a negated predicate is marked as a conflict in the evidence', async () => {
    const { wordDiff } = await import('../../lib/panel-state/word-diff.ts');
    const claim = 'The council did not approve the budget.';
    const evidence = 'The council approved the budget on Monday.';
    const v = verifier.verifyPair(analyseText(claim), analyseText(evidence));
    expect(v.label).toBe('contradicts');
    const conflict = wordDiff(claim, evidence, v).filter((s) => s.mark === 'conflict');
    expect(conflict.map((s) => s.text.trim())).toEqual(['approved']);
  });
});
