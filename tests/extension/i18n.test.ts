import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { message, optionalMessage } from '../../lib/extension/i18n';
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

  // Every locale has the English keys (plural forms aside): tests/extension/message-keys.test.ts.
  it('tell translators what each message is for', () => {
    for (const [key, entry] of Object.entries(english)) expect(entry.description, key).toBeTruthy();
  });

  it('fall back to the English file where no browser answers (Node, tests)', () => {
    expect(message('menuSavePage')).toBe(english.menuSavePage!.message);
  });

  it('fill named placeholders from the substitutions in order, numbers written out, as the browsers do', () => {
    expect(message('howToAskWithShortcut', ['Alt+Shift+C', message('menuCheckPage')])).toBe(
      'Click the Crosscheck button in the toolbar, press Alt+Shift+C, or right-click the page and choose “Crosscheck this page”.',
    );
    expect(message('claimsProgress', [12, 37])).toBe('12 of 37 claims');
    // A substitution is text, never read again for placeholders: a claim may well say "$600 billion".
    expect(message('quoted', ['$1 costs $$600 $TEXT$'])).toBe('“$1 costs $$600 $TEXT$”');
  });

  it('prefer the browser’s message, in the reader’s language, handing it the substitutions as text', () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('12 z 37 twierdzeń');
    expect(message('claimsProgress', [12, 37])).toBe('12 z 37 twierdzeń');
    expect(getMessage).toHaveBeenCalledWith('claimsProgress', ['12', '37']);
  });

  it('answer null, not a key, for a message no locale has (a plural form English lacks)', () => {
    expect(optionalMessage('pageCount_few', [3])).toBeNull();
    expect(optionalMessage('pageCount_other', [3])).toBe('3 pages');
  });
});
