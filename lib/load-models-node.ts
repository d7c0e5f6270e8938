/** Node-only: the shipped model files read from disk (CLI, eval, bench, tests). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadEngineModels, type EngineModels } from './create-engine';

/** Where the model files live in the repository (the build copies them into the extension's models/). */
export const MODELS_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Loads the shipped models from `dir` (default: the repository's data/). */
export function loadEngineModelsFromDisk(dir = MODELS_DIR): Promise<EngineModels> {
  return loadEngineModels(async (name) => new Uint8Array(await readFile(dir + name)));
}
