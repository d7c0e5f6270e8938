import type { Claim, CorpusDoc, Status } from '@/lib/types';
import { DiffText } from './DiffText';
import { OutletChip } from './OutletChip';
import { SAVED_ORIGIN_LABEL, STATUS_META } from './status-meta';

/** Expanded evidence reads from what disputes the claim to what is silent about it. */
const EVIDENCE_ORDER: Readonly<Record<Status, number>> = { contradicts: 0, confirms: 1, leaves_out: 2 };

export interface ClaimItemProps {
  claim: Claim;
  /** Corpus documents by id, for the outlets each article cites. */
  docs: ReadonlyMap<string, Pick<CorpusDoc, 'cites' | 'title'>>;
  expanded: boolean;
  /** The reader is pointing at this claim's highlight on the page. */
  pointed: boolean;
  /** False when the claim was not found on the page (no highlight to jump to). */
  onPage: boolean;
  onToggle(index: number): void;
}

/** A claim with its outlet chips; expanded, each outlet's evidence with the differing words marked, and the reason. */
export function ClaimItem({ claim, docs, expanded, pointed, onPage, onToggle }: ClaimItemProps) {
  const detailsId = `claim-${claim.index}-details`;
  const flag = claim.contradicted ? 'contradicted' : claim.unverified ? 'unverified' : 'confirmed';
  return (
    <li class={`claim is-${flag}${pointed ? ' is-pointed' : ''}`} data-claim={claim.index}>
      <button
        type="button"
        class="claim-text"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => onToggle(claim.index)}
      >
        <span class="claim-flag">{flag === 'confirmed' ? 'Confirmed' : flag === 'contradicted' ? 'Contradicted' : 'Unverified'}</span>
        <span class="claim-sentence">{claim.text}</span>
        {!onPage && <span class="claim-note">not found on the page</span>}
      </button>
      <ul class="chips" aria-label="What other outlets say">
        {claim.verdicts.map((verdict) => (
          <OutletChip key={verdict.doc} verdict={verdict} />
        ))}
      </ul>
      {expanded && (
        <ul class="evidence" id={detailsId}>
          {[...claim.verdicts].sort((a, b) => EVIDENCE_ORDER[a.status] - EVIDENCE_ORDER[b.status]).map((verdict) => {
            const meta = STATUS_META[verdict.status];
            const cites = docs.get(verdict.doc)?.cites ?? [];
            return (
              <li key={verdict.doc} class={`evidence-item ${meta.className}`}>
                <p class="evidence-head">
                  <span class="chip-icon" aria-hidden="true">
                    {meta.icon}
                  </span>{' '}
                  <strong>{verdict.outlet}</strong> {meta.label}
                  {verdict.origin === 'saved' && <span class="tag">{SAVED_ORIGIN_LABEL}</span>}
                </p>
                {verdict.evidence ? (
                  <blockquote class="evidence-text">
                    <DiffText reference={claim.text} text={verdict.evidence} />
                  </blockquote>
                ) : (
                  !verdict.why && <p class="evidence-none">No sentence in this article states it.</p>
                )}
                {verdict.why && <p class="why">{verdict.why}</p>}
                {cites.length > 0 && <p class="cites">This article cites {cites.join(', ')}.</p>}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
