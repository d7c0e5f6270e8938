import type { TextAnalysis } from './analyse-text.ts';
import type { Alignment } from './alignment.ts';
import type { LexiconLike } from './lexicon-like.ts';
import { lookups } from './lookups.ts';
import { linkTokens } from './link-tokens.ts';
import { findSlotSubstitutions } from './find-slot-substitutions.ts';
import { findOrderConflicts } from './find-order-conflicts.ts';
import { findReversalConflicts } from './find-reversal-conflicts.ts';
import { findRankConflicts } from './find-rank-conflicts.ts';
import {
  findAttributionConflict,
  findCertaintyConflict,
  comparesSameThing,
  findComparativeConflict,
  findDateConflicts,
  findNegationConflict,
  findNumberConflicts,
  findQuantifierConflicts,
} from './find-pair-conflicts.ts';
import { conflictAnchor, HARD_KINDS } from './conflict-anchor.ts';
import { inSameSlot } from './in-same-slot.ts';

/**
 * Aligns a claim with one evidence sentence: which claim words the sentence covers (same word, other words via the
 * lexicon) and what conflicts (negation within the clause, antonyms, reversed comparatives, other numbers and dates,
 * another actor or target in the same slot, changed quantifier, certainty or attribution).
 */

/** The alignment types and `sharesContent`, re-exported so importers keep their import from this file. */
export type { Alignment, Conflict, TokenLink } from './alignment.ts';
export { sharesContent } from './shares-content.ts';

/** Aligns `claim` with `evidence`; `lexicon` supplies synonyms and antonyms. */
export function alignPair(claim: TextAnalysis, evidence: TextAnalysis, lexicon: LexiconLike): Alignment {
  const C = lookups(claim);
  const E = lookups(evidence);
  const { links, unmatched, conflicts, evUsed, claimLinked, wAll, wSame, wSyn, rAll, rCov, predVia } = linkTokens(
    claim,
    evidence,
    lexicon,
    C,
    E,
  );
  // an antonym says the opposite only about the same thing: a word beside it aligned beside its counterpart
  for (let k = conflicts.length - 1; k >= 0; k--) {
    const c = conflicts[k]!;
    const [ci, ei] = [c.claimIndex[0] ?? -1, c.evidenceIndex[0] ?? -1];
    if (c.kind === 'antonym' && !comparesSameThing(claim, ci, ei, claimLinked) && !inSameSlot(claim, evidence, ci, ei, claimLinked))
      conflicts.splice(k, 1);
  }
  findReversalConflicts(claim, evidence, claimLinked, conflicts);
  const antonyms = conflicts.filter((c) => c.kind === 'antonym').length;
  const { nameSubs, slotSubs } = findSlotSubstitutions(claim, evidence, C, E, unmatched, claimLinked, evUsed, conflicts);
  const { numbersMatched, numbersConflicting, numbersMissing } = findNumberConflicts(claim, evidence, conflicts, claimLinked);
  findRankConflicts(claim, evidence, claimLinked, conflicts);
  const { datesMatched, datesConflicting, datesMissing } = findDateConflicts(claim, evidence, conflicts);
  const { negMis, negPred } = findNegationConflict(claim, evidence, links, conflicts);
  findOrderConflicts(claim, evidence, claimLinked, conflicts);
  const { comparativeReversed } = findComparativeConflict(claim, evidence, conflicts, claimLinked);
  const { quantifierConflict, quantifierClaimOnly, quantifierEvidenceOnly } = findQuantifierConflicts(claim, evidence, conflicts);
  const { lc, le } = findCertaintyConflict(claim, evidence, conflicts, claimLinked);
  const { attributionConflict, attributionClaimOnly, attributionMatch } = findAttributionConflict(claim, evidence, E, conflicts);
  // names
  let namesCovered = 0;
  let namesMissing = 0;
  for (const n of claim.names) {
    let hit = false;
    for (let i = n.start; i < n.end; i++) if ((claimLinked[i] ?? -1) >= 0) hit = true;
    if (hit) namesCovered++;
    else namesMissing++;
  }
  // longest in-order run of aligned claim content
  let run = 0;
  let best = 0;
  let lastJ = -1;
  for (const i of claim.content) {
    const j = claimLinked[i] ?? -1;
    if (j >= 0 && j > lastJ) {
      run++;
      lastJ = j;
    } else if (j >= 0) {
      run = 1;
      lastJ = j;
    } else {
      run = 0;
      lastJ = -1;
    }
    if (run > best) best = run;
  }
  // anchors: a conflict counts when it sits among words both sentences share, near the claim's predicate
  const predJ = claim.predicate >= 0 ? (claimLinked[claim.predicate] ?? -1) : -1;
  let hardAnchored = 0;
  let softAnchored = 0;
  let checkableAnchored = 0;
  let unanchoredConflicts = 0;
  for (const c of conflicts) {
    const anchor = conflictAnchor(c, claim, evidence, E, evUsed, predJ, wAll > 0 ? (wSame + wSyn) / wAll : 0);
    c.anchor = anchor;
    // a common noun in the slot of another is mostly rewording ("staff" / "researchers"): not a checkable conflict
    if (c.kind === 'substitution') continue;
    if (HARD_KINDS.has(c.kind) || c.hard) hardAnchored = Math.max(hardAnchored, anchor);
    else softAnchored = Math.max(softAnchored, anchor);
    // "only" in the claim and not in the evidence is something the evidence leaves out, not says otherwise
    if (c.evidenceIndex.length > 0) checkableAnchored = Math.max(checkableAnchored, anchor);
    if (anchor < 0.5) unanchoredConflicts++;
  }
  let rareUncoveredMax = 0;
  for (const i of unmatched) rareUncoveredMax = Math.max(rareUncoveredMax, C.rarity[i] ?? 0);
  const evContent = E.plain.length;
  return {
    rareCoverage: rAll > 0 ? rCov / rAll : 0,
    rareUncoveredMax,
    predicateCover: predVia === null ? 0 : predVia === 'related' ? 0.5 : 1,
    hardAnchored,
    softAnchored,
    checkableAnchored,
    unanchoredConflicts,
    links,
    unmatched,
    conflicts,
    coverage: wAll > 0 ? (wSame + wSyn) / wAll : 0,
    coverageSame: wAll > 0 ? wSame / wAll : 0,
    coverageSynonym: wAll > 0 ? wSyn / wAll : 0,
    evidenceExtra: evContent > 0 ? 1 - Math.min(1, evUsed.size / evContent) : 0,
    namesCovered,
    namesMissing,
    predicateAligned: claim.predicate >= 0 && (claimLinked[claim.predicate] ?? -1) >= 0 ? 1 : 0,
    longestRun: claim.content.length > 0 ? best / claim.content.length : 0,
    numbersMatched,
    numbersConflicting,
    numbersMissing,
    datesMatched,
    datesConflicting,
    datesMissing,
    negationMismatch: negMis,
    negationPredicate: negPred,
    antonyms,
    comparativeReversed,
    quantifierConflict,
    quantifierClaimOnly,
    quantifierEvidenceOnly,
    certaintyClaimStronger: lc > le ? 1 : 0,
    certaintyClaimWeaker: lc < le ? 1 : 0,
    certaintyOpposed: lc * le < 0 ? 1 : 0,
    attributionConflict,
    attributionClaimOnly,
    attributionMatch,
    nameSubstitutions: nameSubs,
    slotSubstitutions: slotSubs,
    claimContent: claim.content.length,
    evidenceContent: evContent,
  };
}
