import { describe, expect, it } from 'vitest';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { alignPair } from '../../lib/verdict/verifier/align-pair.ts';
import { createStandInLexicon } from '../../lib/verdict/verifier/create-stand-in-lexicon.ts';
import { extractQuantities, sameAmount } from '../../lib/verdict/verifier/extract-quantities.ts';
import { combineLexicons, isLexiconLike, type LexiconLike } from '../../lib/verdict/verifier/lexicon-like.ts';
import { loadLexiconNode } from '../../lib/verdict/verifier/load-verifier-node.ts';

// WordNet, as the shipped verifier combines it: it links "curbs" with "restricting"
const wordNet = await loadLexiconNode();
if (!isLexiconLike(wordNet)) throw new Error('data/lexicon.bin did not load');
const lex: LexiconLike = combineLexicons(wordNet, createStandInLexicon());
const conflictsOf = (claim: string, evidence: string, kind: string) =>
  alignPair(analyseText(claim), analyseText(evidence), lex)
    .conflicts.filter((c) => c.kind === kind)
    .map((c) => `${c.claimWords} | ${c.evidenceWords}`);
const spansOf = (text: string) => {
  const words = text.toLowerCase().split(' ');
  return extractQuantities(
    words,
    words.map((w) => w.replace(/s$/, '')),
  );
};

describe('spans of time are amounts: "months of work" is not "weeks of work"', () => {
  it('counts a span in days, so "three months" meets "90 days" and not "six weeks"', () => {
    const [months] = spansOf('it took three months');
    expect(months).toMatchObject({ unit: 'day', text: 'three months' });
    expect(sameAmount(months!, spansOf('it took 90 days')[0]!)).toBe(true);
    expect(sameAmount(months!, spansOf('it took six weeks')[0]!)).toBe(false);
  });

  it('reads a bare plural span as a range, and "recent years" or "years ago" as no span', () => {
    const [bare] = spansOf('it saved months of work');
    expect(bare).toMatchObject({ unit: 'day', text: 'months' });
    expect(sameAmount(bare!, spansOf('it took six months')[0]!)).toBe(true);
    expect(sameAmount(bare!, spansOf('it saved weeks of work')[0]!)).toBe(false);
    expect(spansOf('in recent years it grew')).toEqual([]);
    expect(spansOf('it began years ago')).toEqual([]);
    expect(spansOf('months earlier it had complained')).toEqual([]);
    expect(spansOf('it happened weeks later')).toEqual([]);
  });

  it('another span for the same work is a number conflict', () => {
    expect(
      conflictsOf(
        'Reusing the client libraries spared DeepSeek months of engineering work.',
        'DeepSeek was able to save weeks of work on client libraries.',
        'number',
      ),
    ).toEqual(['months | weeks']);
    expect(conflictsOf('The project took months of work.', 'The project took six months of work.', 'number')).toEqual([]);
  });
});

describe('undoing a restriction states its opposite', () => {
  it('"relaxed its curbs" against "restricting", "lifted the ban" against "banned"', () => {
    expect(
      conflictsOf(
        "Washington has relaxed its curbs on Chinese technology companies' access to advanced AI.",
        "U.S. policies are aimed at restricting Chinese tech companies' access to advanced AI technologies.",
        'antonym',
      ),
    ).toEqual(['relaxed curbs | restricting']);
    expect(conflictsOf('The government lifted the ban on the drug.', 'The government banned the drug.', 'antonym')).toEqual([
      'lifted ban | banned',
    ]);
  });

  it('no conflict when both undo it, or neither does', () => {
    expect(conflictsOf('The government lifted the ban on the drug.', 'The government lifted its ban on the drug.', 'antonym')).toEqual([]);
    expect(conflictsOf('The government banned the drug.', 'The government imposed a ban on the drug.', 'antonym')).toEqual([]);
  });
});

describe('another rank of the same superlative is a number conflict', () => {
  it('"second-largest investor" against "largest investor", and "largest" meets "biggest"', () => {
    expect(
      conflictsOf(
        'Microsoft, only the second-largest investor in OpenAI, has been examining that traffic.',
        "Security researchers at Microsoft, which is OpenAI's largest investor, noticed the traffic.",
        'number',
      ),
    ).toEqual(['second-largest | largest']);
    expect(conflictsOf('Toyota is the second-largest carmaker in the world.', "Toyota is the world's biggest carmaker.", 'number')).toEqual(
      ['second-largest | biggest'],
    );
    expect(conflictsOf('Toyota is the largest carmaker in the world.', "Toyota is the world's biggest carmaker.", 'number')).toEqual([]);
    // a superlative of something else is no rank of the same thing
    expect(conflictsOf('Toyota is the second-largest carmaker in the world.', 'Its largest factory is in Aichi.', 'number')).toEqual([]);
  });
});

describe('two bare numbers are one quantity only in the same slot', () => {
  it('conflict when a word beside one is aligned with a word beside the other', () => {
    expect(
      conflictsOf(
        'Residents heard a boom that left a 32-foot deep crater near the airport.',
        'Residents heard a boom that left a 16-foot deep crater near the airport.',
        'number',
      ),
    ).toEqual(['32 | 16']);
    expect(conflictsOf('Kim, 47, and his wife, 22, met in Pyongyang.', 'Kim, 31, and his wife, 22, met in Pyongyang.', 'number')).toEqual([
      '47 | 31',
    ]);
  });

  it('no conflict between numbers of different things, or the same number', () => {
    expect(
      conflictsOf(
        'An 85-year-old woman in Waco has been arrested for making cats into fur coats.',
        'It is estimated the woman in Waco used over 30 cats to make one fur coat.',
        'number',
      ),
    ).toEqual([]);
    expect(conflictsOf('Kim, 47, met his wife in Pyongyang.', 'Kim, 47, met his wife in Pyongyang.', 'number')).toEqual([]);
  });
});

describe('two exact figures are one amount only when one is the other rounded', () => {
  it('"$99" meets "$100" and "1,201" meets "1,200"; "72" does not meet "71", nor "309" "308"', () => {
    expect(conflictsOf('The membership costs $100 a year.', 'The membership costs $99 a year.', 'number')).toEqual([]);
    expect(conflictsOf('Analysts pegged the watch at $1,201.', 'Analysts pegged the watch at $1,200.', 'number')).toEqual([]);
    expect(conflictsOf('The preacher, 72, says God is not a man.', 'The preacher, 71, says God is not a man.', 'number')).toEqual([
      '72 | 71',
    ]);
    expect(
      conflictsOf(
        'The Mirror reports a 309-pound catfish was caught in the delta.',
        'The Mirror reports a 308-pound catfish was caught in the delta.',
        'number',
      ),
    ).toEqual(['309 | 308']);
    expect(conflictsOf('The fish measured 8.7 feet in length.', 'The fish measured 8.6 feet in length.', 'number')).toEqual(['8.7 | 8.6']);
    // "about" allows more than rounding
    expect(conflictsOf('The fish weighed about 72 pounds.', 'The fish weighed 71 pounds.', 'number')).toEqual([]);
  });
});

describe('a unit hyphenated to its number', () => {
  it('"a three-year audit" is three years, "a 32-foot crater" is in feet', () => {
    expect(extractQuantities(['a', 'three', '-', 'year', 'audit'], ['a', 'three', '-', 'year', 'audit'])).toMatchObject([
      { value: 1095, unit: 'day', text: 'three-year' },
    ]);
    expect(extractQuantities(['a', '32', '-', 'foot', 'crater'], ['a', '32', '-', 'foot', 'crater'])).toMatchObject([
      { value: 32, unit: 'foot' },
    ]);
  });
});

describe('one sentence orders an event before what the other orders after', () => {
  it('"robbed a store shortly after the shooting" against "shortly before the shooting"', () => {
    expect(
      conflictsOf(
        'Police said Brown robbed a convenience store shortly after the shooting.',
        'Police said Brown robbed a convenience store shortly before the shooting.',
        'comparative',
      ),
    ).toEqual(['after | before']);
  });

  it('an opening "Before …," / "After …," orders its phrase against the main clause after the comma', () => {
    expect(
      conflictsOf(
        'Before a community meeting, the vigilantes dragged the man into a nearby shop.',
        'After a community meeting, the vigilantes dragged the man into a nearby shop.',
        'comparative',
      ),
    ).toEqual(['before | after']);
    expect(
      conflictsOf(
        'Even after the murder, the president found himself on far different footing in the region.',
        'Even before the murder, the president found himself on far different footing in the region.',
        'comparative',
      ),
    ).toEqual(['after | before']);
    // the same order said the other way round is no conflict, nor an opening phrase about something else
    expect(
      conflictsOf('After the vote, the senator left the chamber.', 'The senator left the chamber after the vote.', 'comparative'),
    ).toEqual([]);
    expect(
      conflictsOf(
        'Before the hearing, the senator left the chamber.',
        'After lunch, the senator met reporters in the hall.',
        'comparative',
      ),
    ).toEqual([]);
  });

  it('mid-sentence, in the same place of one sentence shape, however far the next shared word is', () => {
    // "a 24-hour …" and "it's too late": no shared content word right after the order word
    expect(
      conflictsOf(
        'Police denied reports that the artist was arrested on Monday before a 24-hour anti-graffiti operation.',
        'Police denied reports that the artist was arrested on Monday after a 24-hour anti-graffiti operation.',
        'comparative',
      ),
    ).toEqual(['before | after']);
    expect(
      conflictsOf(
        'We need to teach our children about the dangers of gambling after it is too late.',
        'We need to teach our children about the dangers of gambling before it is too late.',
        'comparative',
      ),
    ).toEqual(['after | before']);
  });

  it('not when the words around them are about other things, or both sentences order it alike', () => {
    expect(
      conflictsOf(
        'The council approved the routes after a long debate with the union.',
        'Before the vote, the council said the routes would be cheaper to run.',
        'comparative',
      ),
    ).toEqual([]);
    expect(
      conflictsOf(
        'Police said Brown robbed a store shortly after the shooting.',
        'Before the inquiry, police said Brown robbed a store shortly after the shooting.',
        'comparative',
      ),
    ).toEqual([]);
  });
});

describe('an antonym in the same slot of one sentence shape', () => {
  it('"The man, who is reported…" against "The woman, who is reported…": no aligned word beside it, the same place', () => {
    expect(
      conflictsOf(
        'The man, who is reported to be from Bolivia, has now been discharged from hospital.',
        'The woman, who is reported to be from Bolivia, has now been discharged from hospital.',
        'antonym',
      ),
    ).toEqual(['man | woman']);
  });

  it('at the start or the end of a sentence, where the same words stand before or after it', () => {
    expect(
      conflictsOf(
        "He's still dead and, well, stop believing what you see on the Internet.",
        "He's still alive and, well, stop believing what you see on the Internet.",
        'antonym',
      ),
    ).toEqual(['dead | alive']);
    expect(
      conflictsOf(
        'It was a post I saw on the forum and I just wondered if it was false.',
        'It was a post I saw on the forum and I just wondered if it was true.',
        'antonym',
      ),
    ).toEqual(['false | true']);
    // the same opening words, then another sentence
    expect(conflictsOf("He's dead tired after the race, his coach said.", "He's alive, the doctors said.", 'antonym')).toEqual([]);
  });

  it('not an antonym elsewhere in a sentence of another shape', () => {
    expect(
      conflictsOf(
        'Officials said the hospital discharged a man from Bolivia on Friday.',
        'A woman was seen near the hospital on Friday, officials said.',
        'antonym',
      ),
    ).toEqual([]);
  });
});

describe('another name in the same slot of one sentence shape', () => {
  it('"Lopez has cracked down on…" against "Governor Anna Smith has cracked down on…": another actor', () => {
    expect(
      conflictsOf(
        'Lopez has cracked down on illegal parking by making city wardens patrol at night.',
        'Governor Anna Smith has cracked down on illegal parking by making city wardens patrol at night.',
        'actor',
      ),
    ).toEqual(['lopez | governor anna smith']);
  });

  it('not a name that stands elsewhere in a sentence of another shape', () => {
    expect(
      conflictsOf(
        'Lopez has cracked down on illegal parking, the city council said on Monday.',
        'Governor Anna Smith praised the council, which has cracked down on illegal parking.',
        'actor',
      ),
    ).toEqual([]);
  });
});

describe('a claim that compares both ways in another clause is still reversed in this one', () => {
  it('"is under 300 pounds, but … the largest catfish" against "is over 300 pounds"', () => {
    expect(
      conflictsOf(
        'The weight record for a wels catfish is under 300 pounds, but Ferrari may have caught the largest catfish.',
        'The weight record for a wels catfish is over 300 pounds, but Ferrari may have caught the largest catfish.',
        'comparative',
      ),
    ).toEqual(['under | over']);
  });
});

describe('a hedge in the place where the claim is sure', () => {
  it('is a certainty conflict even when another clause of both sentences hedges something else', () => {
    expect(
      conflictsOf(
        'A meteorite may have caused this crater, but the lack of fireball reports certainly does suggest some other cause.',
        'A meteorite may have caused this crater, but the lack of fireball reports seems to suggest some other cause.',
        'certainty',
      ),
    ).toEqual(['certainly | seems']);
    // one side fills the slot with two words
    expect(
      conflictsOf(
        'But oddly, the report suggests that it will definitely not be free.',
        'But oddly, the report suggests that it might not be free.',
        'certainty',
      ),
    ).toEqual(['definitely | might']);
  });

  it('not a hedge of something else elsewhere in the sentence', () => {
    expect(
      conflictsOf(
        'It may rain today, and the match will certainly be played.',
        'It may rain today, and the match will be played.',
        'certainty',
      ),
    ).toEqual([]);
  });
});
