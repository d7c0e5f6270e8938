import { useCallback } from 'preact/hooks';
import { message } from '@/lib/extension/i18n';
import { sendMessage } from '@/lib/extension/messaging';
import { sourceLabel, STATUS_LABELS } from '@/lib/panel-state/status-labels';
import type { Article, Claim, Status, Verdict } from '@/lib/types';
import type { Show } from './use-panel-ui';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The reader's corrections, sent to the background (the one writer); every panel re-checks when it announces the
 * change. Each outcome is told in a toast, with Undo.
 */
export function useCorrect(article: Article | null, show: Show) {
  return useCallback(
    async (claim: Claim, verdict: Verdict, status: Status | null): Promise<void> => {
      const who = sourceLabel(verdict);
      try {
        if (status !== null) {
          const reply = await sendMessage('saveCorrection', {
            correction: { claim: claim.text, doc: verdict.doc, status, url: article?.url ?? null },
          });
          if (!reply.ok) return show(reply.error.message, 'error');
          show(message('correctionSaved', [who, STATUS_LABELS[status].label]), 'info', {
            label: message('undo'),
            run: () => void sendMessage('deleteCorrection', { claim: claim.text, doc: verdict.doc }).catch(() => undefined),
          });
          return;
        }
        const reply = await sendMessage('deleteCorrection', { claim: claim.text, doc: verdict.doc });
        if (!reply.ok) return show(reply.error.message, 'error');
        const removed = reply.value;
        if (!removed) return;
        show(message('correctionRemoved', [who]), 'info', {
          label: message('undo'),
          run: () => void sendMessage('saveCorrection', { correction: removed }).catch(() => undefined),
        });
      } catch (failure) {
        show(message('correctionFailed', [messageOf(failure)]), 'error');
      }
    },
    [article, show],
  );
}
