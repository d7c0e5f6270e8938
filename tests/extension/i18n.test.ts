import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../lib/extension/i18n';
import { REPO } from '../shared-data';

const LOCALES = join(REPO, 'public/_locales');
const english = JSON.parse(readFileSync(join(LOCALES, 'en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string }
>;
const config = readFileSync(join(REPO, 'wxt.config.ts'), 'utf8');

describe('the extension’s strings', () => {
  it('come from _locales: every manifest string is a message of the English file, the default locale', () => {
    expect(config).toContain("default_locale: 'en'");
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const key of used) expect(english[key]?.message, key).toBeTruthy();
  });

  it('tell translators what each message is for, in every locale with the same keys', () => {
    for (const [key, entry] of Object.entries(english)) expect(entry.description, key).toBeTruthy();
    for (const locale of readdirSync(LOCALES)) {
      const messages = JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(english).sort());
    }
  });

  it('fall back to the English file where no browser answers (Node, tests)', () => {
    expect(message('menuSavePage')).toBe(english.menuSavePage!.message);
  });
});
