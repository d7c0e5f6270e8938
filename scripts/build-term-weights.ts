/**
 * Builds data/term-weights.json: how many of the 1,683 FNC-1 news bodies use each term, so that the engine
 * knows which words are everyday news English ("aware", "previously") and which are distinctive
 * ("committee", "routers"). Run by `npm run corpus` (scripts/build-corpus.ts); its output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFnc1Bodies } from '../lib/stance/train/parse-fnc1';
import { tokenize } from '../lib/text/tokenize';

/** Terms used by fewer bodies than this are left out of the table: the engine treats unseen terms as rare anyway. */
const MIN_DOCUMENT_FREQUENCY = 3;

/** Writes <outDir>/term-weights.json from <fnc1Dir>/train_bodies.csv; returns a one-line summary. */
export function writeTermWeights(fnc1Dir: string, outDir: string): string {
  const bodies = parseFnc1Bodies(readFileSync(join(fnc1Dir, 'train_bodies.csv'), 'utf8'));
  const df = new Map<string, number>();
  for (const body of bodies.values()) for (const term of new Set(tokenize(body))) df.set(term, (df.get(term) ?? 0) + 1);
  const table = Object.fromEntries([...df].filter(([, n]) => n >= MIN_DOCUMENT_FREQUENCY).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    join(outDir, 'term-weights.json'),
    `${JSON.stringify({ format: 'crosscheck-term-weights', version: 1, source: 'FNC-1 train_bodies.csv', documents: bodies.size, df: table })}\n`,
  );
  return `wrote ${Object.keys(table).length} terms from ${bodies.size} bodies`;
}
