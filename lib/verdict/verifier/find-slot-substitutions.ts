/** Finds another name or word in the slot of an unmatched claim word (a swapped actor or target). */
import type { TextAnalysis } from './analyse-text.ts';
import type { Conflict } from './alignment.ts';
import type { Lookups } from './lookups.ts';

/** Why: a substituted word sits within a few tokens of words both sentences share. */
const SLOT_REACH = 3;

/** Coarse POS class for slot substitution. */
function slotClass(p: string): string {
  return p === 'PROPN' ? 'N' : p === 'NOUN' ? 'n' : p === 'VERB' ? 'v' : p === 'ADJ' ? 'a' : p === 'NUM' ? '#' : p;
}

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
        conflicts.push({ kind, claimWords: cWords, evidenceWords: eWords, claimIndex: [i], evidenceIndex: [j] });
      }
      evUsed.add(j);
      break;
    }
  }
  return { nameSubs, slotSubs };
}
