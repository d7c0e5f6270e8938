import { message } from '@/lib/extension/i18n';

export interface SettingsBarProps {
  highlights: boolean;
  onHighlights(enabled: boolean): void;
  autoCheck: boolean;
  /** Called from the click itself: switching on asks the browser for permission, which needs the user gesture. */
  onAutoCheck(enabled: boolean): void;
  /** The keyboard shortcut as the browser has it (the reader may have changed it); empty when unset. */
  shortcut: string;
}

/** The panel's two switches and a reminder of how to check a page. */
export function SettingsBar({ highlights, onHighlights, autoCheck, onAutoCheck, shortcut }: SettingsBarProps) {
  return (
    <footer class="settings">
      <label class="switch">
        <input type="checkbox" role="switch" checked={highlights} onChange={(event) => onHighlights(event.currentTarget.checked)} />
        <span>{message('settingHighlights')}</span>
      </label>
      <label class="switch">
        <input type="checkbox" role="switch" checked={autoCheck} onChange={(event) => onAutoCheck(event.currentTarget.checked)} />
        <span>{message('settingAutoCheck')}</span>
      </label>
      <p class="hint">
        {autoCheck
          ? message('autoCheckOnHint', [message('autoCheckPanelClosed')])
          : shortcut
            ? message('autoCheckOffHintWithShortcut', [shortcut])
            : message('autoCheckOffHint')}
      </p>
    </footer>
  );
}
