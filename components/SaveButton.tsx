import { useState } from 'preact/hooks';
import { message } from '@/lib/extension/i18n';

export interface SaveButtonProps {
  /** The checked page is already among the reader's saved pages. */
  saved: boolean;
  /** Saved pages cannot be read in this window (saving will say why). */
  unavailable: boolean;
  /** The page has no address to save it under. */
  disabled: boolean;
  /** Hands the article to the background; settles when it answered (how it went comes as a change notice). */
  onSave(): Promise<void>;
}

/** "Save page": keeps the checked article so every later check compares against it. */
export function SaveButton({ saved, unavailable, disabled, onSave }: SaveButtonProps) {
  const [saving, setSaving] = useState(false);
  const save = () => {
    setSaving(true);
    void onSave().finally(() => setSaving(false));
  };
  return (
    <button
      type="button"
      class={saved ? 'button-quiet is-saved' : 'button'}
      disabled={saving || disabled}
      title={unavailable ? message('saveUnavailableTitle') : saved ? message('saveAgainTitle') : message('saveTitle')}
      onClick={save}
    >
      {saving ? message('saving') : saved ? `✓ ${message('savedButton')}` : message('savePage')}
    </button>
  );
}
