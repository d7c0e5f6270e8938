import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { readerLanguage, uiLanguage } from '../../lib/extension/ui-language';

/** The browser serves messages of a translation that declares `declared`. */
const translation = (declared: string) =>
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'messagesLanguage' ? declared : ''));

describe('the language the panel words counts and lists in', () => {
  it('is the reader’s browser language, in canonical form, or English where no browser answers', () => {
    expect(readerLanguage()).toBe('en');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('pt_BR');
    expect(readerLanguage()).toBe('pt-BR');
  });

  it('is the English file’s en-GB for English messages, whatever the reader’s language (it has no translation)', () => {
    expect(uiLanguage()).toBe('en-GB');
    expect(uiLanguage('en-US')).toBe('en-GB');
    expect(uiLanguage('fr-FR')).toBe('en-GB');
  });

  it('is the reader’s regional variant of a translation that names only its language', () => {
    translation('pt');
    expect(uiLanguage('pt-BR')).toBe('pt-BR');
    expect(uiLanguage('de-DE')).toBe('pt');
  });

  it('is English when a translation declares no valid language', () => {
    translation('not a tag');
    expect(uiLanguage('de')).toBe('en');
  });
});
