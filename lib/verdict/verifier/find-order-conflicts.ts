/**
 * One sentence puts an event before what the other puts it after: "robbed a store shortly after the shooting" against
 * "shortly before the shooting". Neither a negation nor the lexicon's antonyms show it, and "before" / "after" are
 * too common as mere connectives to be comparatives, so they count only where both sides are aligned around them.
 */
import type { Conflict } from './alignment.ts';
import type { TextAnalysis } from './text-analysis.ts';
import { inSameSlot } from './in-same-slot.ts';

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
      if (
        !alignedBothSides(claimLinked, i, j) &&
        !(opens(claim, i) && opens(evidence, j) && alignedAfterComma(claim, evidence, claimLinked, i, j)) &&
        !inSameSlot(claim, evidence, i, j, claimLinked)
      )
        continue;
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

/** Whether word `i` opens its sentence, after adverbs at most ("Shortly after the vote, …", "Even before …"). */
function opens(a: TextAnalysis, i: number): boolean {
  for (let k = 0; k < i; k++) if (a.pos[k] !== 'ADV') return false;
  return true;
}

/**
 * "Before the meeting, the vigilantes dragged…" / "After the meeting, the vigilantes dragged…": an opening order word
 * orders its phrase against the main clause after the comma, so that is where the other aligned words must be: one
 * claim word right of the word and one after the claim's comma, aligned with evidence words placed the same way.
 */
function alignedAfterComma(claim: TextAnalysis, evidence: TextAnalysis, claimLinked: Int32Array, i: number, j: number): boolean {
  const claimComma = claim.words.indexOf(',', i);
  const evidenceComma = evidence.words.indexOf(',', j);
  if (claimComma < 0 || evidenceComma < 0) return false;
  let ordered = false;
  let main = false;
  for (let k = i + 1; k < claimLinked.length; k++) {
    const linked = claimLinked[k] ?? -1;
    if (linked < 0) continue;
    if (k < claimComma && linked > j && linked < evidenceComma) ordered = true;
    if (k > claimComma && linked > evidenceComma) main = true;
  }
  return ordered && main;
}
