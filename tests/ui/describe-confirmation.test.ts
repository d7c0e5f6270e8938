import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { createChecker } from '../../lib/create-checker';
import {
  describeAttribution,
  describeConfirmation,
  describeSourceGroup,
  driftOf,
  NOT_FOUND_HINT,
  NOT_FOUND_LABEL,
} from '../../lib/panel-state/wording';
import { articleFromText } from '../../lib/extract/article-from-text';

const checker = createChecker(bundledCorpus());
/** The e2e drift page's two key sentences, checked against the bundled seeds. */
const [flat, bloomberg] = checker.check(
  articleFromText(
    "Opinion\nDeepSeek stole OpenAI's technology to build its chatbot.\nMicrosoft security researchers saw people linked to DeepSeek move a large amount of data through OpenAI's API last fall, Bloomberg reported.",
  ),
).claims;

describe('independent confirmation in words', () => {
  it('a claim two outlets confirm, both repeating Bloomberg: "2 outlets confirm — 1 independent source"', () => {
    // Seed 000's "OpenAI does not specify whether its proposal covers the DeepSeek API…" shares only names with it
    // (DeepSeek, OpenAI's, API): it says who, not what, so it does not confirm, with or without the verifier.
    expect(describeConfirmation(bloomberg!)).toBe('2 outlets confirm — 1 independent source');
  });

  it('names the outlets of a group and why they are one source', () => {
    const group = bloomberg!.sources.find((g) => g.docs.length === 2)!;
    expect(describeSourceGroup(group.outlets, group.reason)).toBe(
      "Business Insider and “OpenAI accuses China's DeepSeek of using its…” both credit Bloomberg",
    );
    expect(describeSourceGroup(['A', 'B', 'C'], 'both credit Reuters')).toBe('A, B and C all credit Reuters');
    expect(describeSourceGroup(['A', 'B'], 'near-identical wording')).toBe('A and B: near-identical wording');
    expect(describeSourceGroup(['Newzvia'], null)).toBe('Newzvia');
  });

  it('says nothing of confirmation when nothing confirms, and one outlet in the singular', () => {
    expect(describeConfirmation({ verdicts: [], sources: [] })).toBeNull();
    const one = { ...bloomberg!.verdicts.find((v) => v.status === 'confirms')! };
    expect(
      describeConfirmation({ verdicts: [one], sources: [{ docs: [one.doc], outlets: [one.outlet], reason: null, credits: null }] }),
    ).toBe('1 outlet confirms');
  });
});

describe('drift in words', () => {
  it('flags the flat accusation as stated more strongly than the two outlets that attribute it', () => {
    // The second outlet confirms with "OpenAI says it has evidence that…" (its question "Did DeepSeek really steal…?"
    // states nothing), so it too attributes what the page states flatly.
    expect(driftOf(flat!)).toEqual([
      {
        kind: 'page-flat',
        label: 'stated more strongly than sources',
        outlets: ['Business Insider', "“OpenAI accuses China's DeepSeek of using its…”"],
      },
    ]);
    expect(driftOf(bloomberg!)).toEqual([]);
  });

  it('says how the page itself presents a claim', () => {
    expect(describeAttribution(bloomberg!.attribution)).toBe('This page attributes it to Bloomberg.');
    expect(describeAttribution(flat!.attribution)).toBe('This page states it flatly and credits no one for it.');
    expect(describeAttribution({ source: 'OpenAI', hedges: ['may have'] })).toBe(
      'This page attributes it to OpenAI and hedges it (“may have”).',
    );
  });
});

describe('honest coverage', () => {
  it('words an unconfirmed claim as not found in the corpus, and never as false', () => {
    expect(NOT_FOUND_LABEL).toBe('Not found in your corpus');
    expect(NOT_FOUND_HINT).toMatch(/does not make it false/);
    expect(`${NOT_FOUND_LABEL} ${NOT_FOUND_HINT}`).not.toMatch(/\b(is|are) false\b|\buntrue\b|\bfake\b/i);
  });
});
