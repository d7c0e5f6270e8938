import { memo } from 'preact/compat';
import { formatList } from '@/lib/extension/format-list';
import { message } from '@/lib/extension/i18n';
import { plural } from '@/lib/extension/plural';
import {
  capitalize,
  describeAttribution,
  describeConfirmation,
  describeSourceGroup,
  driftHint,
  driftOf,
  NOT_FOUND_HINT,
  NOT_FOUND_LABEL,
} from '@/lib/panel-state/wording';
import type { Claim, CorpusDoc, Status, Verdict } from '@/lib/types';
import { CorrectionControl } from './CorrectionControl';
import { DiffText } from './DiffText';
import { OutletChip } from './OutletChip';
import { CORRECTED_LABEL, SAVED_ORIGIN_LABEL, sourceLabel, STATUS_LABELS } from '@/lib/panel-state/status-labels';

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
  /**
   * The reader marks a verdict wrong and picks the right status, or (null) removes their correction. Without it the
   * evidence offers no correction.
   */
  onCorrect?(claim: Claim, verdict: Verdict, status: Status | null): Promise<void>;
}

const FLAG_TEXT = {
  confirmed: message('claimConfirmed'),
  contradicted: message('claimContradicted'),
  unverified: NOT_FOUND_LABEL,
} as const;

/** A claim with its outlet chips; expanded, each outlet's evidence with the differing words marked, and the reason. */
function ClaimItemView({ claim, docs, expanded, pointed, onPage, onToggle, onCorrect }: ClaimItemProps) {
  const detailsId = `claim-${claim.index}-details`;
  const flag = claim.contradicted ? 'contradicted' : claim.unverified ? 'unverified' : 'confirmed';
  const confirmation = describeConfirmation(claim);
  const drift = driftOf(claim);
  const byDoc = new Map(claim.verdicts.map((verdict) => [verdict.doc, verdict]));
  const corrected = claim.verdicts.filter((verdict) => verdict.corrected).length;
  return (
    <li class={`claim is-${flag}${pointed ? ' is-pointed' : ''}`} data-claim={claim.index}>
      {/* aria-controls only while the details exist: it must never point at a missing element. */}
      <button
        type="button"
        class="claim-text"
        aria-expanded={expanded}
        aria-controls={expanded ? detailsId : undefined}
        onClick={() => onToggle(claim.index)}
      >
        <span class="claim-flag" title={flag === 'unverified' ? NOT_FOUND_HINT : undefined}>
          {FLAG_TEXT[flag]}
        </span>
        <span class="claim-sentence">{claim.text}</span>
        {!onPage && <span class="claim-note">{message('claimNotOnPage')}</span>}
      </button>
      {(confirmation || drift.length > 0 || corrected > 0) && (
        <p class="claim-summary">
          {confirmation && <span class="claim-confirmation">{confirmation}</span>}
          {drift.map((d) => (
            <span key={d.kind} class={`drift-badge is-${d.kind}`} data-drift={d.kind} title={driftHint(d.kind, d.outlets)}>
              <span aria-hidden="true">⚑ </span>
              {d.label}
            </span>
          ))}
          {corrected > 0 && (
            <span class="claim-corrected">
              <span aria-hidden="true">✎ </span>
              {plural('verdictsCorrected', corrected)}
            </span>
          )}
        </p>
      )}
      <ul class="chips" aria-label={message('outletChipsLabel')}>
        {claim.verdicts.map((verdict) => (
          <OutletChip key={verdict.doc} verdict={verdict} />
        ))}
      </ul>
      {expanded && (
        <div class="claim-details" id={detailsId}>
          <div class="sources-box">
            <p class="attribution">{describeAttribution(claim.attribution)}</p>
            {claim.sources.length > 0 ? (
              <>
                <p class="sources-head">
                  {plural('sourcesConfirmIt', claim.sources.length, [plural('independentSources', claim.sources.length)])}
                </p>
                <ul class="sources" aria-label={message('independentSourcesLabel')}>
                  {claim.sources.map((group) => (
                    <li key={group.docs.join(' ')} class="source-group" data-source-group={group.docs.length}>
                      {describeSourceGroup(
                        group.docs.map((doc, i) => {
                          const verdict = byDoc.get(doc);
                          return verdict ? sourceLabel(verdict) : (group.outlets[i] ?? doc);
                        }),
                        group.reason,
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : claim.contradicted ? (
              <p class="sources-head">{message('noArticleConfirms')}</p>
            ) : (
              <p class="sources-head" title={NOT_FOUND_HINT}>
                {message('notFoundDetail', [NOT_FOUND_LABEL])}
              </p>
            )}
          </div>
          <ul class="evidence">
            {[...claim.verdicts]
              .sort((a, b) => EVIDENCE_ORDER[a.status] - EVIDENCE_ORDER[b.status])
              .map((verdict) => {
                const meta = STATUS_LABELS[verdict.status];
                const cites = docs.get(verdict.doc)?.cites ?? [];
                return (
                  <li key={verdict.doc} class={`evidence-item ${meta.className}`}>
                    <p class="evidence-head">
                      <span class="chip-icon" aria-hidden="true">
                        {meta.icon}
                      </span>{' '}
                      <strong>{verdict.outlet}</strong> {meta.label}
                      {verdict.origin === 'saved' && <span class="tag">{SAVED_ORIGIN_LABEL}</span>}
                      {verdict.corrected && <span class="tag is-corrected">{CORRECTED_LABEL}</span>}
                    </p>
                    {verdict.evidence ? (
                      <blockquote class="evidence-text">
                        <DiffText reference={claim.text} text={verdict.evidence} marks={verdict.marks} />
                      </blockquote>
                    ) : (
                      !verdict.why && <p class="evidence-none">{message('evidenceNone')}</p>
                    )}
                    {verdict.why && <p class="why">{verdict.why}</p>}
                    {verdict.drift && (
                      <p class="drift" data-drift={verdict.drift.kind}>
                        <span aria-hidden="true">⚑ </span>
                        {capitalize(verdict.drift.why)}
                      </p>
                    )}
                    {cites.length > 0 && <p class="cites">{message('articleCites', [formatList(cites, 'unit')])}</p>}
                    {onCorrect && <CorrectionControl verdict={verdict} onCorrect={(status) => onCorrect(claim, verdict, status)} />}
                  </li>
                );
              })}
          </ul>
        </div>
      )}
    </li>
  );
}

/**
 * Memoised: a list re-renders only the claims whose props changed, so a streamed claim costs one row, not the whole
 * list (the panel's main thread stays free while a long check comes in).
 */
export const ClaimItem = memo(ClaimItemView);
