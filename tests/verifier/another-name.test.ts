import { describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import type { CorpusDoc } from '../../lib/types';
import { alignPair } from '../../lib/verdict/verifier/align-pair.ts';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { withStandIn } from '../../lib/verdict/verifier/create-stand-in-lexicon.ts';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier.ts';
import { loadLexiconNode, loadVerifierModel } from '../../lib/verdict/verifier/load-verifier-node.ts';

const lexicon = await loadLexiconNode();
const verifier = createVerifier(loadVerifierModel(), lexicon);

/** The verdict of a one-document corpus on a one-sentence page. */
function verdictOn(page: string, sentences: string[], role: 'flags' | 'guards' = 'flags') {
  const doc: CorpusDoc = { id: 'daily', outlet: 'Daily', title: '', url: null, cites: [], sentences, origin: 'saved' };
  const checker = createChecker([doc], { verifier, verifierRole: role, sameArticle: 2 });
  const [claim] = checker.check(articleFromText(page)).claims;
  return claim!.verdicts[0]!;
}

const PAGE = 'Mayor Carlos Lopez has cracked down on illegal parking by making city wardens patrol at night.';
const DOCUMENT = [
  'The city changed its parking rules this spring.',
  'Governor Anna Smith has cracked down on illegal parking by making city wardens patrol at night.',
  'Drivers say the fines are too high.',
];

describe('a name the document never has may be the one it replaces', () => {
  it('another actor in its place is a contradiction, not "never mentions"', () => {
    const verdict = verdictOn(PAGE, DOCUMENT);
    expect(verdict.status).toBe('contradicts');
    expect(verdict.why).toBe('contradicts: mayor carlos lopez vs governor anna smith');
    expect(verdict.evidence).toBe(DOCUMENT[1]);
    // the whole other name is marked, not its first word
    expect(verdict.marks?.conflicting).toEqual(['governor', 'anna', 'smith']);
  });

  it('a document without the name and without another in its place still leaves the claim out', () => {
    const verdict = verdictOn(PAGE, ['The city changed its parking rules this spring.', 'Drivers say the fines are too high.']);
    expect(verdict.status).toBe('leaves_out');
    expect(verdict.why).toBe('not found in this article: it never mentions Mayor Carlos Lopez');
  });

  it('in the "guards" role the verifier reads only what the rules would confirm with, so the name check stands', () => {
    expect(verdictOn(PAGE, DOCUMENT, 'guards').why).toBe('not found in this article: it never mentions Mayor Carlos Lopez');
  });
});

describe('a swapped name is one conflict over all its words', () => {
  it('the evidence side of the conflict spans the whole name, so its own words are not read as its context', () => {
    const [claim, evidence] = [analyseText(PAGE), analyseText(DOCUMENT[1]!)];
    const [actor] = alignPair(claim, evidence, withStandIn(lexicon)).conflicts.filter((c) => c.kind === 'actor');
    expect(actor).toMatchObject({ claimWords: 'mayor carlos lopez', evidenceWords: 'governor anna smith' });
    expect(actor!.evidenceIndex.map((j) => evidence.words[j])).toEqual(['governor', 'anna', 'smith']);
  });
});
