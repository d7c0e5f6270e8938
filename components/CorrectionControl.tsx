import { useEffect, useRef, useState } from 'preact/hooks';
import type { Status, Verdict } from '@/lib/types';
import { message } from '@/lib/extension/i18n';
import { CORRECTION_CHOICES, STATUS_LABELS } from '@/lib/panel-state/status-labels';

export interface CorrectionControlProps {
  verdict: Pick<Verdict, 'doc' | 'outlet' | 'status' | 'corrected'>;
  /**
   * The reader's choice: a status to store as their correction, or null to remove it (undo). Resolves when the
   * background has answered; the panel re-checks by itself once the change is announced.
   */
  onCorrect(status: Status | null): Promise<void>;
}

/**
 * "Wrong? → confirms / contradicts / leaves out" under one outlet's evidence, or, on a verdict the reader already
 * corrected, the button that removes the correction. Buttons only: every step works from the keyboard (Escape
 * closes the choice and returns focus to "Wrong?").
 */
export function CorrectionControl({ verdict, onCorrect }: CorrectionControlProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const choices = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) choices.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  const run = (status: Status | null) => {
    setBusy(true);
    void onCorrect(status).finally(() => {
      setBusy(false);
      setOpen(false);
    });
  };

  if (verdict.corrected) {
    return (
      <div class="correction">
        {/* The verdict's reason already says what the engine said; this only offers to take the correction back. */}
        <button
          type="button"
          class="link-button"
          disabled={busy}
          onClick={() => run(null)}
          aria-label={message('undoCorrectionLabel', [verdict.outlet, STATUS_LABELS[verdict.corrected.engineStatus].label])}
        >
          <span aria-hidden="true">✎ </span>
          {message('undoCorrection')}
        </button>
      </div>
    );
  }

  if (!open) {
    return (
      <div class="correction">
        <button
          type="button"
          ref={opener}
          class="link-button"
          aria-expanded={false}
          aria-label={message('correctVerdictLabel', [verdict.outlet])}
          onClick={() => setOpen(true)}
        >
          {message('correctVerdict')}
        </button>
      </div>
    );
  }

  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <div
      class="correction is-open"
      role="group"
      aria-label={message('correctionChoicesLabel', [verdict.outlet])}
      ref={choices}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <span class="correction-prompt">{message('correctionPrompt')}</span>
      {CORRECTION_CHOICES.filter((choice) => choice.status !== verdict.status).map((choice) => (
        <button
          key={choice.status}
          type="button"
          class={`correction-choice ${STATUS_LABELS[choice.status].className}`}
          disabled={busy}
          data-correct={choice.status}
          onClick={() => run(choice.status)}
        >
          <span aria-hidden="true">{STATUS_LABELS[choice.status].icon} </span>
          {choice.label}
        </button>
      ))}
      <button type="button" class="link-button" disabled={busy} onClick={close}>
        {message('cancel')}
      </button>
    </div>
  );
}
