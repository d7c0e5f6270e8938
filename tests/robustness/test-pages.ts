import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../shared-data';

/** Readability's frozen real pages (all 97 from ../shared, else the vendored subset). */
export const READABILITY_PAGES_DIR = sharedPath('readability-pages');

/** What Readability's test suite expects of a page's metadata (only the fields used here). */
export interface ExpectedMetadata {
  title: string | null;
  /** Readability's `isProbablyReaderable` verdict: false for pages it judges to have no article. */
  readerable: boolean;
}

/** One real page: its folder name, its HTML and Readability's expected metadata. */
export interface TestPage {
  name: string;
  source: string;
  expected: ExpectedMetadata;
}

/** Every page of the shared Readability corpus, in name order (Readability's own loader, in spirit). */
export function getTestPages(): TestPage[] {
  return readdirSync(READABILITY_PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      source: readFileSync(join(READABILITY_PAGES_DIR, name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(READABILITY_PAGES_DIR, name, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
    }));
}
