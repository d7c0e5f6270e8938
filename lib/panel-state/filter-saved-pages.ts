import { message } from '../extension/i18n';

/** How the saved-pages list is ordered. */
export type SavedPagesSort = 'newest' | 'oldest' | 'title' | 'outlet';

/** The sort choices in the order the panel offers them, with their labels. */
export const SAVED_PAGES_SORTS: ReadonlyArray<{ id: SavedPagesSort; label: string }> = [
  { id: 'newest', label: message('sortNewest') },
  { id: 'oldest', label: message('sortOldest') },
  { id: 'title', label: message('sortTitle') },
  { id: 'outlet', label: message('sortOutlet') },
];

/** The fields of a saved page the list searches and sorts on. */
export interface ListedPage {
  title: string;
  outlet: string;
  url: string;
  byline: string | null;
  savedAt: string;
}

/** Case- and accent-insensitive form of a text for searching ("Élysée" finds "elysee"). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// Titles and outlets are compared as readers read them: "the Verge" beside "The Verge", "10" after "9".
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The pages matching every word of `query` (in the title, outlet, byline or address), in the chosen order.
 * Ties keep the newest first. Returns a new array; `pages` is not changed.
 */
export function filterSavedPages<T extends ListedPage>(pages: readonly T[], query: string, sort: SavedPagesSort): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matching = words.length
    ? pages.filter((page) => {
        const haystack = fold(`${page.title} ${page.outlet} ${page.byline ?? ''} ${page.url}`);
        return words.every((word) => haystack.includes(word));
      })
    : [...pages];
  const newest = (a: T, b: T) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);
  const order: Record<SavedPagesSort, (a: T, b: T) => number> = {
    newest,
    oldest: (a, b) => -newest(a, b),
    title: (a, b) => collator.compare(a.title, b.title) || newest(a, b),
    outlet: (a, b) => collator.compare(a.outlet, b.outlet) || newest(a, b),
  };
  return matching.sort(order[sort]);
}
