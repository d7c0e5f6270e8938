import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root. */
export const REPO = join(import.meta.dirname, '..');

/**
 * Where tests read the project's shared material: `../shared` beside the checkout when it is there (CI, with all 97
 * real pages), else the copy vendored in tests/fixtures/shared, so a clone alone passes `npm test`.
 */
export const SHARED_DIR = existsSync(join(REPO, '../shared/seeds/manifest.json'))
  ? join(REPO, '../shared')
  : join(REPO, 'tests/fixtures/shared');

/** A path inside the shared material ("seeds/000_….txt", "readability-pages/bbc-1/source.html"). */
export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);
