/**
 * The part of a WordNet lexicon the verifier uses. `lib/text/lexicon.ts` (built by another helper) satisfies it; until
 * it is present, `createStandInLexicon` gives a tiny hand-written one so the features still have something to ask.
 */

/**
 * How two lower-case words relate, seen from the first word. `lib/text/lexicon.ts` also answers 'same' (one lemma)
 * and 'derived' (derivational link); any other string is treated as no relation.
 */
export type LexicalRelation = 'same' | 'synonym' | 'antonym' | 'hypernym' | 'hyponym' | 'derived' | null;

/** What the verifier asks a lexicon. */
export interface LexiconLike {
  relation(a: string, b: string): LexicalRelation | string | null;
  /** Optional list lookups; when present the verifier expands each claim word once instead of asking pair by pair. */
  synonyms?(word: string): readonly string[];
  antonyms?(word: string): readonly string[];
  hypernyms?(word: string): readonly string[];
  derived?(word: string): readonly string[];
}

/** What a word's expansion says about another word. */
export type Expansion = 'synonym' | 'antonym' | 'related';

/**
 * All words related to `word` (and its lemma) with the relation, for O(1) checks against evidence words. Antonyms win
 * over synonyms when WordNet lists a word as both (it does for a few polysemous words).
 */
export function expandWord(lex: LexiconLike, word: string, lemma: string): Map<string, Expansion> {
  const m = new Map<string, Expansion>();
  for (const w of word === lemma ? [word] : [word, lemma]) {
    for (const x of lex.hypernyms?.(w) ?? []) if (!m.has(x)) m.set(x, 'related');
    for (const x of lex.derived?.(w) ?? []) if (!m.has(x)) m.set(x, 'related');
    for (const x of lex.synonyms?.(w) ?? []) if (x !== w) m.set(x, 'synonym');
    for (const x of lex.antonyms?.(w) ?? []) m.set(x, 'antonym');
  }
  return m;
}

/** Asks `primary` first and `fallback` when it knows no relation (the stand-in adds comparatives and a few pairs). */
export function combineLexicons(primary: LexiconLike, fallback: LexiconLike): LexiconLike {
  const both =
    (f: 'synonyms' | 'antonyms' | 'hypernyms' | 'derived') =>
    (w: string): readonly string[] => [...(primary[f]?.(w) ?? []), ...(fallback[f]?.(w) ?? [])];
  return {
    relation: (a, b) => {
      const r = primary.relation(a, b);
      return r === 'antonym' || r === 'synonym' || r === 'same' ? r : (fallback.relation(a, b) ?? r);
    },
    synonyms: both('synonyms'),
    antonyms: both('antonyms'),
    hypernyms: both('hypernyms'),
    derived: both('derived'),
  };
}

/** True when `value` has a callable `relation` method, i.e. can be used as a lexicon. */
export function isLexiconLike(value: unknown): value is LexiconLike {
  return typeof value === 'object' && value !== null && typeof (value as { relation?: unknown }).relation === 'function';
}
