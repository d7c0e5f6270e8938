/**
 * A restriction one sentence says was undone and the other says holds: "relaxed its curbs on access" against "aimed
 * at restricting access", "lifted the ban" against "banned". Undoing a restriction states its opposite, which neither
 * the lexicon's antonyms nor a negation cue shows.
 */
import type { Conflict } from './alignment.ts';
import type { TextAnalysis } from './text-analysis.ts';

/** Verbs that undo what they act on (lemmas). */
const UNDOERS: ReadonlySet<string> = new Set([
  'relax',
  'ease',
  'lift',
  'loosen',
  'scrap',
  'remove',
  'repeal',
  'rescind',
  'revoke',
  'overturn',
  'abolish',
  'drop',
  'end',
  'reverse',
  'waive',
  'suspend',
]);

/** Restrictions (lemmas of nouns and verbs): what an undoer can undo. */
const RESTRICTIONS: ReadonlySet<string> = new Set([
  'curb',
  'restriction',
  'restrict',
  'ban',
  'limit',
  'limitation',
  'sanction',
  'embargo',
  'control',
  'barrier',
  'prohibition',
  'prohibit',
  'tariff',
  'cap',
  'blacklist',
  'block',
]);

/** Tokens between an undoer and what it undoes ("relaxed its export curbs", "lifted the ban"). */
const REACH = 3;

/** Whether token `k` is an undoer: by lemma, or by its word's stem when the tagger took it for an adjective ("relaxed"). */
function isUndoer(a: TextAnalysis, k: number): boolean {
  if (UNDOERS.has(a.lemmas[k] ?? '')) return true;
  const word = a.words[k] ?? '';
  const stem = /^(\w+?)(?:ed|d|ing|s)$/.exec(word);
  return stem !== null && (UNDOERS.has(stem[1]!) || UNDOERS.has(`${stem[1]}e`));
}

/** The undoer acting on the restriction at `i`, if one comes just before it in the same clause; else -1. */
function undoerOf(a: TextAnalysis, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    if (a.clause[k] !== a.clause[i]) return -1;
    if (isUndoer(a, k)) return k;
  }
  return -1;
}

/**
 * Each restriction aligned across the two sentences that one of them undoes and the other does not: a conflict of kind
 * 'antonym' ("relaxed curbs" / "restricting").
 */
export function findReversalConflicts(claim: TextAnalysis, evidence: TextAnalysis, claimLinked: Int32Array, conflicts: Conflict[]): void {
  for (let i = 0; i < claim.words.length; i++) {
    const j = claimLinked[i] ?? -1;
    if (j < 0 || !RESTRICTIONS.has(claim.lemmas[i] ?? '') || !RESTRICTIONS.has(evidence.lemmas[j] ?? '')) continue;
    const undoneInClaim = undoerOf(claim, i);
    const undoneInEvidence = undoerOf(evidence, j);
    if (undoneInClaim < 0 === undoneInEvidence < 0) continue;
    const claimIndex = undoneInClaim < 0 ? [i] : [undoneInClaim, i];
    const evidenceIndex = undoneInEvidence < 0 ? [j] : [undoneInEvidence, j];
    conflicts.push({
      kind: 'antonym',
      claimWords: claimIndex.map((k) => claim.words[k]).join(' '),
      evidenceWords: evidenceIndex.map((k) => evidence.words[k]).join(' '),
      claimIndex,
      evidenceIndex,
    });
  }
}
