/** Finds another name or word in the slot of an unmatched claim word (a swapped actor or target). */
import type { TextAnalysis } from './analyse-text.ts';
import type { Conflict } from './alignment.ts';
import type { Lookups } from './lookups.ts';
import { alignedAround } from './aligned-around.ts';
import { inSameSlot } from './in-same-slot.ts';
import { range } from './find-pair-conflicts.ts';

/** Why: a substituted word sits within a few tokens of words both sentences share. */
const SLOT_REACH = 3;

/** Coarse POS class for slot substitution. */
function slotClass(p: string): string {
  return p === 'PROPN' ? 'N' : p === 'NOUN' ? 'n' : p === 'VERB' ? 'v' : p === 'ADJ' ? 'a' : p === 'NUM' ? '#' : p;
}

/** Why 3: "China and the US", "Google, Microsoft": a name listed with another sits within a few tokens of it. */
const LIST_REACH = 3;

/**
 * Whether a claim name is listed with another name ("in both China and the US"): one name of a list missing from the
 * evidence is left out, not replaced by whatever name sits in its place.
 */
function listedWithName(claim: TextAnalysis, i: number, C: Lookups): boolean {
  const own = C.nameOf[i] ?? -1;
  for (const step of [-1, 1]) {
    let conjunction = false;
    for (let k = i + step; k >= 0 && k < claim.words.length && Math.abs(k - i) <= LIST_REACH; k += step) {
      const pos = claim.pos[k] ?? '';
      if (pos === 'PROPN' && (C.nameOf[k] ?? -1) === own && own >= 0) continue;
      if (pos === 'CCONJ' || claim.words[k] === ',') conjunction = true;
      else if (pos === 'PROPN') {
        if (conjunction) return true;
        break;
      } else if (pos !== 'DET') break;
    }
  }
  return false;
}

/**
 * Whether a claim name only describes a name the evidence states ("the Chinese startup DeepSeek"): the evidence's
 * word in its place ("the US startup's technology") is about someone else, not another actor for the same act.
 */
function describesLinkedName(claim: TextAnalysis, i: number, C: Lookups, claimLinked: Int32Array): boolean {
  const own = C.nameOf[i] ?? -1;
  for (let k = i + 1; k < Math.min(claim.words.length, i + 1 + LIST_REACH); k++) {
    const pos = claim.pos[k] ?? '';
    if (pos === 'PROPN' && own >= 0 && (C.nameOf[k] ?? -1) === own) continue;
    if (pos === 'PROPN') return (claimLinked[k] ?? -1) >= 0;
    if (pos !== 'NOUN' && pos !== 'ADJ') return false;
  }
  return false;
}

/** The last word of the name word `i` is part of (the word itself when it is in no name): where the name's slot ends. */
function nameEnd(a: TextAnalysis, L: Lookups, i: number): number {
  const n = L.nameOf[i] ?? -1;
  return n >= 0 ? (a.names[n]?.end ?? i + 1) - 1 : i;
}

/** Why 4: a name's own phrase and the verb or noun it goes with. */
const SLOT_CONTEXT = 4;

/** Slot substitutions: an unmatched claim word whose aligned neighbours frame an unmatched evidence word of its class. */
export function findSlotSubstitutions(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  C: Lookups,
  E: Lookups,
  unmatched: readonly number[],
  claimLinked: Int32Array,
  evUsed: Set<number>,
  conflicts: Conflict[],
): { nameSubs: number; slotSubs: number } {
  let nameSubs = 0;
  let slotSubs = 0;
  for (const i of unmatched) {
    if (conflicts.some((c) => c.claimIndex.includes(i))) continue;
    // why 3: a swapped actor/target sits right beside words both sentences share; farther away it is another fact
    let jl = -1;
    let jr = -1;
    for (let k = i - 1; k >= Math.max(0, i - SLOT_REACH); k--)
      if ((claimLinked[k] ?? -1) >= 0) {
        jl = claimLinked[k] ?? -1;
        break;
      }
    for (let k = i + 1; k < Math.min(claim.words.length, i + 1 + SLOT_REACH); k++)
      if ((claimLinked[k] ?? -1) >= 0) {
        jr = claimLinked[k] ?? -1;
        break;
      }
    if (jl < 0 && jr < 0) continue;
    const lo = jl >= 0 ? jl + 1 : Math.max(0, jr - SLOT_REACH);
    const hi = jr >= 0 && jr >= lo ? jr : Math.min(evidence.words.length, lo + SLOT_REACH);
    if (hi - lo > SLOT_REACH + 1) continue;
    const cls = slotClass(claim.pos[i] ?? '');
    // verbs are reworded far more often than swapped: a verb in the slot is not taken as a substitution
    if (cls === 'v') continue;
    for (let j = lo; j < hi; j++) {
      if (evUsed.has(j) || E.numeric.has(j) || E.isContent[j] !== 1) continue;
      if (slotClass(evidence.pos[j] ?? '') !== cls) continue;
      const isName = cls === 'N';
      if (isName && (listedWithName(claim, i, C) || describesLinkedName(claim, i, C, claimLinked))) break;
      // another actor or target of the same statement: more than one shared word around both names ("Tier One
      // countries under the Trump administration's export controls"), not one noun ("US startup" / "Chinese startups"),
      // or the same place in one sentence shape ("Baghdadi has cracked down on…" / "Prime Minister Narendra Modi has…")
      if (
        isName &&
        alignedAround(claim.words.length, i, j, claimLinked, SLOT_CONTEXT, SLOT_CONTEXT) < 2 &&
        !inSameSlot(claim, evidence, nameEnd(claim, C, i), nameEnd(evidence, E, j), claimLinked)
      )
        break;
      if (isName) nameSubs++;
      else slotSubs++;
      const cn = C.nameOf[i] ?? -1;
      const en = E.nameOf[j] ?? -1;
      const cWords =
        cn >= 0 ? claim.words.slice(claim.names[cn]?.start ?? i, claim.names[cn]?.end ?? i + 1).join(' ') : (claim.words[i] ?? '');
      const eWords =
        en >= 0
          ? evidence.words.slice(evidence.names[en]?.start ?? j, evidence.names[en]?.end ?? j + 1).join(' ')
          : (evidence.words[j] ?? '');
      const kind: Conflict['kind'] = isName ? (claim.predicate >= 0 && i < claim.predicate ? 'actor' : 'target') : 'substitution';
      if (!conflicts.some((c) => c.claimWords === cWords)) {
        // the whole other name is the conflict ("House Select Committee"): its own words are not its context
        const name = evidence.names[en];
        const evidenceIndex = name ? range(name.start, name.end) : [j];
        conflicts.push({ kind, claimWords: cWords, evidenceWords: eWords, claimIndex: [i], evidenceIndex });
      }
      evUsed.add(j);
      break;
    }
  }
  return { nameSubs, slotSubs };
}
