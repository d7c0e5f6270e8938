import type { TextAnalysis } from './analyse-text.ts';
import type { LexiconLike } from './lexicon-like.ts';
import { NEGATION_CUES } from './word-lists.ts';

/** Words that only negate: a claim with one says something did not happen, or nothing is so. */
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nobody', 'nothing', 'neither', 'nor', 'cannot']);

/** Words that say "not" in other words ("declined to comment", "unable to", "lacks"): a negated claim's rewording. */
const NEGATIVE_WORDS = new Set([
  'decline',
  'declined',
  'declines',
  'lack',
  'lacks',
  'lacked',
  'unable',
  'unaware',
  'absent',
  'avoid',
  'avoided',
]);

/**
 * The negator of a claim that says something did not happen ("has not put a figure on it", "found no sign") when the
 * sentence says nothing negative at all: it may share every other word, but it states the act, not its absence. Null
 * when the sentence negates anything, words it otherwise ("declined to", "unable"), or says the opposite of a negated
 * claim word ("not allowed" / "forbidden").
 */
export function unstatedNegation(claim: TextAnalysis, evidence: TextAnalysis, lex: LexiconLike): string | null {
  const cue = claim.negations.find((n) => NEGATORS.has(n.word));
  if (!cue) return null;
  for (let j = 0; j < evidence.words.length; j++) {
    const w = evidence.words[j] ?? '';
    if (NEGATION_CUES.has(w) || NEGATION_CUES.has(evidence.lemmas[j] ?? '') || NEGATIVE_WORDS.has(w)) return null;
  }
  // "not allowed" is "forbidden": an antonym of a negated claim word in the sentence words the negation otherwise
  for (const i of claim.content) {
    if ((claim.negated[i] ?? 0) !== 1) continue;
    const opposite = new Set(lex.antonyms?.(claim.lemmas[i] ?? '') ?? []);
    if (opposite.size > 0 && evidence.lemmas.some((l) => opposite.has(l))) return null;
  }
  return cue.word;
}
