import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import type { CorpusDoc } from '../../lib/types';
import { alignPair } from '../../lib/verdict/verifier/align-pair.ts';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { withStandIn } from '../../lib/verdict/verifier/create-stand-in-lexicon.ts';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier.ts';
import { findNarrowedScope } from '../../lib/verdict/verifier/find-narrowed-scope.ts';
import { loadLexiconNode } from '../../lib/verdict/verifier/load-verifier-node.ts';
import { contradict, onlyClaim } from '../../lib/verdict/verifier/train/contradict.ts';
import { createPrng } from '../../lib/verdict/verifier/train/create-prng.ts';
import { parseVerifierModel } from '../../lib/verdict/verifier/verifier-model.ts';

const model = parseVerifierModel(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'verifier.bin'))));
const lexicon = await loadLexiconNode();
const lex = withStandIn(lexicon);

function narrowed(claim: string, evidence: string) {
  const [c, e] = [analyseText(claim), analyseText(evidence)];
  return findNarrowedScope(c, e, alignPair(c, e, lex).links);
}

describe('an "only" group the evidence states more widely', () => {
  it('a narrowing word the evidence lacks before an aligned plural: the evidence says it of the wider group', () => {
    expect(
      narrowed(
        'According to the regulator, only state-owned Brazilian banks must report large transfers to the tax office.',
        'The regulator said that banks in Brazil must report large transfers to the tax office.',
      ),
    ).toEqual({ claimWords: 'only state-owned brazilian banks', evidenceWords: 'banks', evidenceMarks: ['banks'] });
    // "state" of "state-owned" is linked to "claims" by the lexicon: a pun, the compound is still not in the evidence
    expect(
      narrowed(
        'According to the regulator, only state-owned Brazilian banks must report large transfers to the tax office.',
        'The regulator claims that banks in Brazil must report large transfers to the tax office.',
      ),
    ).toEqual({ claimWords: 'only state-owned brazilian banks', evidenceWords: 'banks', evidenceMarks: ['banks'] });
  });

  it('a name the evidence lists with others', () => {
    expect(narrowed('The board met only Smith on Tuesday.', 'The board met Smith and Jones on Tuesday.')).toEqual({
      claimWords: 'only smith',
      evidenceWords: 'smith and jones',
      evidenceMarks: ['smith', 'jones'],
    });
  });

  it('not when the evidence states the same group, says "only" itself, or names a particular one', () => {
    // the same group without "only": the evidence leaves the "only" out, it does not say otherwise
    expect(narrowed('The board met only Smith on Tuesday.', 'The board met Smith on Tuesday.')).toBeNull();
    expect(
      narrowed('Only state-owned Brazilian banks must report large transfers.', 'Only state-owned banks must report large transfers.'),
    ).toBeNull();
    // "its banks", "the largest investor": a particular group, not the wider one
    expect(narrowed('Only state-owned Brazilian banks must report large transfers.', 'Its banks must report large transfers.')).toBeNull();
    expect(
      narrowed(
        'The fund, only the second-largest investor in the firm, backed the plan.',
        'The fund, the largest investor in the firm, backed the plan.',
      ),
    ).toBeNull();
    // "not only" adds, it does not restrict
    expect(narrowed('Not only local banks report transfers.', 'Banks report transfers.')).toBeNull();
  });

  it('the engine: the rules would confirm; with the verifier the outlet contradicts and names both groups', () => {
    const claim = 'According to the regulator, only state-owned Brazilian banks must report large transfers to the tax office.';
    const page = articleFromText([claim, 'The rule takes effect in March.', 'Lenders have asked for more time.'].join(' '));
    const doc: CorpusDoc = {
      id: 'paper',
      outlet: 'paper',
      title: 'Transfer rule',
      url: null,
      cites: [],
      sentences: [
        'The regulator said that banks in Brazil must report large transfers to the tax office.',
        'Fines start at a million reais.',
      ],
      origin: 'saved',
    };
    const verdictOf = (options: object) => createChecker([doc], options).check(page).claims[0]!.verdicts[0]!;
    expect(verdictOf({}).status).toBe('confirms');
    const checked = verdictOf({ verifier: createVerifier(model, lexicon) });
    expect(checked.status).toBe('contradicts');
    expect(checked.why).toBe('contradicts: scope differs: "only state-owned brazilian banks" vs "banks"');
    expect(checked.evidence).toBe(doc.sentences[0]);
    // the panel marks the wider group in conflict, the words both share as aligned
    expect(checked.marks?.conflicting).toEqual(['banks']);
    expect(checked.marks?.aligned).toContain('transfers');
    expect(checked.marks?.aligned).not.toContain('banks');
    // the same group in the outlet: it leaves the "only" out
    const same: CorpusDoc = {
      ...doc,
      sentences: ['The regulator said that state-owned Brazilian banks must report large transfers to the tax office.'],
    };
    const left = createChecker([same], { verifier: createVerifier(model, lexicon) }).check(page).claims[0]!.verdicts[0]!;
    expect(left.status).toBe('leaves_out');
    expect(left.why).toBe('leaves out: does not say “only”');
  });
});

describe('training pairs: contradictions in meaning, not in label only', () => {
  it('an antonym swap skips particles and inflections the pair list made up ("news" is not the plural of "new")', () => {
    const news = 'It made worldwide news when the band played in Pyongyang.';
    expect(contradict('antonym', news, analyseText(news), [], createPrng(1))).toBeNull();
    const picked = 'The announcement has since been picked up by a number of outlets.';
    expect(contradict('antonym', picked, analyseText(picked), [], createPrng(1))).toBeNull();
    const included = 'Its contents included sealed letters and photographs.';
    expect(contradict('antonym', included, analyseText(included), [], createPrng(1))).toBe(
      'Its contents excluded sealed letters and photographs.',
    );
  });
});

describe('training pairs for scope', () => {
  it('a contradiction narrows a listed name or a bare plural; "only" before a name stated as is becomes a "leaves out" claim', () => {
    const listed = 'The board met Smith and Jones on Tuesday to discuss the merger.';
    expect(contradict('scope', listed, analyseText(listed), [], createPrng(1))).toBe(
      'The board met only Smith on Tuesday to discuss the merger.',
    );
    const plural = 'Officials said that banks must report large transfers to the tax office.';
    const narrowedClaim = contradict('scope', plural, analyseText(plural), [], createPrng(1));
    expect(narrowedClaim).toMatch(/^Officials said that only [\w-]+ banks must report large transfers to the tax office\.$/);
    const named = 'The ministry fined Acme for hiding defects in its processors.';
    expect(onlyClaim(named, analyseText(named))).toBe('The ministry fined only Acme for hiding defects in its processors.');
    expect(onlyClaim(listed, analyseText(listed))).toBeNull();
  });
});
