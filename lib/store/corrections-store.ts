/**
 * The reader's corrections inside the store's transactions: saving, removing and importing them, each keyed by
 * claim × document. Every function runs inside the caller's transaction and awaits nothing but its requests.
 */
import type { Correction, ImportResult } from '../types';
import { correctionKey } from '../verdict/apply-corrections';
import { toCorrection } from './corpus-export';
import type { CorrectionStore } from './schema';

/** Counts of imported corrections (see `ImportResult.corrections`). */
export type CorrectionCounts = ImportResult['corrections'];

/** The stored keys of one claim × document's corrections, and the latest of them. */
interface StoredPair {
  keys: string[];
  latest: Correction | null;
}

/** Corrections by the instant they were made, oldest first (a stable order for files and for the engine). */
export function oldestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function sameCorrection(a: Correction, b: Correction): boolean {
  return JSON.stringify(toCorrection(a)) === JSON.stringify(toCorrection(b));
}

/**
 * Every stored correction grouped by claim × document, in ONE read. Grouped by the key recomputed from each value, so
 * a correction stored under a key an older normalisation made is still found (and replaced or removed).
 */
async function readStoredPairs(store: CorrectionStore<IDBTransactionMode>): Promise<Map<string, StoredPair>> {
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const pairs = new Map<string, StoredPair>();
  values.forEach((value, i) => {
    const key = correctionKey(value.claim, value.doc);
    const pair = pairs.get(key) ?? { keys: [], latest: null };
    pair.keys.push(keys[i]!);
    if (!pair.latest || Date.parse(value.at) > Date.parse(pair.latest.at)) pair.latest = value;
    pairs.set(key, pair);
  });
  return pairs;
}

/** Puts `correction` under its key in place of every stored correction of its claim × document. */
async function putCorrection(store: CorrectionStore<'readwrite'>, correction: Correction, replaced: readonly string[]): Promise<void> {
  const key = correctionKey(correction.claim, correction.doc);
  for (const old of replaced) if (old !== key) await store.delete(old);
  await store.put(correction, key);
}

/** Stores the reader's correction, replacing every earlier one of the same claim × document. */
export async function storeCorrection(store: CorrectionStore<'readwrite'>, correction: Correction): Promise<void> {
  const pair = (await readStoredPairs(store)).get(correctionKey(correction.claim, correction.doc));
  await putCorrection(store, correction, pair?.keys ?? []);
}

/** Removes every correction of a claim × document; returns the latest of them, or null when there was none. */
export async function removeCorrection(store: CorrectionStore<'readwrite'>, claim: string, doc: string): Promise<Correction | null> {
  const pair = (await readStoredPairs(store)).get(correctionKey(claim, doc));
  for (const key of pair?.keys ?? []) await store.delete(key);
  return pair?.latest ?? null;
}

/**
 * Imports corrections (oldest first, instants as ISO strings): for each claim × document the latest correction
 * wins, wherever it was made. Linear: the store is read once into a map, then only written.
 */
export async function importCorrections(
  store: CorrectionStore<'readwrite'>,
  corrections: readonly Correction[],
): Promise<CorrectionCounts> {
  const counts: CorrectionCounts = { added: 0, merged: 0, skipped: 0 };
  const pairs = await readStoredPairs(store);
  for (const correction of corrections) {
    const key = correctionKey(correction.claim, correction.doc);
    const pair = pairs.get(key);
    const latest = pair?.latest ?? null;
    // The latest correction of a pair is the reader's current judgement, wherever it was made.
    if (latest && (Date.parse(latest.at) > Date.parse(correction.at) || sameCorrection(latest, correction))) {
      counts.skipped++;
      continue;
    }
    await putCorrection(store, correction, pair?.keys ?? []);
    pairs.set(key, { keys: [key], latest: correction });
    if (latest) counts.merged++;
    else counts.added++;
  }
  return counts;
}
