import type { Verdict } from '@/lib/types';
import { STATUS_META } from './status-meta';

/** One outlet's verdict on a claim: icon + outlet name + colour, with an accessible name like "Business Insider: contradicts". */
export function OutletChip({ verdict }: { verdict: Pick<Verdict, 'outlet' | 'status'> }) {
  const meta = STATUS_META[verdict.status];
  const name = `${verdict.outlet}: ${meta.label}`;
  return (
    <li class={`chip ${meta.className}`} aria-label={name} title={name}>
      <span class="chip-icon" aria-hidden="true">
        {meta.icon}
      </span>
      <span class="chip-label" aria-hidden="true">
        {verdict.outlet}
      </span>
    </li>
  );
}
