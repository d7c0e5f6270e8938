import type { ComponentChildren } from 'preact';
import { message } from '@/lib/extension/i18n';
import { plural } from '@/lib/extension/plural';
import { uiLanguage } from '@/lib/extension/ui-language';
import { NOT_FOUND_HINT, NOT_FOUND_LABEL } from '@/lib/panel-state/wording';
import type { CheckResult } from '@/lib/types';
import { SAVED_ORIGIN_LABEL } from '@/lib/panel-state/status-labels';

export interface PanelHeaderProps {
  result: CheckResult;
  /** Shown next to the pop-out button; issue 4's "Save page" goes here. */
  actions?: ComponentChildren;
  onPopOut?: () => void;
}

/** The outlets the page was checked against, each marked when it is (also) one of the reader's saved pages. */
function coveredOutlets(result: CheckResult): Array<{ outlet: string; saved: boolean }> {
  const saved = new Set<string>();
  for (const claim of result.claims) for (const verdict of claim.verdicts) if (verdict.origin === 'saved') saved.add(verdict.outlet);
  return result.corpus.outlets.map((outlet) => ({ outlet, saved: saved.has(outlet) }));
}

/**
 * "Checked against 7 articles from 6 outlets: 5 bundled, 2 saved by you.", and whether the page itself was one of them
 * (left out of its own check).
 */
function corpusSentence(result: CheckResult, articles: number, outlets: number): string {
  const [articleText, outletText] = [plural('articleCount', articles), plural('outletCount', outlets)];
  const { bundled, saved } = result.corpus;
  if (!result.selfMatch) return message('corpusSize', [articleText, outletText, bundled, saved]);
  const copies = result.copies.length;
  return copies > 1
    ? plural('corpusSizeCopies', copies, [articleText, outletText, bundled, saved, copies])
    : message('corpusSizeSelfMatch', [articleText, outletText, bundled, saved]);
}

/** Title, outlet, whether the page is about the story, counts, and what the corpus covers (outlets, bundled vs saved). */
export function PanelHeader({ result, actions, onPopOut }: PanelHeaderProps) {
  const unverified = result.claims.filter((claim) => claim.unverified).length;
  const contradicted = result.claims.filter((claim) => claim.contradicted).length;
  const corpusSize = result.corpus.bundled + result.corpus.saved;
  const outlets = coveredOutlets(result);
  return (
    <header class="page-header">
      <div class="page-meta">
        <p class="outlet">{result.outlet ?? message('unknownOutlet')}</p>
        <h1 class="page-title">{result.title}</h1>
        <p class={`topic ${result.isTopic ? 'is-on-topic' : 'is-off-topic'}`}>
          {result.isTopic ? message('topicOn') : message('topicOff')}
        </p>
      </div>
      <dl class="counts" aria-label={message('countsLabel')}>
        <div>
          <dt>{message('claimsTotal')}</dt>
          <dd data-count="claims">{result.claims.length}</dd>
        </div>
        <div class="is-unverified" title={message('notFoundTitle', [NOT_FOUND_LABEL, NOT_FOUND_HINT])}>
          <dt>{message('claimsUnverified')}</dt>
          <dd data-count="unverified">{unverified}</dd>
        </div>
        <div class="is-contradicted">
          <dt>{message('claimsContradicted')}</dt>
          <dd data-count="contradicted">{contradicted}</dd>
        </div>
      </dl>
      <div class="coverage">
        <p class="corpus-size" data-corpus-size={corpusSize}>
          {corpusSentence(result, corpusSize, outlets.length)}
        </p>
        {result.truncated && (
          <p class="truncated-note" role="note" data-truncated={result.truncated.checked}>
            ⚠{' '}
            {plural('truncatedNote', result.truncated.checked, [
              result.truncated.checked,
              result.truncated.total.toLocaleString(uiLanguage()),
            ])}
          </p>
        )}
        <details class="coverage-details">
          <summary>{message('coverageSummary')}</summary>
          <ul class="coverage-outlets" aria-label={message('coverageOutletsLabel')}>
            {outlets.map(({ outlet, saved }) => (
              <li key={outlet}>
                {outlet}
                {saved && <span class="tag">{SAVED_ORIGIN_LABEL}</span>}
              </li>
            ))}
          </ul>
          <p class="hint">{message('coverageHint')}</p>
        </details>
      </div>
      {(actions || onPopOut) && (
        <div class="header-actions">
          {actions}
          {onPopOut && (
            <button type="button" class="button-quiet" onClick={onPopOut}>
              {message('openInTab')}
            </button>
          )}
        </div>
      )}
    </header>
  );
}
