import type { Status } from '@/lib/types';

/** How each verdict status is shown: an icon whose shape differs, a word, and a colour class — never colour alone. */
export const STATUS_META: Readonly<Record<Status, { icon: string; label: string; className: string }>> = {
  confirms: { icon: '✓', label: 'confirms', className: 'is-confirms' },
  contradicts: { icon: '✗', label: 'contradicts', className: 'is-contradicts' },
  leaves_out: { icon: '–', label: 'leaves out', className: 'is-leaves-out' },
};

/** What a saved page's verdict says beside its outlet, so it is never mistaken for a published article. */
export const SAVED_ORIGIN_LABEL = 'your saved page';

/** What a verdict the reader corrected says beside its outlet: its status is the reader's, not the engine's. */
export const CORRECTED_LABEL = 'corrected by you';

/** The outlet as a reader hears it: "The Ledger (your saved page)" for a saved page, the outlet alone otherwise. */
export function sourceLabel(source: { outlet: string; origin?: 'bundled' | 'saved' }): string {
  return source.origin === 'saved' ? `${source.outlet} (${SAVED_ORIGIN_LABEL})` : source.outlet;
}
