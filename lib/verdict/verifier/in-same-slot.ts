/**
 * Whether a claim word and an evidence word stand in the same slot of one sentence shape: aligned pairs on both sides
 * of them keep the same distance to them in both sentences ("The man, who is reported to be from Bolivia, has…" /
 * "The woman, who is reported…"). A near-copy with one word swapped is about the same thing, however far its other
 * shared words are.
 */
import type { TextAnalysis } from './analyse-text.ts';

/** Why 6: the words that frame a swapped word in a near-copy sit within a short clause of it. */
const SLOT_REACH = 6;

export function inSameSlot(claim: TextAnalysis, ci: number, ei: number, claimLinked: Int32Array): boolean {
  if (ci < 0 || ei < 0) return false;
  let before = false;
  let after = false;
  for (let k = Math.max(0, ci - SLOT_REACH); k <= Math.min(claim.words.length - 1, ci + SLOT_REACH); k++) {
    const linked = claimLinked[k] ?? -1;
    if (k === ci || linked < 0 || linked - ei !== k - ci) continue;
    if (k < ci) before = true;
    else after = true;
  }
  return after && (before || ci === 0 || ei === 0 || claim.words.slice(0, ci).every((w) => w === 'the' || w === 'a' || w === 'an'));
}
