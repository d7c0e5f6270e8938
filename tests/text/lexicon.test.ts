import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexiconFromDisk } from '../../lib/text/load-lexicon-node';
import { LEXICON_MAGIC, parseLexicon, type Pos } from '../../lib/text/lexicon';
import { buildLexicon, type WordNetFiles } from '../../scripts/lexicon/build-lexicon-data';

const lexicon = loadLexiconFromDisk();

describe('the committed WordNet lexicon (data/lexicon.bin)', () => {
  it('is a CCLX file well under 1 MB', () => {
    const bytes = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'lexicon.bin'));
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe(LEXICON_MAGIC);
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(lexicon.stats.lemmas).toBeGreaterThan(10_000);
  });

  describe('lemmatises by WordNet morphy', () => {
    it("reads an irregular past through the exception list and keeps the word's own lemma", () => {
      expect(lexicon.lemmas('fell')).toEqual(['fall', 'fell']);
      expect(lexicon.lemmas('went')).toEqual(['go']);
      expect(lexicon.lemmas('rose')).toContain('rise');
    });
    it('strips regular suffixes only where the result is a lemma', () => {
      expect(lexicon.lemmas('banning')).toContain('ban');
      expect(lexicon.lemmas('companies')).toEqual(['company']);
      expect(lexicon.lemmas('tightened')).toContain('tighten');
      expect(lexicon.lemmas('xqzv')).toEqual([]);
    });
    it('leaves out function words that WordNet lists as nouns ("may" = hawthorn, "us" = United States)', () => {
      expect(lexicon.lemmas('may')).toEqual([]);
      expect(lexicon.lemmas('us')).toEqual([]);
      expect(lexicon.synonyms('can')).toEqual([]);
    });
  });

  describe('relations that WordNet states', () => {
    it('forbid and prohibit are synonyms; ban is a kind of prohibiting', () => {
      expect(lexicon.relation('forbid', 'prohibit')).toBe('synonym');
      // WordNet files "ban" (v) under "forbid, prohibit": b is more general.
      expect(lexicon.relation('banning', 'prohibited')).toBe('hypernym');
      expect(lexicon.relation('prohibit', 'ban')).toBe('hyponym');
    });
    it('rise/fall and increase/decrease are antonyms, also through inflections', () => {
      expect(lexicon.relation('rise', 'fall')).toBe('antonym');
      expect(lexicon.relation('rose', 'fell')).toBe('antonym');
      expect(lexicon.relation('increased', 'decreases')).toBe('antonym');
      expect(lexicon.antonyms('increase')).toContain('decrease');
    });
    it('permit/forbid (the "!" pointer) and allow/prohibit (their synsets) are antonyms', () => {
      expect(lexicon.relation('permit', 'forbid')).toBe('antonym');
      expect(lexicon.relation('allow', 'prohibit')).toBe('antonym');
      expect(lexicon.relation('allowed', 'forbidden')).toBe('antonym');
    });
    it('tighten/loosen are antonyms, carried across derivation (tightness ! looseness)', () => {
      expect(lexicon.relation('tighten', 'loosen')).toBe('antonym');
    });
    it('finds hypernyms of common nouns up to two levels', () => {
      expect(lexicon.relation('senator', 'legislator')).toBe('hypernym');
      expect(lexicon.relation('car', 'vehicle')).toBe('hypernym');
      expect(lexicon.relation('vehicle', 'car')).toBe('hyponym');
      expect(lexicon.hypernyms('rifle')).toContain('firearm');
    });
    it('does not call a startup a company: WordNet\'s "startup" is only the act of starting', () => {
      expect(lexicon.relation('startup', 'company')).toBeNull();
      expect(lexicon.hypernyms('startup')).toContain('beginning');
    });
    it('links derivations ("decision" ↔ "decide")', () => {
      expect(lexicon.relation('decision', 'decide')).toBe('derived');
      expect(lexicon.relation('decide', 'decision')).toBe('derived');
    });
    it('keeps rare senses out of synonyms (no "bank" ≈ "depository")', () => {
      expect(lexicon.relation('bank', 'depository')).toBeNull();
      expect(lexicon.synonyms('bank')).not.toContain('depository');
    });
    it('answers same for one lemma and null for unrelated or unknown words', () => {
      expect(lexicon.relation('fell', 'falling')).toBe('same');
      expect(lexicon.relation('senator', 'banana')).toBeNull();
      expect(lexicon.relation('xqzv', 'senator')).toBeNull();
    });
  });

  describe('page text is hostile', () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
    it.each(names)('"%s" is an ordinary word', (name) => {
      expect(() => lexicon.lemmas(name)).not.toThrow();
      expect(Array.isArray(lexicon.synonyms(name))).toBe(true);
      expect(Array.isArray(lexicon.antonyms(name))).toBe(true);
      expect(Array.isArray(lexicon.hypernyms(name))).toBe(true);
      expect(lexicon.relation(name, 'senator')).toBeNull();
      expect(lexicon.relation(name, name)).toBe('same');
    });
    it('are ordinary lemmas when WordNet has them, in the builder and the loader', () => {
      // A two-synset WordNet: "constructor, builder" ⊂ "person".
      const noun = (offset: string, words: string, pointers: string): string => `${offset} 18 n ${words} ${pointers} | gloss\n`;
      const empty = { n: '', v: '', a: '', r: '' };
      const files: WordNetFiles = {
        data: {
          ...empty,
          n: noun('00000001', '02 constructor 0 builder 0', '001 @ 00000002 n 0000') + noun('00000002', '01 person 0', '000'),
        },
        index: {
          ...empty,
          n: 'builder n 1 1 @ 1 0 00000001  \nconstructor n 1 1 @ 1 0 00000001  \nperson n 1 0 1 0 00000002  \n',
        },
        exceptions: { ...empty, n: '__proto__ constructor\ntostring person\n' },
      };
      const built = parseLexicon(
        buildLexicon(files, { words: ['constructors', 'builder', 'person', '__proto__', 'tostring', 'hasownproperty'] }).bytes,
      );
      expect(built.lemmas('constructors')).toEqual(['constructor']);
      expect(built.relation('constructor', 'builder')).toBe('synonym');
      expect(built.relation('constructor', 'person')).toBe('hypernym');
      expect(built.synonyms('constructor')).toEqual(['builder']);
      // Exception entries keyed by prototype names are kept as plain data, nothing more.
      expect(built.lemmas('__proto__')).toEqual([]);
      expect(built.lemmas('tostring')).toEqual(['person']);
      expect(built.lemmas('hasOwnProperty')).toEqual([]);
      expect(built.relation('__proto__', 'person')).toBeNull();
    });
  });

  it('checks a relation in well under a microsecond once warm', () => {
    const pairs: [string, string][] = [
      ['rise', 'fall'],
      ['banning', 'prohibited'],
      ['senator', 'banana'],
      ['rose', 'fell'],
    ];
    const rounds = 20_000;
    for (let i = 0; i < 1000; i += 1) for (const [a, b] of pairs) lexicon.relation(a, b);
    const started = performance.now();
    for (let i = 0; i < rounds; i += 1) for (const [a, b] of pairs) lexicon.relation(a, b);
    const nsPerCheck = ((performance.now() - started) * 1e6) / (rounds * pairs.length);
    // Generous bound for a loaded CI machine; ~0.3 µs on a developer machine.
    expect(nsPerCheck).toBeLessThan(5_000);
  });
});

describe('the lexicon builder', () => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'lexicon');
  const names: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
  const perPos = (file: (name: string) => string): Record<Pos, string> => ({
    n: readFileSync(join(fixture, file(names.n)), 'utf8'),
    v: readFileSync(join(fixture, file(names.v)), 'utf8'),
    a: readFileSync(join(fixture, file(names.a)), 'utf8'),
    r: readFileSync(join(fixture, file(names.r)), 'utf8'),
  });
  const files: WordNetFiles = {
    data: perPos((n) => `data.${n}`),
    index: perPos((n) => `index.${n}`),
    exceptions: perPos((n) => `${n}.exc`),
  };
  const words = [
    'banned',
    'prohibits',
    'forbid',
    'permit',
    'allow',
    'rising',
    'fell',
    'increase',
    'decrease',
    'tighten',
    'loosen',
    'the',
    'company',
  ];

  it('writes identical bytes on every run, whatever order the vocabulary comes in', () => {
    const first = buildLexicon(files, { words, stems: ['firm', 'compani'] }).bytes;
    const second = buildLexicon(files, { words: [...words].reverse(), stems: ['compani', 'firm'] }).bytes;
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('round-trips through parseLexicon, restricted to the vocabulary', () => {
    const built = parseLexicon(buildLexicon(files, { words, stems: ['firm', 'compani'] }).bytes);
    expect(built.lemmas('fell')).toEqual(['fall']);
    expect(built.relation('rose', 'fell')).toBe('antonym');
    expect(built.relation('permit', 'forbid')).toBe('antonym');
    expect(built.relation('forbid', 'prohibit')).toBe('synonym');
    expect(built.relation('increase', 'decrease')).toBe('antonym');
    // "firm" is a stem that is also a word form; "compani" is not, so it adds nothing.
    expect(built.lemmas('firm')).toEqual(['firm']);
    // "the" is a function word.
    expect(built.lemmas('the')).toEqual([]);
    expect(built.lemmas('compani')).toEqual([]);
    // "disallow" is in WordNet's synset but not in the vocabulary.
    expect(built.synonyms('forbid')).not.toContain('disallow');
  });

  it('rejects a file that is not a lexicon', () => {
    expect(() => parseLexicon(new TextEncoder().encode('NOPE\u0001'))).toThrow(/magic/);
    const bytes = buildLexicon(files, { words }).bytes;
    expect(() => parseLexicon(bytes.subarray(0, bytes.length - 3))).toThrow();
  });
});
