import { describe, expect, it } from 'vitest';
import { filterSavedPages, type ListedPage } from '../../lib/panel-state/filter-saved-pages';

const page = (
  title: string,
  outlet: string,
  savedAt: string,
  url = `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/a`,
): ListedPage & { id: string } => ({
  id: title,
  title,
  outlet,
  url,
  byline: null,
  savedAt,
});

const pages = [
  page('OpenAI says DeepSeek may have used its outputs', 'Business Insider', '2025-01-30T10:00:00.000Z'),
  page('Chip stocks slide as DeepSeek rattles Wall Street', 'Market Desk', '2025-01-28T09:00:00.000Z'),
  page('Élysée summit on AI rules', 'Le Monde', '2025-02-11T08:00:00.000Z'),
  page('10 things to know about distillation', 'AI Wire', '2025-01-29T12:00:00.000Z'),
  page('9 charts on the AI sell-off', 'AI Wire', '2025-01-31T12:00:00.000Z'),
];
const titles = (list: ListedPage[]) => list.map((p) => p.title);

describe('the saved-pages list', () => {
  it('sorts newest and oldest saved first', () => {
    expect(titles(filterSavedPages(pages, '', 'newest'))[0]).toBe('Élysée summit on AI rules');
    expect(titles(filterSavedPages(pages, '', 'oldest'))).toEqual(titles(filterSavedPages(pages, '', 'newest')).reverse());
  });

  it('sorts titles as readers read them: case and accents aside, numbers by value', () => {
    expect(titles(filterSavedPages(pages, '', 'title'))).toEqual([
      '9 charts on the AI sell-off',
      '10 things to know about distillation',
      'Chip stocks slide as DeepSeek rattles Wall Street',
      'Élysée summit on AI rules',
      'OpenAI says DeepSeek may have used its outputs',
    ]);
  });

  it('sorts by outlet, newest first within one outlet', () => {
    expect(
      filterSavedPages(pages, '', 'outlet')
        .map((p) => `${p.outlet}: ${p.title}`)
        .slice(0, 2),
    ).toEqual(['AI Wire: 9 charts on the AI sell-off', 'AI Wire: 10 things to know about distillation']);
  });

  it('finds pages having every word of the search in title, outlet or address, ignoring case and accents', () => {
    expect(titles(filterSavedPages(pages, 'deepseek', 'newest'))).toEqual([
      'OpenAI says DeepSeek may have used its outputs',
      'Chip stocks slide as DeepSeek rattles Wall Street',
    ]);
    expect(titles(filterSavedPages(pages, 'elysee', 'newest'))).toEqual(['Élysée summit on AI rules']);
    expect(titles(filterSavedPages(pages, '  wire   distillation ', 'newest'))).toEqual(['10 things to know about distillation']);
    expect(titles(filterSavedPages(pages, 'marketdesk.example', 'newest'))).toEqual(['Chip stocks slide as DeepSeek rattles Wall Street']);
    expect(filterSavedPages(pages, 'bloomberg', 'newest')).toEqual([]);
  });

  it('leaves the list it was given as it was', () => {
    const before = titles(pages);
    filterSavedPages(pages, '', 'title');
    expect(titles(pages)).toEqual(before);
  });
});
