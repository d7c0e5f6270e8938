import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CheckResult, Claim, CorpusDoc, Status, Verdict } from '@/lib/types';
import { message } from '@/lib/extension/i18n';
import { ClaimItem } from './ClaimItem';
import { MatrixView } from './MatrixView';
import { PanelHeader } from './PanelHeader';
import { StateMessage } from './StateMessage';
import { useSteppedRows } from './use-stepped-rows';

/** The result's two views: claims as a list, or claims × outlets. */
export type ResultLayout = 'claims' | 'matrix';

type Filter = 'all' | 'unverified' | 'contradicted';
/** Each filter, with what the list says when no claim passes it (never with `all`: no claims is its own state). */
const FILTERS: ReadonlyArray<{ id: Filter; label: string; empty: string; test: (claim: Claim) => boolean }> = [
  { id: 'all', label: message('claimsAll'), empty: message('noClaimsTitle'), test: () => true },
  { id: 'unverified', label: message('claimsUnverified'), empty: message('noUnverifiedClaims'), test: (claim) => claim.unverified },
  { id: 'contradicted', label: message('claimsContradicted'), empty: message('noContradictedClaims'), test: (claim) => claim.contradicted },
];

export interface ResultViewProps {
  result: CheckResult;
  docs: ReadonlyMap<string, Pick<CorpusDoc, 'cites' | 'title'>>;
  layout: ResultLayout;
  onLayout(layout: ResultLayout): void;
  /** The header's actions (Save page). */
  actions?: ComponentChildren;
  onPopOut?: () => void;
  /** Why saved pages are left out of this check, when they are. */
  unavailable: string | null;
  /** The browser cannot draw highlights (and the reader wants them): claims are listed here only. */
  noHighlights: boolean;
  /** Claims whose text was not found on the page. */
  missing: ReadonlySet<number>;
  /** The claim whose highlight the reader points at on the page. */
  pointed: number | null;
  /** Scroll the page to a claim and flash it. */
  onFlash(index: number): void;
  /** Correct a verdict; without it the evidence offers no correction. */
  onCorrect?(claim: Claim, verdict: Verdict, status: Status | null): Promise<void>;
}

/** A checked page: header, filters, and the claims as a list or a matrix. */
export function ResultView(props: ResultViewProps) {
  const { result, docs, layout, pointed, missing } = props;
  const [filter, setFilter] = useState<Filter>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const listRef = useRef<HTMLOListElement>(null);

  const claims = useMemo(() => [...result.claims].sort((a, b) => a.index - b.index), [result]);
  const outlets = useMemo(() => {
    const seen = new Map<string, { doc: string; outlet: string; origin: 'bundled' | 'saved' }>();
    for (const claim of claims) for (const verdict of claim.verdicts) if (!seen.has(verdict.doc)) seen.set(verdict.doc, verdict);
    return [...seen.values()].map(({ doc, outlet, origin }) => ({ doc, outlet, origin }));
  }, [claims]);

  // Pointing at a highlight on the page scrolls its claim into view here.
  useEffect(() => {
    if (pointed !== null)
      listRef.current?.querySelector(`[data-claim="${pointed}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [pointed]);

  const { onFlash } = props;
  const toggle = useCallback(
    (index: number) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(index)) {
          next.add(index);
          onFlash(index);
        }
        return next;
      }),
    [onFlash],
  );

  const select = (index: number) => {
    props.onLayout('claims');
    setFilter('all');
    setExpanded(new Set([index]));
    showAll();
    props.onFlash(index);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-claim="${index}"] .claim-text`)?.focus());
  };

  const active = FILTERS.find((f) => f.id === filter)!;
  const shown = claims.filter(active.test);
  // The header comes first, alone (it replaces a whole view); the rows follow, a few per task.
  const { rows, busy, showAll } = useSteppedRows(shown.length, 0);

  return (
    <>
      <PanelHeader result={result} actions={props.actions} onPopOut={props.onPopOut} />
      {props.unavailable !== null && (
        <p class="notice" data-saved-unavailable>
          {props.unavailable}
        </p>
      )}
      {props.noHighlights && <p class="notice">{message('noHighlights')}</p>}
      {claims.length === 0 ? (
        <StateMessage state="no-claims" title={message('noClaimsTitle')}>
          <p>{message('noClaimsDetail')}</p>
        </StateMessage>
      ) : (
        <>
          <div class="toolbar">
            <div class="segmented" role="group" aria-label={message('filterLabel')}>
              {FILTERS.map((f) => (
                <button key={f.id} type="button" aria-pressed={filter === f.id} onClick={() => setFilter(f.id)}>
                  {f.label} <span class="count">{claims.filter(f.test).length}</span>
                </button>
              ))}
            </div>
            <div class="segmented" role="group" aria-label={message('layoutLabel')}>
              {(['claims', 'matrix'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={layout === v} onClick={() => props.onLayout(v)}>
                  {v === 'claims' ? message('layoutList') : message('layoutMatrix')}
                </button>
              ))}
            </div>
          </div>
          {layout === 'matrix' ? (
            <MatrixView claims={shown} outlets={outlets} onSelect={select} />
          ) : (
            <ol class="claims" ref={listRef} aria-label={message('claimsListLabel')} aria-busy={busy}>
              {shown.slice(0, rows).map((claim) => (
                <ClaimItem
                  key={claim.index}
                  claim={claim}
                  docs={docs}
                  expanded={expanded.has(claim.index)}
                  pointed={pointed === claim.index}
                  onPage={!missing.has(claim.index)}
                  onToggle={toggle}
                  onCorrect={props.onCorrect}
                />
              ))}
              {shown.length === 0 && <li class="empty">{active.empty}</li>}
            </ol>
          )}
        </>
      )}
    </>
  );
}
