import { useId } from 'preact/hooks';
import type { Verdict } from '@/lib/types';
import { SAVED_ORIGIN_LABEL, STATUS_LABELS, verdictLabel } from '@/lib/panel-state/status-labels';

/**
 * One outlet's verdict on a claim: icon + outlet name + colour, with text for assistive tech like "Business
 * Insider: contradicts" (visually hidden; the visible parts are hidden from it so nothing is read twice). A verdict from one of the reader's saved pages says so beside the outlet: "your saved page"; one
 * the reader corrected carries a pencil and "(corrected by you)" in its name.
 */
export function OutletChip({ verdict }: { verdict: Pick<Verdict, 'outlet' | 'status' | 'origin' | 'corrected'> }) {
  const meta = STATUS_LABELS[verdict.status];
  const name = verdictLabel(verdict);
  const nameId = useId();
  return (
    <li
      class={`chip ${meta.className}${verdict.origin === 'saved' ? ' is-saved' : ''}${verdict.corrected ? ' is-corrected' : ''}`}
      title={name}
      aria-labelledby={nameId}
    >
      {/* Real text, read in browse mode (an aria-label on a plain <li> is ignored by many screen readers); it also names
          the item, for tools that list items by name. */}
      <span class="visually-hidden" id={nameId}>
        {name}
      </span>
      <span class="chip-icon" aria-hidden="true">
        {meta.icon}
      </span>
      <span class="chip-label" aria-hidden="true">
        {verdict.outlet}
      </span>
      {verdict.origin === 'saved' && (
        <span class="chip-origin" aria-hidden="true">
          {SAVED_ORIGIN_LABEL}
        </span>
      )}
      {verdict.corrected && (
        <span class="chip-corrected" aria-hidden="true">
          ✎
        </span>
      )}
    </li>
  );
}
