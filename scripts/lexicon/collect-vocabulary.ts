/**
 * Reads the product's training and seed text from `../shared` and returns the lower-case word
 * forms it uses: the vocabulary `build-lexicon.ts` restricts WordNet to. `gold/dev` is never read:
 * it is the measuring set, and a lexicon fitted to it would flatter the verifier.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Letters, optionally hyphen-joined; apostrophes split ("government's" → "government", "s"). */
const TOKEN = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** Fields of an NLI record that hold text (labels and ids are not vocabulary). */
const NLI_TEXT_FIELDS = ['claim', 'evidence', 'sentence1', 'sentence2'] as const;

/**
 * Adds the tokens of `text` that appear written in lower case: capitalised-only tokens are mostly
 * names ("Nicaragua"), which WordNet knows only as instances, not as words with synonyms.
 * Hyphenated tokens also add their parts.
 */
export function addWords(text: string, into: Set<string>): void {
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (token !== token.toLowerCase()) continue;
    into.add(token);
    if (token.includes('-')) for (const part of token.split('-')) into.add(part);
  }
}

/** Minimal RFC 4180 reader: rows of fields, quoted fields may hold commas, quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  return [];
}

/** Collects the vocabulary from `<dataDir>/nli/*.jsonl`, FNC-1 bodies and headlines, and seeds. */
export function collectVocabulary(dataDir: string): Set<string> {
  const words = new Set<string>();
  const nliDir = join(dataDir, 'nli');
  for (const name of readdirSync(nliDir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(nliDir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record: unknown = JSON.parse(line);
      if (typeof record !== 'object' || record === null) continue;
      for (const field of NLI_TEXT_FIELDS) {
        if (Object.hasOwn(record, field)) {
          for (const text of textsOf((record as Record<string, unknown>)[field])) addWords(text, words);
        }
      }
    }
  }
  const bodies = parseCsv(readFileSync(join(dataDir, 'fnc-1', 'train_bodies.csv'), 'utf8'));
  for (const row of bodies.slice(1)) addWords(row[1] ?? '', words);
  const stances = parseCsv(readFileSync(join(dataDir, 'fnc-1', 'train_stances.csv'), 'utf8'));
  for (const row of stances.slice(1)) addWords(row[0] ?? '', words);
  const seedDir = join(dataDir, 'seeds');
  for (const name of readdirSync(seedDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    addWords(readFileSync(join(seedDir, name), 'utf8'), words);
  }
  return words;
}
