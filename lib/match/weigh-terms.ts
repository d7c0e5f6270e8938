/**
 * How much of a claim a sentence states, by weighted terms: the coverage both ways and their harmonic mean.
 * Pure functions over a term-weight function, so the checker, the verifier and the tests share one definition.
 */
import type { NameMatcher } from './match-names';
import type { SentenceIndex } from './sentence-index';
import { backgroundWeight } from './term-weights';
import { isWeakTerm, type Token } from '../text/tokenize';

/** A term's weight in the current corpus. */
export type TermWeight = (term: string) => number;

/** One distinct term of a fragment with what coverage needs to know of it. */
export interface WeightedTerm {
  term: string;
  /** The word it was read from, as written (named in reasons). */
  word: string;
  weight: number;
  capitalised: boolean;
  weak: boolean;
}

/** A fragment's distinct terms with their weights, computed once and compared with many sentences. */
export interface WeightedTerms {
  terms: readonly WeightedTerm[];
  /** The same terms, to look up. */
  distinct: ReadonlySet<string>;
  total: number;
}

/** A sentence's distinct terms and their total weight (the denominator of precision). */
export interface SentenceTerms {
  terms: ReadonlySet<string>;
  termsWeight: number;
}

/** How much of a fragment a sentence covers, and the fragment's words either way. */
export interface Coverage {
  /** Weighted share of the fragment's terms the sentence has. */
  recall: number;
  /** Weighted share of the sentence's terms the fragment has. */
  precision: number;
  shared: string[];
  /** Fragment words the sentence lacks (generic terms not counted). */
  missing: string[];
}

/**
 * A term weighs by how rare it is in the corpus (OpenAI is in every sentence here) times how rare it is in news
 * English at large (so is "aware"): what remains is what makes a claim distinctive. Cached until `reset`, which a
 * new document calls (term rarity changes with it).
 */
export function createTermWeight(index: SentenceIndex, weakTermWeight: number): { weight: TermWeight; reset(): void } {
  const cache = new Map<string, number>();
  return {
    weight(term) {
      let value = cache.get(term);
      if (value === undefined) {
        value = index.idf(term) * backgroundWeight(term) * (isWeakTerm(term) ? weakTermWeight : 1);
        cache.set(term, value);
      }
      return value;
    },
    reset: () => cache.clear(),
  };
}

/** A fragment's distinct terms, weighed. */
export function weighTerms(tokens: readonly Token[], weight: TermWeight): WeightedTerms {
  const seen = new Set<string>();
  const terms: WeightedTerm[] = [];
  let total = 0;
  for (const { term, word } of tokens) {
    if (seen.has(term)) continue;
    seen.add(term);
    const w = weight(term);
    total += w;
    terms.push({ term, word, weight: w, capitalised: /^\p{Lu}/u.test(word), weak: isWeakTerm(term) });
  }
  return { terms, distinct: seen, total };
}

/** Total weight of a set of terms. */
export function totalWeight(terms: Iterable<string>, weight: TermWeight): number {
  let total = 0;
  for (const term of terms) total += weight(term);
  return total;
}

/** How much of a fragment's weighted terms a sentence has (names matched fuzzily), and the words either way. */
export function coverage(fragment: WeightedTerms, sentence: SentenceTerms, names: NameMatcher | null, weight: TermWeight): Coverage {
  const { terms, termsWeight } = sentence;
  let covered = 0;
  let sentenceCovered = 0;
  const shared: string[] = [];
  const missing: string[] = [];
  // Names matched by spelling variant; most comparisons have none, so the set is made on the first.
  let aliases: Set<string> | null = null;
  for (const { term, word, weight: w, capitalised, weak } of fragment.terms) {
    if (terms.has(term)) {
      covered += w;
      shared.push(word);
      // The fragment's terms are distinct, so a term matched as itself is counted once.
      sentenceCovered += w;
      continue;
    }
    const alias = names && capitalised ? names.match(word) : null;
    if (alias && terms.has(alias)) {
      covered += w;
      shared.push(word);
      (aliases ??= new Set()).add(alias);
    } else if (!weak) {
      missing.push(word);
    }
  }
  // Precision counts each of the sentence's terms once, whichever claim word matched it.
  if (aliases) for (const alias of aliases) if (!fragment.distinct.has(alias)) sentenceCovered += weight(alias);
  return {
    recall: fragment.total === 0 ? 0 : covered / fragment.total,
    precision: termsWeight === 0 ? 0 : sentenceCovered / termsWeight,
    shared,
    missing,
  };
}

/**
 * Relevance of a sentence to a claim: the harmonic mean of how much of the claim it covers and how much of it the
 * claim covers. Outlets paraphrase, so neither side alone is reliable.
 */
export function relevance({ recall, precision }: Pick<Coverage, 'recall' | 'precision'>): number {
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}
