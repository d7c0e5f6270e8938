/** How firmly a conflict sits on what the claim and the evidence share. */
import type { TextAnalysis } from './analyse-text.ts';
import type { Conflict } from './alignment.ts';
import type { Lookups } from './lookups.ts';

/** Conflict kinds that decide a contradiction when anchored; the rest are soft. */
export const HARD_KINDS: ReadonlySet<Conflict['kind']> = new Set([
  'negation',
  'antonym',
  'number',
  'date',
  'actor',
  'target',
  'comparative',
]);

/** Why 5: a modifier, a negation or a swapped name sits within a few words of what it changes. */
const ANCHOR_REACH = 5;

/** The head noun a quantifier counts: the last noun of the phrase after it ("none of the big US technology companies"). */
function quantifiedNoun(a: TextAnalysis, q: number): string | null {
  let head: string | null = null;
  for (let k = q + 1; k < Math.min(a.words.length, q + 8); k++) {
    const p = a.pos[k];
    // a plural closes the phrase: "companies hosts" is a noun and its verb, which the tagger may call a noun
    if (p === 'NOUN' && head !== null && /[^s]s$/.test(a.words[k - 1] ?? '')) break;
    if (p === 'NOUN') head = a.keys[k] ?? null;
    else if (head !== null || p === 'VERB' || p === 'PUNCT' || p === 'AUX') break;
  }
  return head;
}

/** Whether the claim's and the evidence's quantifiers count the same noun. */
function quantifiesSameNoun(claim: TextAnalysis, ci: number | undefined, evidence: TextAnalysis, ei: number | undefined): boolean {
  if (ci === undefined || ei === undefined) return false;
  const noun = quantifiedNoun(claim, ci);
  return noun !== null && noun === quantifiedNoun(evidence, ei);
}

/**
 * Anchor of one conflict (0–1): half the aligned share of the evidence's content words within `ANCHOR_REACH` of it (in
 * its clause or beside it), half whether it is within reach (or in the clause) of the word aligned with the claim's
 * predicate. A conflict only on the claim's side ("only" the evidence lacks) and another speaker take the claim's coverage.
 */
export function conflictAnchor(
  c: Conflict,
  claim: TextAnalysis,
  evidence: TextAnalysis,
  E: Lookups,
  evUsed: ReadonlySet<number>,
  predJ: number,
  coverage: number,
): number {
  // Another speaker sits apart from what is said ("David Sacks, the White House's czar, told …"): it matters as much
  // as the rest of the statement is the claim's.
  if (c.kind === 'attribution') return coverage;
  // "none of the big US companies" / "many companies": two quantifiers of the same noun are about the same things
  if (c.kind === 'scope' && quantifiesSameNoun(claim, c.claimIndex[0], evidence, c.evidenceIndex[0])) return 1;
  const j0 = c.evidenceIndex[0];
  if (j0 === undefined) {
    const i0 = c.claimIndex[0] ?? -1;
    const sameClause = claim.predicate >= 0 && i0 >= 0 && claim.clause[i0] === claim.clause[claim.predicate];
    return coverage * (sameClause ? 1 : 0.5);
  }
  const j1 = c.evidenceIndex[c.evidenceIndex.length - 1] ?? j0;
  const cl = evidence.clause[j0];
  let n = 0;
  let hit = 0;
  for (let j = Math.max(0, j0 - ANCHOR_REACH); j <= Math.min(evidence.words.length - 1, j1 + ANCHOR_REACH); j++) {
    if (j >= j0 && j <= j1) continue;
    if (E.isContent[j] !== 1 || E.numeric.has(j)) continue;
    n++;
    if (evUsed.has(j)) hit++;
  }
  const local = n > 0 ? hit / n : 0;
  let near = 0;
  if (predJ >= 0) {
    if (predJ >= j0 && predJ <= j1) near = 1;
    else if (Math.min(Math.abs(predJ - j0), Math.abs(predJ - j1)) <= ANCHOR_REACH) near = 1;
    else if (evidence.clause[predJ] === cl) near = 0.75;
  }
  // the claim's side: a conflict on the claim's predicate or beside it ("rose" / "fell", "fell to 4 percent") is anchored
  // when the evidence around it is about the same thing (its neighbourhood mostly aligned)
  const i0 = c.claimIndex[0] ?? -1;
  const p = claim.predicate;
  if (local >= 0.5 && p >= 0 && i0 >= 0 && claim.clause[i0] === claim.clause[p]) {
    near = Math.max(near, Math.abs(i0 - p) <= ANCHOR_REACH ? 1 : 0.75);
  }
  return 0.5 * local + 0.5 * near;
}
