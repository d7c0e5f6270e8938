/**
 * Node-only loader for the committed lexicon (CLI, scripts, tests). The extension imports the
 * bytes through its bundler and calls `parseLexicon` directly.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexicon, type Lexicon } from './lexicon';

/** `<repo>/data/lexicon.bin`, resolved from this file so it works from any working directory. */
export const DEFAULT_LEXICON_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'lexicon.bin');

/** Reads and parses a lexicon file (default: the committed `data/lexicon.bin`). */
export function loadLexiconFromDisk(path: string = DEFAULT_LEXICON_PATH): Lexicon {
  const buffer = readFileSync(path);
  return parseLexicon(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
