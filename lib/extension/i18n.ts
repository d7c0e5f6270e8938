/**
 * The extension's user-facing strings, from `_locales/<lang>/messages.json` through `browser.i18n`: the browser picks
 * the reader's language, English (the default locale) fills the rest. Where no extension API answers (unit tests,
 * Node, the panel's check worker), the English file itself does, so there is one source for every string.
 *
 * Messages use Chrome's format: named placeholders (`$COUNT$`) whose `content` is a substitution (`$1`…`$9`), and
 * `$$` for a dollar sign. The English fallback reads them the way Chrome and Firefox do.
 */
import { browser } from 'wxt/browser';
import english from '../../public/_locales/en/messages.json';

/** A key of the English messages file: every locale has the same keys. */
export type MessageKey = keyof typeof english;

/** What fills a message's `$1`…`$9`: numbers are written as they are (`String(n)`). */
export type Substitutions = readonly (string | number)[];

/** One entry of a messages file, as Chrome's format has it. */
interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const ENGLISH: Readonly<Record<string, MessageEntry | undefined>> = english;

/** The browser's message, or null where it has none to give (no extension API, a test double without i18n, no such key). */
function localised(key: string, substitutions: readonly string[]): string | null {
  try {
    // WXT types getMessage's keys from the built locale files; every key asked for is one of them or a plural form.
    return browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], [...substitutions]) || null;
  } catch {
    return null;
  }
}

/** The English file's message, read as the browsers read a messages file; null for a key it does not have. */
function fromEnglish(key: string, substitutions: readonly string[]): string | null {
  const entry = Object.hasOwn(ENGLISH, key) ? ENGLISH[key] : undefined;
  if (!entry) return null;
  // First each named placeholder becomes its content (names are case-insensitive), then, in one pass, `$1`… become
  // the substitutions (a missing one is empty) and `$$` a dollar sign: a substitution is never read again.
  return entry.message
    .replace(/\$([\w@]+)\$/g, (all, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? all)
    .replace(/\$(?:([1-9])|(\$+))/g, (_all, n: string | undefined, dollars: string | undefined) =>
      n ? (substitutions[Number(n) - 1] ?? '') : dollars!,
    );
}

/**
 * The message `key` in the reader's language, or null when no locale has it. For keys computed at run time (the
 * plural forms of `plural()`); everything else calls `message`.
 */
export function optionalMessage(key: string, substitutions: Substitutions = []): string | null {
  const strings = substitutions.map(String);
  return localised(key, strings) ?? fromEnglish(key, strings);
}

/** The message `key` in the reader's language, its placeholders filled from `substitutions` (`$1` is the first). */
export function message(key: MessageKey, substitutions: Substitutions = []): string {
  return optionalMessage(key, substitutions) ?? key;
}
