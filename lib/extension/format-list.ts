import { uiLanguage } from './ui-language';

/**
 * How a list is joined: `conjunction` names things together ("Reuters, BI and CNBC"); `unit` only enumerates them
 * ("“may have”, “reportedly”"), with the language's separator and no word for "and".
 */
export type ListStyle = 'conjunction' | 'unit';

/** One `Intl.ListFormat` per language and style. */
const formats = new Map<string, Intl.ListFormat>();

/** `items` as one phrase in the panel's language (`Intl.ListFormat`): "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[], style: ListStyle = 'conjunction', language = uiLanguage()): string {
  const id = `${language} ${style}`;
  let format = formats.get(id);
  if (!format) formats.set(id, (format = new Intl.ListFormat(language, { type: style, style: style === 'unit' ? 'short' : 'long' })));
  return format.format(items);
}
