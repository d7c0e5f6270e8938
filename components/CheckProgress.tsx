import { useCallback, useState } from 'preact/hooks';
import { message } from '@/lib/extension/i18n';
import type { Claim, CorpusDoc } from '@/lib/types';
import { ClaimItem } from './ClaimItem';
import { useSteppedRows } from './use-stepped-rows';

export interface CheckProgressProps {
  /** The page being checked. */
  title: string;
  /** Claims decided so far, in page order. */
  claims: readonly Claim[];
  /** How many claims are decided, of how many (null until the first is). */
  done: number;
  total: number | null;
  docs: ReadonlyMap<string, Pick<CorpusDoc, 'cites' | 'title'>>;
}

/** A check streaming in: real progress ("12 of 37 claims") and each claim with its verdicts as soon as it is decided. */
export function CheckProgress({ title, claims, done, total, docs }: CheckProgressProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback(
    (index: number) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(index)) next.add(index);
        return next;
      }),
    [],
  );
  // Claims come in batches; each task mounts a few rows of them.
  const { rows } = useSteppedRows(claims.length);
  const progress = total === null ? message('findingClaims') : message('claimsProgress', [done, total]);
  return (
    <section class="state state-checking streaming" data-state="checking" aria-busy="true">
      <h1 class="state-title">{message('checkingTitle')}</h1>
      <p class="state-detail">{title}</p>
      <progress
        class="state-progress"
        aria-label={message('claimsCheckedLabel')}
        max={total ?? undefined}
        value={total === null ? undefined : done}
      />
      <p class="check-progress" role="status" data-progress={total === null ? undefined : `${done}/${total}`}>
        {progress}
      </p>
      {claims.length > 0 && (
        <ol class="claims" aria-label={message('claimsCheckedSoFarLabel')}>
          {claims.slice(0, rows).map((claim) => (
            <ClaimItem
              key={claim.index}
              claim={claim}
              docs={docs}
              expanded={expanded.has(claim.index)}
              pointed={false}
              onPage
              onToggle={toggle}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
