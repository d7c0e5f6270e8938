import { message } from '@/lib/extension/i18n';

/** A short message at the bottom of the panel, optionally with one action (Undo). */
export interface ToastMessage {
  /** Distinguishes successive messages with the same text (each restarts the timer). */
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run(): void };
}

/**
 * Shows the current message, if any. The live region is always in the page, with one role that never changes
 * (screen readers miss messages in a region whose role or politeness switches), so each message is announced as it
 * arrives; errors say so in their text.
 */
export function Toast({ message: toast, onDismiss }: { message: ToastMessage | null; onDismiss(): void }) {
  return (
    <div class="toast-region" role="status" aria-live="polite" aria-atomic="true">
      {toast && (
        <div class={`toast is-${toast.tone}`} key={toast.id} data-toast={toast.tone}>
          <p class="toast-text">{toast.text}</p>
          {toast.action && (
            <button
              type="button"
              class="toast-action"
              onClick={() => {
                toast.action!.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" class="toast-close" aria-label={message('dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
