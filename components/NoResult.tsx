import { useState } from 'preact/hooks';
import { message } from '@/lib/extension/i18n';
import type { SiteAccessAnswer } from '@/lib/extension/site-access';
import { siteName } from '@/lib/extension/site-pattern';
import type { TabCheckState } from '@/lib/panel-state/tab-check';
import { StateMessage } from './StateMessage';

export interface NoResultProps {
  /** Any state of the panel but a result or a running check. */
  state: Exclude<TabCheckState, { kind: 'result' | 'checking' }>;
  /** The check-page shortcut as the browser reports it ("Alt+Shift+C"), or empty. */
  shortcut: string;
  onCheckAnyway(): void;
  onRetry(): void;
  /**
   * "Allow on this site": asks the browser for the site of the needs-permission state (or, when that is unknown, for
   * the tab's site through the browser's own request). Absent when the browser has no way to ask.
   */
  onAllowSite?(state: { tabId: number; site: string | null }): Promise<SiteAccessAnswer>;
  /** Whether the browser can ask for a tab's site the extension does not know (Chrome 133+). */
  canAskForTabSite?: boolean;
}

/** Why there is no result: nothing to check yet, reading, not allowed, restricted, not an article, off-topic, error. */
export function NoResult({ state, shortcut, onCheckAnyway, onRetry, onAllowSite, canAskForTabSite = false }: NoResultProps) {
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
          {onAllowSite && (state.site !== null || canAskForTabSite) && (
            // Keyed: another tab or site is another question, with no answer yet.
            <AllowSite
              key={`${state.tabId} ${state.site}`}
              tabId={state.tabId}
              site={state.site}
              askTabSite={canAskForTabSite}
              onAllow={onAllowSite}
            />
          )}
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

/** What the reader sees after pressing "Allow on …". */
function answerText(answer: SiteAccessAnswer | { failed: string }): string {
  if (typeof answer === 'object') return message('siteRequestFailed', [answer.failed]);
  switch (answer) {
    case 'granted':
      return message('siteGranted');
    case 'declined':
      return message('siteDeclined');
    case 'asked-in-toolbar':
      return message('siteAskedInToolbar');
    case 'unavailable':
      return message('siteRequestFailed', ['—']);
  }
}

/** The "Allow on <site>" button: one site, asked for only when pressed; the answer is spoken (a polite live region). */
function AllowSite({
  tabId,
  site,
  askTabSite,
  onAllow,
}: {
  tabId: number;
  site: string | null;
  /** The browser asks for the tab's site itself: the button names no site (see requestSiteAccess). */
  askTabSite: boolean;
  onAllow: NonNullable<NoResultProps['onAllowSite']>;
}) {
  const [answer, setAnswer] = useState<SiteAccessAnswer | { failed: string } | null>(null);
  // The site the button names: none where the browser names the tab's site itself.
  const named = askTabSite ? null : site;
  const allow = () => {
    // Called straight from the click: the browser asks only in answer to a user gesture.
    onAllow({ tabId, site }).then(setAnswer, (error: unknown) =>
      setAnswer({ failed: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div class="allow-site">
      <button type="button" class="button" onClick={allow} disabled={answer === 'asked-in-toolbar' || answer === 'granted'}>
        {named !== null ? message('allowOnSite', [siteName(named)]) : message('allowOnThisSite')}
      </button>
      {named !== null && <p class="state-note">{message('allowOnSiteWhich', [siteName(named)])}</p>}
      <p class="state-note">{message('allowOnSiteDetail')}</p>
      <p class="state-note" role="status">
        {answer !== null ? answerText(answer) : ''}
      </p>
    </div>
  );
}
