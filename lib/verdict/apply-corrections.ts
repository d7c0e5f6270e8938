/**
 * The reader's corrections: "this verdict is wrong, it is X". Stored locally, they override the engine for that
 * claim × document on every later check, travel with the export, and `npm run eval` can score against them.
 */
import { normalizeText } from '../text/normalize-text';
import type { CheckResult, Claim, Correction, Verdict } from '../types';
import { groupSources } from './group-sources';

/** One corrected verdict (defined in lib/types.ts: it crosses the message protocol). */
export type { Correction } from '../types';

/** The key a correction is found by: the claim's words (typography and spacing ignored) and the document. */
export function correctionKey(claim: string, doc: string): string {
  return `${normalizeText(claim)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}\u0000${doc}`;
}

/** Corrections indexed for lookup; a later correction of the same pair wins. */
export function indexCorrections(corrections: readonly Correction[]): Map<string, Correction> {
  const byKey = new Map<string, Correction>();
  for (const correction of [...corrections].sort((a, b) => a.at.localeCompare(b.at)))
    byKey.set(correctionKey(correction.claim, correction.doc), correction);
  return byKey;
}

/** The verdict with the reader's correction applied, or the verdict itself when there is none (or it agrees). */
export function correctVerdict(claim: string, verdict: Verdict, corrections: ReadonlyMap<string, Correction>): Verdict {
  const correction = corrections.get(correctionKey(claim, verdict.doc));
  if (!correction || correction.status === verdict.status) return verdict;
  const label = { confirms: 'confirms', contradicts: 'contradicts', leaves_out: 'leaves it out' }[verdict.status];
  return {
    ...verdict,
    status: correction.status,
    // Evidence stays: the sentence the engine read is what the reader judged.
    evidence: correction.status === 'leaves_out' ? null : verdict.evidence,
    score: 1,
    why: `corrected by you (the engine said it ${label}: ${verdict.why})`,
    drift: undefined,
    corrected: { engineStatus: verdict.status, at: correction.at },
  };
}

const STATUSES: ReadonlySet<string> = new Set(['confirms', 'contradicts', 'leaves_out']);

/** Whether a value read from storage or a file is a well-formed correction. */
export function isCorrection(value: unknown): value is Correction {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.claim === 'string' &&
    c.claim.trim() !== '' &&
    typeof c.doc === 'string' &&
    c.doc !== '' &&
    typeof c.status === 'string' &&
    STATUSES.has(c.status) &&
    typeof c.at === 'string' &&
    !Number.isNaN(Date.parse(c.at)) &&
    (c.url === undefined || c.url === null || typeof c.url === 'string')
  );
}

/**
 * The check's result with the reader's corrections applied: a corrected verdict takes the reader's status, and the
 * claim's flags and independent sources follow. `citesOf` gives a corpus document's cited outlets (for sources).
 */
export function applyCorrections(
  result: CheckResult,
  corrections: readonly Correction[],
  citesOf: (doc: string) => readonly string[],
): CheckResult {
  if (corrections.length === 0) return result;
  const byKey = indexCorrections(corrections);
  return { ...result, claims: result.claims.map((claim) => correctClaim(claim, byKey, citesOf)) };
}

function correctClaim(claim: Claim, corrections: ReadonlyMap<string, Correction>, citesOf: (doc: string) => readonly string[]): Claim {
  let changed = false;
  const verdicts = claim.verdicts.map((verdict) => {
    const corrected = correctVerdict(claim.text, verdict, corrections);
    if (corrected !== verdict) changed = true;
    return corrected;
  });
  if (!changed) return claim;
  // Confirmations keep the engine's order (best document first); newly confirming documents follow.
  const before = new Map(claim.sources.flatMap((group) => group.docs).map((doc, i) => [doc, i]));
  const confirming = verdicts
    .filter((verdict) => verdict.status === 'confirms')
    .sort((a, b) => (before.get(a.doc) ?? Infinity) - (before.get(b.doc) ?? Infinity));
  return {
    ...claim,
    verdicts,
    unverified: confirming.length === 0,
    contradicted: verdicts.some((verdict) => verdict.status === 'contradicts'),
    sources: groupSources(confirming.map((v) => ({ doc: v.doc, outlet: v.outlet, evidence: v.evidence ?? '', cites: citesOf(v.doc) }))),
  };
}
