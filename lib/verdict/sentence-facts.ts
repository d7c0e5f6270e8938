/**
 * What the engine learns about a corpus sentence the first time it compares it, kept for later claims and checks.
 */
import { detectAttribution, type Attribution } from '../claims/detect-attribution';
import type { SentenceIndex } from '../match/sentence-index';
import { totalWeight, type SentenceTerms, type TermWeight } from '../match/weigh-terms';
import { shingles } from '../text/shingles';
import { conflictFacts, type ConflictFacts } from './find-conflict';

/** One corpus sentence as the comparisons read it. */
export interface SentenceFacts extends SentenceTerms {
  /** The sentence's id in the index. */
  id: number;
  conflict: ConflictFacts;
  attribution: Attribution;
  shingles: Set<string>;
}

/** Corpus sentences whose facts are kept; past this the cache starts over (a long session over a huge corpus). */
const MAX_CACHED_SENTENCES = 50_000;

/** A cache of sentence facts over an index; `corpusChanged` after each added document (term weights move). */
export interface SentenceFactsCache {
  factsOf(docIndex: number, position: number): SentenceFacts;
  corpusChanged(): void;
}

export function createSentenceFactsCache(
  index: SentenceIndex,
  textOf: (docIndex: number, position: number) => string,
  weight: TermWeight,
): SentenceFactsCache {
  const cache = new Map<number, { facts: SentenceFacts; generation: number }>();
  // Which corpus a cached `termsWeight` was computed in: weights change as documents are added.
  let generation = 0;
  return {
    factsOf(docIndex, position) {
      const id = index.sentenceId(docIndex, position);
      const cached = cache.get(id);
      if (cached) {
        if (cached.generation !== generation) {
          cached.facts.termsWeight = totalWeight(cached.facts.terms, weight);
          cached.generation = generation;
        }
        return cached.facts;
      }
      if (cache.size >= MAX_CACHED_SENTENCES) cache.clear();
      const text = textOf(docIndex, position);
      const terms = new Set(index.termsOf(docIndex, position));
      const facts: SentenceFacts = {
        id,
        terms,
        termsWeight: totalWeight(terms, weight),
        conflict: conflictFacts(text),
        attribution: detectAttribution(text),
        shingles: shingles(text),
      };
      cache.set(id, { facts, generation });
      return facts;
    },
    corpusChanged() {
      generation++;
    },
  };
}
