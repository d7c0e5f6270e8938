import type { TabCheckState } from '@/lib/panel-state/tab-check';
import { StateMessage } from './StateMessage';

export interface NoResultProps {
  /** Any state of the panel but a result or a running check. */
  state: Exclude<TabCheckState, { kind: 'result' | 'checking' }>;
  /** The check-page shortcut as the browser reports it ("Alt+Shift+C"), or empty. */
  shortcut: string;
  onCheckAnyway(): void;
  onRetry(): void;
}

/** Why there is no result: nothing to check yet, reading, not allowed, restricted, not an article, off-topic, error. */
export function NoResult({ state, shortcut, onCheckAnyway, onRetry }: NoResultProps) {
  const howToAsk = `Click the Crosscheck button in the toolbar${shortcut ? `, press ${shortcut},` : ''} or right-click the page and choose “Crosscheck this page”.`;
  switch (state.kind) {
    case 'idle':
      return (
        <StateMessage state="idle" title={state.tabId !== null ? 'Getting ready…' : 'No page to check'}>
          <p>{howToAsk}</p>
        </StateMessage>
      );
    case 'reading':
      return <StateMessage state="checking" busy title="Reading the page…" />;
    case 'needs-permission':
      return (
        <StateMessage state="needs-permission" title="Crosscheck reads a page only when you ask">
          <p>{howToAsk}</p>
          <p>Or switch on “Check news pages automatically” below.</p>
        </StateMessage>
      );
    case 'restricted':
      return (
        <StateMessage state="restricted" title="This page can’t be checked">
          <p>The browser does not let extensions read its own pages, extension stores or error pages. Open a news article and try again.</p>
        </StateMessage>
      );
    case 'not-article':
      return (
        <StateMessage state="not-article" title="No article on this page">
          <p>
            Crosscheck found no article text here{state.title ? ` (“${state.title}”)` : ''}. It checks news articles: open one and ask
            again.
          </p>
        </StateMessage>
      );
    case 'off-topic':
      return (
        <StateMessage state="off-topic" title="Not about the story Crosscheck knows">
          <p>
            “{state.title}”{state.outlet ? ` (${state.outlet})` : ''} is not about the AI-distillation story, the only story in the bundled
            corpus, so other outlets have little to say about it.
          </p>
          <button type="button" class="button" onClick={onCheckAnyway}>
            Check it anyway
          </button>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage state="error" title="Something went wrong">
          <p class="state-detail">{state.message}</p>
          <button type="button" class="button" onClick={onRetry}>
            Try again
          </button>
        </StateMessage>
      );
  }
}
