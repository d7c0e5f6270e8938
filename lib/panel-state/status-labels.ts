/**
 * The one table of how a verdict's status is shown and said: chips, the matrix, the evidence list, correction
 * choices and the toasts all read it, so "leaves out" is worded (and iconed) the same everywhere. Its words are
 * messages (`public/_locales`).
 */
import { message } from '../extension/i18n';
import type { Status } from '../types';

/** How one status is shown: an icon whose shape differs, a word, and a colour class — never colour alone. */
export interface StatusLabel {
  icon: string;
  /** The verb as the panel says it after an outlet: "Business Insider: contradicts". */
  label: string;
  className: string;
}

/** Every status, in the order the reader is offered them. */
export const STATUS_LABELS: Readonly<Record<Status, StatusLabel>> = {
  confirms: { icon: '✓', label: message('statusConfirms'), className: 'is-confirms' },
  contradicts: { icon: '✗', label: message('statusContradicts'), className: 'is-contradicts' },
  leaves_out: { icon: '–', label: message('statusLeavesOut'), className: 'is-leaves-out' },
};

/** What the reader can say a verdict should be, worded as a choice (the same words as the chips). */
export const CORRECTION_CHOICES: ReadonlyArray<{ status: Status; label: string }> = (Object.keys(STATUS_LABELS) as Status[]).map(
  (status) => ({ status, label: STATUS_LABELS[status].label }),
);

/** What a saved page's verdict says beside its outlet, so it is never mistaken for a published article. */
export const SAVED_ORIGIN_LABEL = message('savedOrigin');

/** What a verdict the reader corrected says beside its outlet: its status is the reader's, not the engine's. */
export const CORRECTED_LABEL = message('correctedByYou');

/** The outlet as a reader hears it: "The Ledger (your saved page)" for a saved page, the outlet alone otherwise. */
export function sourceLabel(source: { outlet: string; origin?: 'bundled' | 'saved' }): string {
  return source.origin === 'saved' ? message('outletSaved', [source.outlet, SAVED_ORIGIN_LABEL]) : source.outlet;
}

/** A verdict's accessible name: "Business Insider (your saved page): contradicts (corrected by you)". */
export function verdictLabel(verdict: { outlet: string; origin?: 'bundled' | 'saved'; status: Status; corrected?: unknown }): string {
  const status = STATUS_LABELS[verdict.status].label;
  return verdict.corrected
    ? message('verdictNameCorrected', [sourceLabel(verdict), status, CORRECTED_LABEL])
    : message('verdictName', [sourceLabel(verdict), status]);
}
