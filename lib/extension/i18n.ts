/**
 * The extension's user-facing strings, from `_locales/<lang>/messages.json` through `browser.i18n`: the browser picks
 * the reader's language, English (the default locale) fills the rest. Where no extension API answers (unit tests,
 * Node), the English file itself does, so there is one source for every string.
 */
import { browser } from 'wxt/browser';
import english from '../../public/_locales/en/messages.json';

/** A key of the English messages file: every locale has the same keys. */
export type MessageKey = keyof typeof english;

/** The browser's message, or null where it has none to give (no extension API, or a test double without i18n). */
function localised(key: MessageKey, substitutions: readonly string[]): string | null {
  try {
    // WXT types getMessage's keys from the built locale files; every MessageKey is one of them.
    return browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], [...substitutions]) || null;
  } catch {
    return null;
  }
}

/** The message `key` in the reader's language, with `$1`… filled from `substitutions`. */
export function message(key: MessageKey, substitutions: readonly string[] = []): string {
  const fromBrowser = localised(key, substitutions);
  if (fromBrowser !== null) return fromBrowser;
  return english[key].message.replace(/\$(\d)/g, (all, n: string) => substitutions[Number(n) - 1] ?? all);
}
