import type { ComponentChildren } from 'preact';
import type { CheckResult } from '@/lib/types';

export interface PanelHeaderProps {
  result: CheckResult;
  /** Shown next to the pop-out button; issue 4's "Save page" goes here. */
  actions?: ComponentChildren;
  onPopOut?: () => void;
}

/** Title, outlet, whether the page is about the story, counts and corpus size. */
export function PanelHeader({ result, actions, onPopOut }: PanelHeaderProps) {
  const unverified = result.claims.filter((claim) => claim.unverified).length;
  const contradicted = result.claims.filter((claim) => claim.contradicted).length;
  const corpusSize = result.corpus.bundled + result.corpus.saved;
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
        <div class="is-unverified">
          <dt>Unverified</dt>
          <dd data-count="unverified">{unverified}</dd>
        </div>
        <div class="is-contradicted">
          <dt>Contradicted</dt>
          <dd data-count="contradicted">{contradicted}</dd>
        </div>
      </dl>
      <p class="corpus-size">
        Checked against {corpusSize} {corpusSize === 1 ? 'article' : 'articles'}
        {result.corpus.saved > 0 ? ` (${result.corpus.saved} saved by you)` : ''}
        {result.selfMatch ? ' — this page is one of them and was left out' : ''}.
        {result.truncated && ` Only the first ${result.truncated.checked} of ${result.truncated.total} claims were checked.`}
      </p>
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
