import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { plural } from '../../lib/extension/plural';

/** A Polish messages file as the browser would serve it: four plural forms (CLDR one, few, many, other). */
const POLISH: Record<string, string> = {
  messagesLanguage: 'pl',
  pageCount_one: '$1 strona',
  pageCount_few: '$1 strony',
  pageCount_many: '$1 stron',
  pageCount_other: '$1 strony',
};

describe('a count in words', () => {
  it('takes the English form its count asks for: 1 page, 0 pages, 2 pages', () => {
    expect([0, 1, 2, 21].map((n) => plural('pageCount', n))).toEqual(['0 pages', '1 page', '2 pages', '21 pages']);
  });

  it('fills the other placeholders too, and by default the count alone', () => {
    expect(plural('outletsConfirm', 3, [3, plural('independentSources', 2)])).toBe('3 outlets confirm — 2 independent sources');
    expect(plural('outletsConfirm', 1, [1, plural('independentSources', 1)])).toBe('1 outlet confirms');
  });

  it('in Polish, asks the browser for the form Intl.PluralRules gives: one, few, many', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(
      (key: string, substitutions?: string | string[]) => POLISH[key]?.replace('$1', String([substitutions].flat()[0])) ?? '',
    );
    expect([1, 3, 5, 22, 25].map((n) => plural('pageCount', n))).toEqual(['1 strona', '3 strony', '5 stron', '22 strony', '25 stron']);
  });

  it('falls back to the _other form where the messages lack the form of the language (English messages, Polish rules)', () => {
    expect(plural('pageCount', 3, [3], 'pl')).toBe('3 pages');
    expect(plural('pageCount', 1, [1], 'pl')).toBe('1 page');
  });
});
