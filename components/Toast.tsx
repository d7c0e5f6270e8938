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
export function Toast({ message, onDismiss }: { message: ToastMessage | null; onDismiss(): void }) {
  return (
    <div class="toast-region" role="status" aria-live="polite" aria-atomic="true">
      {message && (
        <div class={`toast is-${message.tone}`} key={message.id} data-toast={message.tone}>
          <p class="toast-text">{message.text}</p>
          {message.action && (
            <button
              type="button"
              class="toast-action"
              onClick={() => {
                message.action!.run();
                onDismiss();
              }}
            >
              {message.action.label}
            </button>
          )}
          <button type="button" class="toast-close" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
