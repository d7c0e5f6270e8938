import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../shared-data';

/** The seed articles (tests read the shared material; the extension and CLI never do). */
export const SEED_DIR = sharedPath('seeds');

/** Seed ids in order ("000_a56a8c20e09dd091", …). */
export const SEED_IDS = readdirSync(SEED_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => file.replace(/\.txt$/, ''));

/** The text of the seed whose id starts with `prefix` ("003"). */
export function seedText(prefix: string): string {
  const id = SEED_IDS.find((seed) => seed.startsWith(prefix));
  if (!id) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEED_DIR, `${id}.txt`), 'utf8');
}
