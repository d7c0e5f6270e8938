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

  it('an opposite counts only about the same thing: "rose" / "fell" of the shares, not "cooperation" / "competition" of other things', () => {
    expect(conflictsOf('Shares of Nvidia rose sharply on Monday.', 'Shares of Nvidia fell sharply on Monday.')).toContain(
      'antonym: rose | fell',
    );
    expect(
      conflictsOf(
        'He stressed the need for close cooperation with the government to protect advanced developments.',
        'These developments underscore the escalating global competition in artificial intelligence.',
      ).filter((c) => c.startsWith('antonym')),
    ).toEqual([]);
  });

  it('a word the evidence shares with the claim is not also its opposite', () => {
    const found = conflictsOf(
      'DeepSeek improved smaller models using outputs from larger models.',
      'Developers get better performance on simpler models by using the results of larger models.',
    );
    expect(found.filter((c) => c.startsWith('antonym') || c.startsWith('comparative'))).toEqual([]);
  });

  it('a comparative is reversed only about the same thing, and not by a claim that compares both ways', () => {
    expect(
      conflictsOf("DeepSeek's models are priced below OpenAI's offerings.", "DeepSeek's models are priced above OpenAI's offerings."),
    ).toContain('comparative: below | above');
    expect(
      conflictsOf(
        "DeepSeek's models are priced way below the offerings of American startups.",
        "DeepSeek's free assistant outperformed ChatGPT in the rankings.",
      ).filter((c) => c.startsWith('comparative')),
    ).toEqual([]);
    expect(
      conflictsOf(
        'DeepSeek improved smaller models using outputs from larger models.',
        'DeepSeek built its models using less advanced chips.',
      ).filter((c) => c.startsWith('comparative')),
    ).toEqual([]);
  });

  it('one name of a list the evidence lacks is left out, not replaced by another actor', () => {
    const found = conflictsOf(
      'It is common for AI labs in both China and the US to use the results of leading companies.',
      'DeepSeek used a technique to improve performance by using the results of larger models.',
    );
    expect(found.filter((c) => c.startsWith('actor') || c.startsWith('target'))).toEqual([]);
  });

  it('another name is another actor only amid the same statement: Trump / Biden administration, not US / Chinese startups', () => {
    expect(
      conflictsOf(
        "OpenAI wants such models barred in the Tier One countries defined under the Trump administration's export controls.",
        "The company proposes to ban AI models created in China in Tier One countries under the Biden administration's export restrictions.",
      ),
    ).toContain('target: trump | biden');
    expect(
      conflictsOf(
        'OpenAI says the Chinese startup DeepSeek used its models to train a rival chatbot.',
        "OpenAI is probing whether DeepSeek trained its AI models using the US startup's technology.",
      ).filter((c) => c.startsWith('actor') || c.startsWith('target')),
    ).toEqual([]);
    expect(
      conflictsOf(
        "DeepSeek models are priced way below the US startup's offerings.",
        'Chinese startups are leveraging its technology to develop competing AI products.',
      ).filter((c) => c.startsWith('actor') || c.startsWith('target')),
    ).toEqual([]);
  });

  it('"or both" closing a list is no quantifier, and "no company" is denied only by the same act', () => {
    expect(
      conflictsOf(
        "None of the big US technology companies hosts DeepSeek's open models.",
        'OpenAI does not specify whether its proposal covers the DeepSeek API, open models, or both.',
      ).filter((c) => c.startsWith('scope')),
    ).toEqual(['scope: none | ']); // only what the sentence does not say
    expect(
      conflictsOf('No company runs the open models of DeepSeek.', "The company expressed concern over DeepSeek's chatbot.").filter((c) =>
        c.startsWith('negation'),
      ),
    ).toEqual([]);
    expect(
      conflictsOf('No company runs the open models of DeepSeek.', 'The company runs the open models of DeepSeek.').filter((c) =>
        c.startsWith('negation'),
      ),
    ).toHaveLength(1);
  });

  it('said to another outlet is another attribution: "told Fox News" against "in an interview with CNN"', () => {
    const claim = 'In an interview with CNN, adviser David Sacks said it was possible that DeepSeek had taken intellectual property.';
    expect(
      conflictsOf(
        claim,
        'David Sacks, the White House adviser, told Fox News it was possible that DeepSeek had taken intellectual property.',
      ),
    ).toContain('attribution: cnn | fox news');
    expect(
      conflictsOf(claim, 'David Sacks told CNN it was possible that DeepSeek had taken intellectual property.').filter((c) =>
        c.startsWith('attribution'),
      ),
    ).toEqual([]);
  });
});
