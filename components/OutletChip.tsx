import type { Verdict } from '@/lib/types';
import { sourceLabel, STATUS_META } from './status-meta';

/**
 * One outlet's verdict on a claim: icon + outlet name + colour, with an accessible name like "Business Insider:
 * contradicts". A verdict from one of the reader's saved pages says so beside the outlet: "your saved page".
 */
export function OutletChip({ verdict }: { verdict: Pick<Verdict, 'outlet' | 'status' | 'origin'> }) {
  const meta = STATUS_META[verdict.status];
  const name = `${sourceLabel(verdict)}: ${meta.label}`;
  return (
    <li class={`chip ${meta.className}${verdict.origin === 'saved' ? ' is-saved' : ''}`} aria-label={name} title={name}>
      <span class="chip-icon" aria-hidden="true">
        {meta.icon}
      </span>
      <span class="chip-label" aria-hidden="true">
        {verdict.outlet}
      </span>
      {verdict.origin === 'saved' && (
        <span class="chip-origin" aria-hidden="true">
          your saved page
        </span>
      )}
    </li>
  );
}
