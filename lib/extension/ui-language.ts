import { browser } from 'wxt/browser';
import { message } from './i18n';

/** Where no browser tells the reader's language (Node, tests, the check worker). */
const FALLBACK_LANGUAGE = 'en';

/** A well-formed BCP 47 tag in canonical form ("pt_BR" → "pt-BR"), or null. */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** The reader's browser language, `browser.i18n.getUILanguage()`, or 'en' where no browser answers. */
export function readerLanguage(): string {
  try {
    return canonical(browser.i18n.getUILanguage()) ?? FALLBACK_LANGUAGE;
  } catch {
    return FALLBACK_LANGUAGE;
  }
}

/**
 * The language the panel's messages are in, for plural rules and list formats: the tag the messages file the browser
 * chose declares (`messagesLanguage`), refined by the reader's language when that is a regional variant of it (a
 * `pt` translation read in `pt-BR`). Not the reader's language alone: a reader whose language has no translation
 * reads the English messages, which need English plural forms ("0 pages", never a French "0 page"), and the English
 * file declares `en-GB` because its lists read "A, B and C", without the American comma before "and".
 */
export function uiLanguage(reader: string = readerLanguage()): string {
  const declared = canonical(message('messagesLanguage')) ?? FALLBACK_LANGUAGE;
  const { language, region } = new Intl.Locale(declared);
  return region === undefined && new Intl.Locale(reader).language === language ? reader : declared;
}
