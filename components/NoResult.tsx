import { message } from '@/lib/extension/i18n';
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
  const menu = message('menuCheckPage');
  const howToAsk = shortcut ? message('howToAskWithShortcut', [shortcut, menu]) : message('howToAsk', [menu]);
  switch (state.kind) {
    case 'idle':
      return (
        <StateMessage state="idle" title={state.tabId !== null ? message('idleGettingReady') : message('idleNoPage')}>
          <p>{howToAsk}</p>
        </StateMessage>
      );
    case 'reading':
      return <StateMessage state="checking" busy title={message('readingTitle')} />;
    case 'needs-permission':
      return (
        <StateMessage state="needs-permission" title={message('needsPermissionTitle')}>
          <p>{howToAsk}</p>
          <p>{message('needsPermissionAuto', [message('settingAutoCheck')])}</p>
        </StateMessage>
      );
    case 'restricted':
      return (
        <StateMessage state="restricted" title={message('restrictedTitle')}>
          <p>{message('restrictedDetail')}</p>
        </StateMessage>
      );
    case 'not-article':
      return (
        <StateMessage state="not-article" title={message('notArticleTitle')}>
          <p>{state.title ? message('notArticleDetailTitled', [state.title]) : message('notArticleDetail')}</p>
        </StateMessage>
      );
    case 'off-topic':
      return (
        <StateMessage state="off-topic" title={message('offTopicTitle')}>
          <p>
            {state.outlet ? message('offTopicDetailWithOutlet', [state.title, state.outlet]) : message('offTopicDetail', [state.title])}
          </p>
          <button type="button" class="button" onClick={onCheckAnyway}>
            {message('checkAnyway')}
          </button>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage state="error" title={message('errorTitle')}>
          <p class="state-detail">{state.message}</p>
          <button type="button" class="button" onClick={onRetry}>
            {message('tryAgain')}
          </button>
        </StateMessage>
      );
  }
}
