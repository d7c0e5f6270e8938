/**
 * Reads the two FNC-1 files (bodies and stances) from their CSV text into typed records.
 */
import { CsvError, parseCsv } from './parse-csv.ts';
import { STANCE_LABELS, type StanceLabel } from '../stance-labels.ts';

/** One headline × body pair of a stances file. */
export interface Fnc1Pair {
  headline: string;
  bodyId: string;
  /** Gold stance, when the file has a Stance column. */
  stance?: StanceLabel;
}

/** The contents of a bodies file and a stances file. */
export interface Fnc1Data {
  /** Body ID → article text. */
  bodies: Map<string, string>;
  pairs: Fnc1Pair[];
  /** Whether the stances file carried gold labels. */
  hasGold: boolean;
}

/** Thrown for input that is not a usable FNC-1 file; the message is meant for the user. */
export class Fnc1InputError extends Error {
  override name = 'Fnc1InputError';
}

function columnIndex(header: string[], name: string, file: string): number {
  const i = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  if (i < 0) throw new Fnc1InputError(`${file}: missing column "${name}" (header: ${header.join(', ')})`);
  return i;
}

function rowsOf(text: string, file: string): string[][] {
  try {
    return parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''));
  } catch (e) {
    if (e instanceof CsvError) throw new Fnc1InputError(`${file}: ${e.message}`);
    throw e;
  }
}

/** Parses a bodies file (columns Body ID, articleBody). */
export function parseFnc1Bodies(text: string, file = 'bodies'): Map<string, string> {
  const [header, ...rows] = rowsOf(text, file);
  if (!header) throw new Fnc1InputError(`${file}: empty file`);
  const idCol = columnIndex(header, 'Body ID', file);
  const bodyCol = columnIndex(header, 'articleBody', file);
  const bodies = new Map<string, string>();
  rows.forEach((r, k) => {
    const id = r[idCol]?.trim();
    const body = r[bodyCol];
    if (id === undefined || id === '' || body === undefined) {
      throw new Fnc1InputError(`${file}: row ${k + 2} has ${r.length} fields, expected ${header.length}`);
    }
    bodies.set(id, body);
  });
  return bodies;
}

/** Parses a stances file (columns Headline, Body ID and optionally Stance). */
export function parseFnc1Stances(text: string, file = 'stances'): { pairs: Fnc1Pair[]; hasGold: boolean } {
  const [header, ...rows] = rowsOf(text, file);
  if (!header) throw new Fnc1InputError(`${file}: empty file`);
  const headCol = columnIndex(header, 'Headline', file);
  const idCol = columnIndex(header, 'Body ID', file);
  const stanceCol = header.findIndex((h) => h.trim().toLowerCase() === 'stance');
  const hasGold = stanceCol >= 0;
  const pairs = rows.map((r, k): Fnc1Pair => {
    const headline = r[headCol];
    const bodyId = r[idCol]?.trim();
    if (headline === undefined || bodyId === undefined || bodyId === '') {
      throw new Fnc1InputError(`${file}: row ${k + 2} has ${r.length} fields, expected ${header.length}`);
    }
    if (!hasGold) return { headline, bodyId };
    const stance = r[stanceCol]?.trim().toLowerCase();
    if (!(STANCE_LABELS as readonly string[]).includes(stance ?? '')) {
      throw new Fnc1InputError(`${file}: row ${k + 2} has unknown stance "${r[stanceCol] ?? ''}"`);
    }
    return { headline, bodyId, stance: stance as StanceLabel };
  });
  return { pairs, hasGold };
}

/** Parses both files and checks that every pair's Body ID exists. */
export function parseFnc1(bodiesText: string, stancesText: string): Fnc1Data {
  const bodies = parseFnc1Bodies(bodiesText);
  const { pairs, hasGold } = parseFnc1Stances(stancesText);
  const missing = pairs.find((p) => !bodies.has(p.bodyId));
  if (missing) throw new Fnc1InputError(`stances: Body ID ${missing.bodyId} is not in the bodies file`);
  return { bodies, pairs, hasGold };
}
