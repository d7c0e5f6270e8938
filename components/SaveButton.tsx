import { useState } from 'preact/hooks';

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
      title={
        unavailable
          ? 'Saved pages are unavailable in this window; saving will say why.'
          : saved
            ? 'This page is in your saved pages. Save it again to store this version.'
            : 'Keep this article: every later check compares against it.'
      }
      onClick={save}
    >
      {saving ? 'Saving…' : saved ? '✓ Saved' : 'Save page'}
    </button>
  );
}
