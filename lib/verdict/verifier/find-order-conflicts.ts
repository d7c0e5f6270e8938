/**
 * One sentence puts an event before what the other puts it after: "robbed a store shortly after the shooting" against
 * "shortly before the shooting". Neither a negation nor the lexicon's antonyms show it, and "before" / "after" are
 * too common as mere connectives to be comparatives, so they count only where both sides are aligned around them.
 */
import type { Conflict } from './alignment.ts';
import type { TextAnalysis } from './text-analysis.ts';

/** Words that order one event against another: -1 earlier, +1 later. */
const ORDER: ReadonlyMap<string, number> = new Map([
  ['before', -1],
  ['prior', -1],
  ['earlier', -1],
  ['after', 1],
  ['later', 1],
  ['following', 1],
]);

/** Why 2 on each side: what is ordered comes right after the word ("before the shooting"), who acts right before it. */
const REACH = 2;

/**
 * Each order word of the claim whose counterpart in the evidence — at the same place, with aligned words on both sides
 * of it — orders the other way, and the evidence does not also order it the claim's way: a 'comparative' conflict.
 */
export function findOrderConflicts(claim: TextAnalysis, evidence: TextAnalysis, claimLinked: Int32Array, conflicts: Conflict[]): void {
  for (let i = 0; i < claim.words.length; i++) {
    const order = ORDER.get(claim.words[i] ?? '');
    if (order === undefined) continue;
    for (let j = 0; j < evidence.words.length; j++) {
      if (ORDER.get(evidence.words[j] ?? '') !== -order) continue;
      // aligned words on both sides: the same event is ordered against the same other event
      if (!alignedBothSides(claimLinked, i, j)) continue;
      if (evidence.words.some((w, k) => k !== j && ORDER.get(w) === order)) continue;
      conflicts.push({
        kind: 'comparative',
        claimWords: claim.words[i] ?? '',
        evidenceWords: evidence.words[j] ?? '',
        claimIndex: [i],
        evidenceIndex: [j],
      });
      return;
    }
  }
}

/** Whether a claim word before `i` and one after it are aligned with evidence words before and after `j`. */
function alignedBothSides(claimLinked: Int32Array, i: number, j: number): boolean {
  let left = false;
  let right = false;
  for (let k = Math.max(0, i - REACH); k <= i + REACH && k < claimLinked.length; k++) {
    const linked = claimLinked[k] ?? -1;
    if (linked < 0 || k === i) continue;
    if (k < i && linked < j && j - linked <= REACH + 1) left = true;
    if (k > i && linked > j && linked - j <= REACH + 1) right = true;
  }
  return left && right;
}
