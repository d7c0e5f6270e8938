import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import type { CorpusDoc } from '../../lib/types';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier.ts';
import { parseVerifierModel } from '../../lib/verdict/verifier/verifier-model.ts';

const model = parseVerifierModel(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'verifier.bin'))));

const outlet = (sentence: string): CorpusDoc => ({
  id: 'outlet',
  outlet: 'outlet',
  title: 't',
  url: null,
  cites: [],
  sentences: [sentence, 'Doctors said mother and child were well.'],
  origin: 'saved',
});
const verdictOf = (claim: string, sentence: string, options: object) =>
  createChecker([outlet(sentence)], options).check(
    articleFromText([claim, 'The convent has not commented.', 'The story spread quickly online.'].join(' ')),
  ).claims[0]!.verdicts[0]!;

describe("the rules' sentence-wide negation stands only where the verifier finds the 'not' about what both say", () => {
  const claim = 'A nun in Italy gave birth to a baby boy after she complained of severe stomach pains.';

  it('a "no" in a clause about something else is no contradiction with the verifier (the rules alone read one)', () => {
    const sentence =
      'A nun in Italy who complained of severe stomach pains gave birth to a baby boy, and says she had no idea she was pregnant.';
    expect(verdictOf(claim, sentence, {}).status).toBe('contradicts');
    expect(verdictOf(claim, sentence, { verifier: createVerifier(model) }).status).not.toBe('contradicts');
  });

  it('a "not" on the shared statement still contradicts, even where the clause is broken by commas', () => {
    const sentence = 'A nun in Italy did not, as first reported, give birth to a baby boy after she complained of severe stomach pains.';
    expect(verdictOf(claim, sentence, { verifier: createVerifier(model) }).status).toBe('contradicts');
  });
});
