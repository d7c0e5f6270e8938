import type { Alignment } from './align-pair.ts';
import type { TextAnalysis } from './analyse-text.ts';
import type { LexiconLike } from './lexicon-like.ts';
import { alignPair } from './align-pair.ts';

/**
 * The feature vector of one claim × sentence pair, built only from the alignment (what the sentence covers and what
 * conflicts), never from the claim's wording alone, so claim-only cue words ("not", "only") cannot decide.
 */

/** Bump when the feature list changes; a model trained on another version is refused. */
export const FEATURE_VERSION = 2;

/** Feature names, in vector order (also written into docs). */
export const FEATURE_NAMES: readonly string[] = [
  'coverage',
  'coverageSame',
  'coverageSynonym',
  'uncovered',
  'evidenceExtra',
  'namesCoveredFrac',
  'namesMissing',
  'predicateAligned',
  'longestRun',
  'numbersMatched',
  'numbersConflicting',
  'numbersMissing',
  'datesMatched',
  'datesConflicting',
  'datesMissing',
  'negationMismatch',
  'negationPredicate',
  'antonyms',
  'comparativeReversed',
  'quantifierConflict',
  'quantifierClaimOnly',
  'quantifierEvidenceOnly',
  'certaintyClaimStronger',
  'certaintyClaimWeaker',
  'attributionConflict',
  'attributionClaimOnly',
  'attributionMatch',
  'nameSubstitutions',
  'slotSubstitutions',
  'logClaimContent',
  'logEvidenceContent',
  'contextCoverage',
  'coverageSq',
  'negXcov',
  'subXcov',
  'conflictCount',
  'certaintyOpposed',
  'anchoredConflict',
  'rareCoverage',
  'rareUncoveredMax',
  'predicateCover',
  'hardAnchored',
  'softAnchored',
  'unanchoredConflicts',
  'hardAnchoredXrare',
  'softAnchoredXrare',
  'rareCoverageSq',
  'namesAllCovered',
];

/** Fraction of the claim's uncovered weight found in the title or neighbour sentences (coreference stand-in). */
function contextCoverage(claim: TextAnalysis, a: Alignment, ctx: readonly TextAnalysis[]): number {
  if (a.unmatched.length === 0 || ctx.length === 0) return 0;
  let hit = 0;
  for (const i of a.unmatched) {
    const k = claim.keys[i] ?? '';
    if (ctx.some((t) => contentKeys(t).has(k))) hit++;
  }
  return hit / a.unmatched.length;
}

const keyCache = new WeakMap<TextAnalysis, Set<string>>();

/** Content keys of an analysis, cached. */
function contentKeys(t: TextAnalysis): Set<string> {
  let s = keyCache.get(t);
  if (!s) {
    s = new Set(t.content.map((j) => t.keys[j] ?? ''));
    keyCache.set(t, s);
  }
  return s;
}

/** Computes the alignment and its feature vector. */
export function pairFeatures(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  lexicon: LexiconLike,
  context?: { title?: TextAnalysis; neighbours?: readonly TextAnalysis[] },
  /** A buffer of `FEATURE_NAMES.length` to write into (reused across pairs); a new one when absent. */
  out?: Float64Array,
  /** The pair's alignment when the caller already made it (`alignPair(claim, evidence, lexicon)`). */
  aligned?: Alignment,
): { x: Float64Array; alignment: Alignment } {
  const a = aligned ?? alignPair(claim, evidence, lexicon);
  const ctx: TextAnalysis[] = [];
  if (context?.title) ctx.push(context.title);
  if (context?.neighbours) ctx.push(...context.neighbours);
  const nNames = a.namesCovered + a.namesMissing;
  const conflicts = a.negationMismatch > 0 ? 1 : 0;
  const subs = Math.min(2, a.nameSubstitutions + a.slotSubstitutions);
  const vals: number[] = [
    a.coverage,
    a.coverageSame,
    a.coverageSynonym,
    1 - a.coverage,
    a.evidenceExtra,
    nNames > 0 ? a.namesCovered / nNames : 1,
    Math.min(3, a.namesMissing),
    a.predicateAligned,
    a.longestRun,
    Math.min(2, a.numbersMatched),
    Math.min(2, a.numbersConflicting),
    Math.min(2, a.numbersMissing),
    Math.min(2, a.datesMatched),
    Math.min(2, a.datesConflicting),
    Math.min(2, a.datesMissing),
    Math.min(3, a.negationMismatch),
    a.negationPredicate,
    Math.min(2, a.antonyms),
    a.comparativeReversed,
    a.quantifierConflict,
    a.quantifierClaimOnly,
    a.quantifierEvidenceOnly,
    a.certaintyClaimStronger,
    a.certaintyClaimWeaker,
    a.attributionConflict,
    a.attributionClaimOnly,
    a.attributionMatch,
    Math.min(2, a.nameSubstitutions),
    Math.min(3, a.slotSubstitutions),
    Math.log1p(a.claimContent),
    Math.log1p(a.evidenceContent),
    contextCoverage(claim, a, ctx),
    a.coverage * a.coverage,
    conflicts * a.coverage,
    subs * a.coverage,
    Math.min(4, a.conflicts.length),
    a.certaintyOpposed,
    // a conflict only means "contradicts" when the sentence is about the same thing: gate by coverage and predicate
    (a.conflicts.length > 0 ? 1 : 0) * a.coverage * (0.5 + 0.5 * a.predicateAligned),
    a.rareCoverage,
    a.rareUncoveredMax,
    a.predicateCover,
    a.hardAnchored,
    a.softAnchored,
    Math.min(3, a.unanchoredConflicts),
    a.hardAnchored * a.rareCoverage,
    a.softAnchored * a.rareCoverage,
    a.rareCoverage * a.rareCoverage,
    nNames > 0 && a.namesMissing === 0 ? 1 : 0,
  ];
  const x = out && out.length === vals.length ? out : new Float64Array(vals.length);
  for (let f = 0; f < vals.length; f++) x[f] = vals[f] ?? 0;
  return { x, alignment: a };
}
