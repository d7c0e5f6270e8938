import { message } from '@/lib/extension/i18n';

/**
 * Shown once, on the panel's first open: what the bundled corpus covers, that "not found" does not mean false, and
 * how saving pages widens what Crosscheck can compare against. "Got it" dismisses it for good.
 */
export function FirstRun({ onDismiss }: { onDismiss(): void }) {
  return (
    <section class="state first-run" data-state="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{message('firstRunTitle')}</h2>
      <p>{message('firstRunCorpus')}</p>
      <p>{message('firstRunNotFound')}</p>
      <p>{message('firstRunSaving')}</p>
      <button type="button" class="button" onClick={onDismiss}>
        {message('firstRunDismiss')}
      </button>
    </section>
  );
}
