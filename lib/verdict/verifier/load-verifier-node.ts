import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVerifierModel, type VerifierModel } from './verifier-model.ts';
import { createVerifier, type Verifier } from './create-verifier.ts';
import { isLexiconLike } from './lexicon-like.ts';

/** Node-only: reads `data/verifier.bin` (and `data/lexicon.bin` with `lib/text/lexicon.ts` when both exist). */

/** The repository root (three levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Reads and parses the model file; `path` defaults to `data/verifier.bin` in the repository. */
export function loadVerifierModel(path = join(REPO_ROOT, 'data', 'verifier.bin')): VerifierModel {
  return parseVerifierModel(new Uint8Array(readFileSync(path)));
}

/** Loads the WordNet lexicon when `lib/text/lexicon.ts` and `data/lexicon.bin` are present, else null. */
export async function loadLexiconNode(): Promise<unknown> {
  const mod = join(REPO_ROOT, 'lib', 'text', 'lexicon.ts');
  const bin = join(REPO_ROOT, 'data', 'lexicon.bin');
  if (!existsSync(mod) || !existsSync(bin)) return null;
  try {
    const m = (await import('../../text/lexicon.ts')) as {
      parseLexicon?: (b: Uint8Array) => unknown;
      loadLexicon?: (b: Uint8Array) => unknown;
    };
    const parse = m.parseLexicon ?? m.loadLexicon;
    if (typeof parse !== 'function') return null;
    const buf = readFileSync(bin);
    const lex = parse(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    return isLexiconLike(lex) ? lex : null;
  } catch {
    return null;
  }
}

/** A ready verifier from the files on disk. */
export async function loadVerifierNode(modelPath?: string): Promise<Verifier> {
  return createVerifier(loadVerifierModel(modelPath), await loadLexiconNode());
}
