import { describe, expect, it } from 'vitest';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { alignPair } from '../../lib/verdict/verifier/align-pair.ts';
import { createStandInLexicon } from '../../lib/verdict/verifier/create-stand-in-lexicon.ts';

const lex = createStandInLexicon();
const conflictsOf = (claim: string, evidence: string) =>
  alignPair(analyseText(claim), analyseText(evidence), lex).conflicts.map((c) => `${c.kind}: ${c.claimWords} | ${c.evidenceWords}`);

describe('conflicts a reader would agree are conflicts, and only those', () => {
  it('a prohibition negates its verb: "prohibit X from using" says "may not use"', () => {
    const rule = 'The terms prohibit developers from using its outputs to build rival models.';
    expect(conflictsOf(rule, 'Users may not use its outputs to build rival models.').filter((c) => c.startsWith('negation'))).toEqual([]);
    expect(conflictsOf(rule, 'Users may use its outputs to build rival models.').filter((c) => c.startsWith('negation'))).toHaveLength(1);
  });

  it('a rule against a fact is no contradiction: breaking a rule is the story', () => {
    expect(
      conflictsOf('Users may not copy its services to build rival models.', 'DeepSeek copied its services to build rival models.').filter(
        (c) => c.startsWith('negation'),
      ),
    ).toEqual([]);
    expect(
      conflictsOf(
        'DeepSeek did not copy its services to build rival models.',
        'DeepSeek copied its services to build rival models.',
      ).filter((c) => c.startsWith('negation')),
    ).toHaveLength(1);
  });

  it('"none of" negates the verb, not the noun after it, and not a participle before a noun', () => {
    const found = conflictsOf(
      'None of the AI labs in China use the results of leading companies.',
      'AI labs in China use the results of leading companies.',
    );
    expect(found.filter((c) => c.startsWith('negation')).join()).not.toMatch(/leading|labs/);
  });

  it('quantifiers of the same noun are anchored on it: "none of the big companies" against "many companies"', () => {
    const a = alignPair(
      analyseText("None of the big US technology companies currently runs DeepSeek's open models on its own infrastructure."),
      analyseText(
        'It is known that many companies, including Microsoft and Amazon, already host open models of DeepSeek on their infrastructure.',
      ),
      lex,
    );
    const scope = a.conflicts.find((c) => c.kind === 'scope' && c.evidenceWords === 'many');
    expect(scope?.anchor).toBe(1);
  });

  it('a misspelt name is the same person, another name is another actor', () => {
    const claim = 'David Sacks told reporters that the theft was possible.';
    expect(conflictsOf(claim, 'David Sachs told reporters that the theft was possible.')).toEqual([]);
    expect(conflictsOf('Google first alerted OpenAI to the traffic.', 'Microsoft first alerted OpenAI to the traffic.')).toContain(
      'actor: google | microsoft',
    );
  });

  it('"US" is a country, not the stem of "use"', () => {
    const a = alignPair(analyseText('Developers use the outputs.'), analyseText('The U.S. outputs are large.'), lex);
    expect(a.links.some((l) => a.conflicts.length === 0 && l.via === 'same' && l.claim === 1)).toBe(false);
  });

  it('the speaker is the name before an apposition, and "told" names the listener after it', () => {
    const a = analyseText("David Sacks, the White House's crypto czar, told Fox News it was possible.");
    expect(a.attribution?.source).toBe('david sack');
    expect(analyseText('Commerce Secretary Howard Lutnick told Fox News it was possible.').attribution?.source).toMatch(/lutnick$/);
  });
});
