import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import type { CorpusDoc } from '../../lib/types';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier.ts';
import { isQuestion, statesNothing } from '../../lib/verdict/verifier/states-nothing.ts';
import { parseVerifierModel } from '../../lib/verdict/verifier/verifier-model.ts';

/** A one-document corpus of `sentences`. */
const outlet = (sentences: string[]): CorpusDoc => ({ id: 'o', outlet: 'o', title: '', url: null, cites: [], sentences, origin: 'saved' });

const model = parseVerifierModel(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'verifier.bin'))));

describe('a question or a verbless heading states nothing', () => {
  it('tells a question by its final "?", inside quotes or brackets too', () => {
    expect(isQuestion("What are 'distillation techniques' in AI?")).toBe(true);
    expect(isQuestion('“Did DeepSeek copy us?” ')).toBe(true);
    expect(isQuestion('(Is it legal?)')).toBe(true);
    expect(isQuestion('Nobody asked whether it was legal.')).toBe(false);
    expect(isQuestion('Is it legal? Lawyers say yes.')).toBe(false);
    expect(isQuestion('')).toBe(false);
  });

  it('tells a verbless heading, but not a title-case headline whose verb the tagger reads as a name', () => {
    const claim = analyseText('OpenAI sued The New York Times for copyright infringement.');
    expect(statesNothing(claim, analyseText("OpenAI's allegations of copyright infringement"))).toBe('heading');
    expect(statesNothing(claim, analyseText('The Times accused OpenAI of copyright infringement.'))).toBeNull();
    expect(statesNothing(claim, analyseText('OpenAI Accuses DeepSeek Of Copyright Infringement'))).toBeNull();
    // a line that ends like a sentence is one, even where the tagger reads its verb as a noun ("use")
    expect(statesNothing(claim, analyseText('Big US banks use the new payment network for their own transfers.'))).toBeNull();
    // a claim without a verb may be stated by a heading
    expect(statesNothing(analyseText('Copyright infringement by OpenAI'), analyseText("OpenAI's copyright infringement"))).toBeNull();
  });

  it('the verifier leaves a claim out against a question that repeats its words, and says why', () => {
    const v = createVerifier(model);
    const claim = analyseText('Distillation is a technique that AI developers seldom use.');
    const pair = v.verifyPair(claim, analyseText('Is distillation a technique that AI developers seldom use?'));
    expect(pair.label).toBe('leaves_out');
    expect(pair.why).toBe('leaves out: the nearest sentence asks a question; it states nothing');
    expect(v.verifyPair(claim, analyseText('Distillation is a technique that AI developers seldom use.')).label).toBe('confirms');
  });

  it('an outlet whose only matching sentence is a question does not confirm, with or without the verifier', () => {
    const page = articleFromText(
      [
        'Regulators in Brussels fined the chipmaker 300 million euros for hiding defects in its processors.',
        'The company said it would appeal the decision within a month.',
        'Shares of the firm fell sharply in early trading on Friday.',
      ].join(' '),
    );
    const others = ['A spokesman for the firm declined to comment.', 'Analysts expect the appeal to take years.'];
    const asking = outlet(['Was the chipmaker fined by Brussels regulators for hiding defects in its processors?', ...others]);
    const stating = outlet(['Brussels regulators fined the chipmaker 300 million euros for hiding defects in its processors.', ...others]);
    const verifier = createVerifier(model);
    for (const options of [{}, { verifier }]) {
      expect(createChecker([asking], options).check(page).claims[0]!.verdicts[0]!.status).not.toBe('confirms');
      expect(createChecker([stating], options).check(page).claims[0]!.verdicts[0]!.status).toBe('confirms');
    }
  });
});

describe('a sentence in a conflict a reader can check does not confirm, even when too weak to contradict', () => {
  const claim =
    "The bank's security staff first spotted the intrusion in the spring of 2022, when hackers tied to the gang began pulling large amounts of data out through the bank's API.";
  const evidence =
    "The bank notified regulators that its security staff in the fall had observed people they believed may be affiliated with the gang siphoning a large amount of data using the bank's application programming interface, or API, a newspaper reported on Tuesday.";

  it('the verifier names the conflict of a "leaves out" it cannot call a contradiction', () => {
    const pair = createVerifier(model).verifyPair(analyseText(claim), analyseText(evidence));
    expect(pair.label).toBe('leaves_out');
    expect(pair.conflictKind).toBe('date');
    expect(pair.why).toContain('spring of 2022 vs fall');
  });

  it('the rules would confirm it; with the verifier the outlet leaves the claim out and says why', () => {
    const page = articleFromText(
      [claim, 'The bank has since replaced its login system.', 'Customers were told to change their passwords.'].join(' '),
    );
    const doc: CorpusDoc = {
      id: 'paper',
      outlet: 'paper',
      title: 'Bank breach',
      url: null,
      cites: [],
      sentences: [evidence, 'A spokesman declined to say how many customers were affected.'],
      origin: 'saved',
    };
    const verdictOf = (options: object) => createChecker([doc], options).check(page).claims[0]!.verdicts[0]!;
    expect(verdictOf({}).status).toBe('confirms');
    const guarded = verdictOf({ verifier: createVerifier(model) });
    expect(guarded.status).toBe('leaves_out');
    expect(guarded.why).toContain('spring of 2022 vs fall');
  });
});

describe('a claim’s number or date that the sentence does not state is not confirmed by it', () => {
  const claim =
    "The mayor's office said the audit of the city's water contracts, which took three years and cost $2 million, found no evidence of fraud by the Denver firm.";
  const page = articleFromText(
    [claim, 'The council will debate the findings next week.', 'Residents have complained for years.'].join(' '),
  );
  const doc = (sentence: string): CorpusDoc => ({
    id: 'paper',
    outlet: 'paper',
    title: 'Audit',
    url: null,
    cites: [],
    sentences: [sentence, 'The firm welcomed the result.'],
    origin: 'saved',
  });

  it('the rules alone confirm it; with the verifier the outlet leaves it out and names the missing figures', () => {
    const without = doc("The mayor's office said the audit of the city's water contracts found no evidence of fraud.");
    expect(createChecker([without]).check(page).claims[0]!.verdicts[0]!.status).toBe('confirms');
    const guarded = createChecker([without], { verifier: createVerifier(model) }).check(page).claims[0]!.verdicts[0]!;
    expect(guarded.status).toBe('leaves_out');
    expect(guarded.why).toMatch(/^leaves out: does not say .*three years/);
  });

  it('an outlet that states the figures still confirms', () => {
    const stating = doc(
      "The mayor's office said the three-year audit of the city's water contracts, which cost $2 million, found no evidence of fraud by the Denver firm.",
    );
    expect(createChecker([stating], { verifier: createVerifier(model) }).check(page).claims[0]!.verdicts[0]!.status).toBe('confirms');
  });
});

describe('guardLeavesOut: how sure a "leaves out" must be to overrule the rules', () => {
  const claim = 'The city council approved the new bus routes for the northern districts after a long debate with the transport union.';
  const page = articleFromText([claim, 'Buses will run every ten minutes.', 'The union had threatened a strike.'].join(' '));
  const doc: CorpusDoc = {
    id: 'paper',
    outlet: 'paper',
    title: 'Buses',
    url: null,
    cites: [],
    sentences: ['The city council approved the new bus routes for the northern districts.', 'Residents welcomed the decision.'],
    origin: 'saved',
  };

  it('by default (1) never: the rules confirm a sentence that lacks part of the claim; at 0.5 the verifier’s sure "leaves out" stands', () => {
    const verifier = createVerifier(model);
    expect(createChecker([doc], { verifier }).check(page).claims[0]!.verdicts[0]!.status).toBe('confirms');
    const guarded = createChecker([doc], { verifier, guardLeavesOut: 0.5 }).check(page).claims[0]!.verdicts[0]!;
    expect(guarded.status).toBe('leaves_out');
    expect(guarded.why).toMatch(/^leaves out: does not say .*debate/);
  });
});

describe('a sentence that shares only names with the claim says who, not what', () => {
  const others = ['The city changed its parking rules this spring.', 'Drivers say the fines are too high.'];
  const verdictOf = (page: string, sentences: string[]) =>
    createChecker([outlet(sentences)], { verifier: createVerifier(model) }).check(articleFromText(page)).claims[0]!.verdicts[0]!;

  it('does not confirm, with or without the stance model; it names what the outlet lacks', () => {
    const page = 'Governor Anna Smith praised the new parking rules in Phoenix on Monday.';
    const verdict = verdictOf(page, ['Anna Smith grew up in Phoenix.', ...others]);
    expect(verdict.status).toBe('leaves_out');
    expect(verdict.why).toBe('not found in this article; nearest sentence lacks Governor, praised, parking, rules');
    // the attribution frame is names too: "… told Galveston Daily News"
    const quote = verdictOf('“A few of the people are really ugly,” he told Galveston Daily News.', [
      '“They were supposed to have done it and it looks like they didn’t do it,” Oberholtzer told Galveston Daily News.',
    ]);
    expect(quote.status).toBe('leaves_out');
  });

  it('a sentence that also states what happened still confirms, and a title-case headline is not all names', () => {
    const page = 'Governor Anna Smith praised the new parking rules in Phoenix on Monday.';
    expect(verdictOf(page, ['In Phoenix, Anna Smith praised the parking rules on Monday.', ...others]).status).toBe('confirms');
    const headline = 'McDonald’s Removing Big Mac, Apple Pies And Eliminating Large Size Options.';
    expect(verdictOf(headline, ['McDonald’s is removing the Big Mac, apple pies and large size options from its menu.']).status).toBe(
      'confirms',
    );
  });
});

describe('a claim that something did not happen is not confirmed by a sentence that negates nothing', () => {
  const claim = 'The regulator has not put a figure on how extensive the alleged overcharging was.';
  const page = articleFromText([claim, 'The airline denies wrongdoing.', 'A hearing is set for May.'].join(' '), {
    url: 'https://page.example/a',
  });
  const verdictOf = (sentences: string[], verifier = true) =>
    createChecker([outlet(sentences)], verifier ? { verifier: createVerifier(model) } : {}).check(page).claims[0]!.verdicts[0]!;
  const act = 'The regulator previously accused the airline of overcharging passengers on domestic flights.';

  it('the rules alone confirm with the sentence that states the act; with the verifier it leaves the claim out and says why', () => {
    expect(verdictOf([act, 'Shares fell on Monday.'], false).status).toBe('confirms');
    const guarded = verdictOf([act, 'Shares fell on Monday.']);
    expect(guarded.status).toBe('leaves_out');
    expect(guarded.why).toBe('leaves out: does not say “not”');
  });

  it('a sentence further down that negates it confirms, even when the act scores higher', () => {
    const negating = 'The regulator did not say how extensive it was.';
    const v = verdictOf([act, negating]);
    expect(v.status).toBe('confirms');
    expect(v.evidence).toBe(negating);
  });

  it('a "not" in other words ("declined to put a figure") or an antonym of a negated word is not missing', () => {
    const verifier = createVerifier(model);
    const negated = analyseText(claim);
    expect(verifier.unstatedNegation(negated, analyseText(act))).toBe('not');
    expect(verifier.unstatedNegation(negated, analyseText('The regulator declined to put a figure on the overcharging.'))).toBeNull();
    const banned = analyseText('Passengers are not allowed to carry lithium batteries in checked bags.');
    expect(verifier.unstatedNegation(banned, analyseText('Lithium batteries are forbidden in checked bags.'))).toBeNull();
    expect(verifier.unstatedNegation(analyseText(act), analyseText(act))).toBeNull();
  });
});
