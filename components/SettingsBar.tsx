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
        <span>Highlight claims on the page</span>
      </label>
      <label class="switch">
        <input type="checkbox" role="switch" checked={autoCheck} onChange={(event) => onAutoCheck(event.currentTarget.checked)} />
        <span>Check news pages automatically</span>
      </label>
      <p class="hint">
        {autoCheck
          ? `Crosscheck looks at every page you open, on your machine; nothing leaves your browser. ${message('autoCheckPanelClosed')}`
          : `Crosscheck reads a page only when you ask${shortcut ? ` (${shortcut}, the toolbar button or the page's context menu)` : ''}. Nothing leaves your browser.`}
      </p>
    </footer>
  );
}
