/**
 * Whether a claim word and an evidence word stand in the same slot of one sentence shape: aligned pairs keep the same
 * distance to them in both sentences ("The man, who is reported to be from Bolivia, has…" / "The woman, who is
 * reported…"). A near-copy with one word swapped is about the same thing, however far its other shared words are.
 */
import type { TextAnalysis } from './analyse-text.ts';

/** Why 8: the words that frame a swapped word in a near-copy sit within a short clause of it. */
const SLOT_REACH = 8;

/** Whether only determiners and names come before word `i` ("The man", "Governor Anna Smith"): it opens the sentence. */
function opens(a: TextAnalysis, i: number): boolean {
  for (let k = 0; k < i; k++) if (a.pos[k] !== 'DET' && a.pos[k] !== 'PROPN') return false;
  return true;
}

/**
 * True when at least two aligned pairs keep their distance to the two words, one of them after the words, and one
 * before them unless both words open their sentences; or two on one side and the very same words on the other. One aligned word after them is not enough: "the US startup" /
 * "Chinese startups" share the noun a name describes, not a sentence shape. `shift`: how many words the distance may
 * differ by, for a slot one side fills with two words ("will definitely" / "might").
 */
export function inSameSlot(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  ci: number,
  ei: number,
  claimLinked: Int32Array,
  shift = 0,
): boolean {
  if (ci < 0 || ei < 0) return false;
  let before = 0;
  let after = 0;
  for (let k = Math.max(0, ci - SLOT_REACH); k <= Math.min(claim.words.length - 1, ci + SLOT_REACH); k++) {
    const linked = claimLinked[k] ?? -1;
    if (k === ci || linked < 0 || Math.abs(linked - ei - (k - ci)) > shift) continue;
    if (k < ci) before++;
    else after++;
  }
  // the words before (or after) the two are the same words: one sentence shape, however few of them are content
  // ("He's still dead and, well, …" / "He's still alive and, well, …"; "… if it was false." / "… if it was true.")
  if (after >= 2 && before === 0 && sameRun(claim.words.slice(0, ci), evidence.words.slice(0, ei))) return true;
  if (before >= 2 && after === 0 && sameRun(claim.words.slice(ci + 1), evidence.words.slice(ei + 1))) return true;
  return after > 0 && before + after >= 2 && (before > 0 || (opens(claim, ci) && opens(evidence, ei)));
}

/** Whether two runs of words are the same words in the same order. */
function sameRun(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k]);
}
