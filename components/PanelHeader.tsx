import type { ComponentChildren } from 'preact';
import { NOT_FOUND_HINT, NOT_FOUND_LABEL } from '@/lib/panel-state/wording';
import type { CheckResult } from '@/lib/types';
import { SAVED_ORIGIN_LABEL } from '@/lib/panel-state/status-labels';

export interface PanelHeaderProps {
  result: CheckResult;
  /** Shown next to the pop-out button; issue 4's "Save page" goes here. */
  actions?: ComponentChildren;
  onPopOut?: () => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The outlets the page was checked against, each marked when it is (also) one of the reader's saved pages. */
function coveredOutlets(result: CheckResult): Array<{ outlet: string; saved: boolean }> {
  const saved = new Set<string>();
  for (const claim of result.claims) for (const verdict of claim.verdicts) if (verdict.origin === 'saved') saved.add(verdict.outlet);
  return result.corpus.outlets.map((outlet) => ({ outlet, saved: saved.has(outlet) }));
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
        <p class="outlet">{result.outlet ?? 'Unknown outlet'}</p>
        <h1 class="page-title">{result.title}</h1>
        <p class={`topic ${result.isTopic ? 'is-on-topic' : 'is-off-topic'}`}>
          {result.isTopic ? 'About the AI-distillation story' : 'Not about the AI-distillation story'}
        </p>
      </div>
      <dl class="counts" aria-label="Summary">
        <div>
          <dt>Claims</dt>
          <dd data-count="claims">{result.claims.length}</dd>
        </div>
        <div class="is-unverified" title={`${NOT_FOUND_LABEL}: ${NOT_FOUND_HINT}`}>
          <dt>Unverified</dt>
          <dd data-count="unverified">{unverified}</dd>
        </div>
        <div class="is-contradicted">
          <dt>Contradicted</dt>
          <dd data-count="contradicted">{contradicted}</dd>
        </div>
      </dl>
      <div class="coverage">
        <p class="corpus-size" data-corpus-size={corpusSize}>
          Checked against {plural(corpusSize, 'article', 'articles')} from {plural(outlets.length, 'outlet', 'outlets')}:{' '}
          {result.corpus.bundled} bundled, {result.corpus.saved} saved by you
          {result.selfMatch
            ? ` — this page is ${result.copies.length > 1 ? `in your corpus ${result.copies.length} times` : 'one of them'} and was left out`
            : ''}
          .
        </p>
        {result.truncated && (
          <p class="truncated-note" role="note" data-truncated={result.truncated.checked}>
            ⚠ Checked the first {result.truncated.checked} claims of {result.truncated.total.toLocaleString('en')}: this page is longer than
            an article, so the rest was not checked.
          </p>
        )}
        <details class="coverage-details">
          <summary>What your corpus covers</summary>
          <ul class="coverage-outlets" aria-label="Outlets in your corpus">
            {outlets.map(({ outlet, saved }) => (
              <li key={outlet}>
                {outlet}
                {saved && <span class="tag">{SAVED_ORIGIN_LABEL}</span>}
              </li>
            ))}
          </ul>
          <p class="hint">
            Crosscheck compares this page with these articles only. A claim none of them states is “{NOT_FOUND_LABEL.toLowerCase()}” — that
            does not make it false. Save more articles to widen what it covers.
          </p>
        </details>
      </div>
      {(actions || onPopOut) && (
        <div class="header-actions">
          {actions}
          {onPopOut && (
            <button type="button" class="button-quiet" onClick={onPopOut}>
              Open in a tab
            </button>
          )}
        </div>
      )}
    </header>
  );
}
