/** Node-only: the shipped model files read from disk (CLI, eval, bench, tests). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadEngineModels, type EngineModels } from './create-engine';

/** Where the extension ships its model files; the CLI reads the same files. */
export const MODELS_DIR = fileURLToPath(new URL('../public/models/', import.meta.url));

/** Loads the shipped models from `dir` (default: the repository's public/models). */
export function loadEngineModelsFromDisk(dir = MODELS_DIR): Promise<EngineModels> {
  return loadEngineModels(async (name) => new Uint8Array(await readFile(dir + name)));
}
