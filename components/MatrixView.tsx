import type { Claim } from '@/lib/types';
import { message } from '@/lib/extension/i18n';
import { sourceLabel, STATUS_LABELS, verdictLabel } from '@/lib/panel-state/status-labels';

/** Claims × outlets at a glance; each cell an icon with its meaning spelled out for screen readers. */
export function MatrixView({
  claims,
  outlets,
  onSelect,
}: {
  claims: Claim[];
  outlets: Array<{ doc: string; outlet: string; origin?: 'bundled' | 'saved' }>;
  onSelect(index: number): void;
}) {
  return (
    <div class="matrix-wrap">
      <table class="matrix">
        <caption class="visually-hidden">{message('matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{message('matrixClaim')}</th>
            {outlets.map((outlet) => (
              <th scope="col" key={outlet.doc} title={sourceLabel(outlet)}>
                <span class="matrix-outlet">{outlet.outlet}</span>
                {outlet.origin === 'saved' && <span class="matrix-origin">{message('matrixSaved')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.index}>
              <th scope="row">
                <button type="button" class="matrix-claim" title={claim.text} onClick={() => onSelect(claim.index)}>
                  {claim.index + 1}. {claim.text}
                </button>
              </th>
              {outlets.map((outlet) => {
                const verdict = claim.verdicts.find((v) => v.doc === outlet.doc);
                if (!verdict) return <td key={outlet.doc}>·</td>;
                const meta = STATUS_LABELS[verdict.status];
                return (
                  <td key={outlet.doc} class={meta.className}>
                    <span aria-hidden="true">
                      {meta.icon}
                      {verdict.corrected ? '✎' : ''}
                    </span>
                    <span class="visually-hidden">{verdictLabel({ ...verdict, ...outlet })}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
