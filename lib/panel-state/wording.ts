/**
 * The panel's words for independent confirmation, drift and coverage. Pure, so the wording is unit-tested and the
 * same everywhere it appears (claim row, expanded claim, tooltips).
 */
import type { Claim } from '../types';

/** What the panel says of a claim no document confirms: never "false", only what the corpus lacks. */
export const NOT_FOUND_LABEL = 'Not found in your corpus';

/** The tooltip of that label: what it means and what it does not. */
export const NOT_FOUND_HINT =
  'No article Crosscheck has (the bundled ones and your saved pages) states this claim. That does not make it false: your corpus may simply not cover it.';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "3 outlets confirm — 2 independent sources"; "1 outlet confirms"; null when nothing confirms the claim.
 * Counts documents whose verdict is `confirms` (corrections included) and the independent sources they form.
 */
export function describeConfirmation(claim: Pick<Claim, 'verdicts' | 'sources'>): string | null {
  const confirming = claim.verdicts.filter((verdict) => verdict.status === 'confirms').length;
  if (confirming === 0) return null;
  if (confirming === 1) return '1 outlet confirms';
  return `${confirming} outlets confirm — ${plural(claim.sources.length, 'independent source', 'independent sources')}`;
}

/** "A", "A and B", "A, B and C". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * One independent source in words: the outlet alone, or the outlets and why they count as one
 * ("Business Insider and “OpenAI accuses…” both credit Bloomberg"; with three, "all credit Bloomberg").
 */
export function describeSourceGroup(labels: readonly string[], reason: string | null): string {
  const names = joinLabels(labels);
  if (labels.length < 2) return names;
  if (!reason) return `${names} are one source`;
  // The engine words a shared credit for a pair ("both credit X"); a larger group reads "all credit X".
  const worded = labels.length > 2 ? reason.replace(/^both\b/, 'all') : reason;
  return /^(both|all)\b/.test(worded) ? `${names} ${worded}` : `${names}: ${worded}`;
}

/** The drift a claim shows, each kind with the outlets it shows against; empty when there is none. */
export function driftOf(claim: Pick<Claim, 'verdicts'>): Array<{ kind: 'page-flat' | 'page-hedged'; label: string; outlets: string[] }> {
  const found: Array<{ kind: 'page-flat' | 'page-hedged'; label: string; outlets: string[] }> = [];
  for (const kind of ['page-flat', 'page-hedged'] as const) {
    const outlets = claim.verdicts.filter((verdict) => verdict.status === 'confirms' && verdict.drift?.kind === kind).map((v) => v.outlet);
    if (outlets.length > 0) found.push({ kind, label: DRIFT_LABEL[kind], outlets });
  }
  return found;
}

/** The badge of each drift kind, read from the page's side. */
export const DRIFT_LABEL: Readonly<Record<'page-flat' | 'page-hedged', string>> = {
  'page-flat': 'stated more strongly than sources',
  'page-hedged': 'stated more cautiously than sources',
};

/** The tooltip of a drift badge, naming the outlets. */
export function driftHint(kind: 'page-flat' | 'page-hedged', outlets: readonly string[]): string {
  return kind === 'page-flat'
    ? `This page states it flatly; ${joinLabels(outlets)} ${outlets.length === 1 ? 'attributes or hedges' : 'attribute or hedge'} it. Expand the claim to compare the wording.`
    : `This page hedges or attributes it; ${joinLabels(outlets)} ${outlets.length === 1 ? 'states' : 'state'} it flatly. Expand the claim to compare the wording.`;
}

/** How the page itself presents the claim: "This page attributes it to Bloomberg and hedges it (“may have”)." */
export function describeAttribution(attribution: Claim['attribution']): string {
  const { source, hedges } = attribution;
  const hedged = hedges.length > 0 ? `hedges it (${hedges.map((h) => `“${h}”`).join(', ')})` : '';
  if (source && hedged) return `This page attributes it to ${source} and ${hedged}.`;
  if (source) return `This page attributes it to ${source}.`;
  if (hedged) return `This page ${hedged}.`;
  return 'This page states it flatly and credits no one for it.';
}

/** A sentence's first letter in capitals (the engine's reasons start in lower case, to be embedded). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
