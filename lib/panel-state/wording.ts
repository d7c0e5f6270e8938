/**
 * The panel's words for independent confirmation, drift and coverage, as messages (`public/_locales`). Pure but for
 * the message lookup, so the wording is unit-tested and the same everywhere it appears (claim row, expanded claim,
 * tooltips). The engine's own reasons ("both credit Bloomberg") are its data and stay in its words.
 */
import { formatList } from '../extension/format-list';
import { message } from '../extension/i18n';
import { plural } from '../extension/plural';
import type { Claim } from '../types';

/** What the panel says of a claim no document confirms: never "false", only what the corpus lacks. */
export const NOT_FOUND_LABEL = message('notFoundLabel');

/** The tooltip of that label: what it means and what it does not. */
export const NOT_FOUND_HINT = message('notFoundHint');

/**
 * "3 outlets confirm — 2 independent sources"; "1 outlet confirms"; null when nothing confirms the claim.
 * Counts documents whose verdict is `confirms` (corrections included) and the independent sources they form.
 */
export function describeConfirmation(claim: Pick<Claim, 'verdicts' | 'sources'>): string | null {
  const confirming = claim.verdicts.filter((verdict) => verdict.status === 'confirms').length;
  if (confirming === 0) return null;
  return plural('outletsConfirm', confirming, [confirming, plural('independentSources', claim.sources.length)]);
}

/** "A", "A and B", "A, B and C", in the panel's language. */
export function joinLabels(labels: readonly string[]): string {
  return formatList(labels);
}

/**
 * One independent source in words: the outlet alone, or the outlets and why they count as one
 * ("Business Insider and “OpenAI accuses…” both credit Bloomberg"; with three, "all credit Bloomberg").
 */
export function describeSourceGroup(labels: readonly string[], reason: string | null): string {
  const names = joinLabels(labels);
  if (labels.length < 2) return names;
  if (!reason) return message('sourceGroupOne', [names]);
  // The engine words a shared credit for a pair ("both credit X"); a larger group reads "all credit X".
  const worded = labels.length > 2 ? reason.replace(/^both\b/, 'all') : reason;
  return /^(both|all)\b/.test(worded) ? `${names} ${worded}` : `${names}: ${worded}`;
}

/** A kind of drift: the page states flatly what its sources hedge, or hedges what they state flatly. */
export type DriftKind = 'page-flat' | 'page-hedged';

/** The drift a claim shows, each kind with the outlets it shows against; empty when there is none. */
export function driftOf(claim: Pick<Claim, 'verdicts'>): Array<{ kind: DriftKind; label: string; outlets: string[] }> {
  const found: Array<{ kind: DriftKind; label: string; outlets: string[] }> = [];
  for (const kind of ['page-flat', 'page-hedged'] as const) {
    const outlets = claim.verdicts.filter((verdict) => verdict.status === 'confirms' && verdict.drift?.kind === kind).map((v) => v.outlet);
    if (outlets.length > 0) found.push({ kind, label: DRIFT_LABEL[kind], outlets });
  }
  return found;
}

/** The badge of each drift kind, read from the page's side. */
export const DRIFT_LABEL: Readonly<Record<DriftKind, string>> = {
  'page-flat': message('driftFlat'),
  'page-hedged': message('driftHedged'),
};

/** The tooltip of a drift badge, naming the outlets. */
export function driftHint(kind: DriftKind, outlets: readonly string[]): string {
  return plural(kind === 'page-flat' ? 'driftHintFlat' : 'driftHintHedged', outlets.length, [joinLabels(outlets)]);
}

/** How the page itself presents the claim: "This page attributes it to Bloomberg and hedges it (“may have”)." */
export function describeAttribution(attribution: Claim['attribution']): string {
  const { source, hedges } = attribution;
  const hedged =
    hedges.length > 0
      ? formatList(
          hedges.map((hedge) => message('quoted', [hedge])),
          'unit',
        )
      : null;
  if (source && hedged) return message('attributionSourceHedged', [source, hedged]);
  if (source) return message('attributionSource', [source]);
  if (hedged) return message('attributionHedged', [hedged]);
  return message('attributionFlat');
}

/** A sentence's first letter in capitals (the engine's reasons start in lower case, to be embedded). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
