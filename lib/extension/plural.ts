import { message, optionalMessage, type MessageKey, type Substitutions } from './i18n';
import { uiLanguage } from './ui-language';

/**
 * A message with plural forms: `<base>_one`, `<base>_other`… in the messages file, one key per CLDR plural category
 * of the file's language (English has `one` and `other`; Polish adds `few` and `many`).
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** One `Intl.PluralRules` per language: the panel words counts in every claim row. */
const rulesByLanguage = new Map<string, Intl.PluralRules>();

function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) rulesByLanguage.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}

/**
 * The form of message `base` that `count` takes in the panel's language (`Intl.PluralRules`), its placeholders filled
 * from `substitutions` (by default the count alone). A form the messages file lacks falls back to `<base>_other`.
 */
export function plural(base: PluralKey, count: number, substitutions: Substitutions = [count], language = uiLanguage()): string {
  const category = pluralRules(language).select(count);
  return optionalMessage(`${base}_${category}`, substitutions) ?? message(`${base}_other` as MessageKey, substitutions);
}
