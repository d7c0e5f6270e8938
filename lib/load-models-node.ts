/** Node-only: the shipped model files read from disk (CLI, eval, bench, tests). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngineModels, MODEL_FILES, type EngineModels } from './create-engine';

/**
 * The repository's data/ folder, where the model files live (the build copies them into the extension's models/).
 * Found by walking up from this module, so it holds whether the code runs from lib/ or bundled under .output/ or .cache/.
 */
function findModelsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', MODEL_FILES.verifier))) return join(dir, 'data');
    const up = dirname(dir);
    if (up === dir) throw new Error(`no data/${MODEL_FILES.verifier} above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** The repository's data/ folder (see findModelsDir). */
export const MODELS_DIR = findModelsDir();

/** Loads the shipped models from `dir` (default: the repository's data/). */
export function loadEngineModelsFromDisk(dir = MODELS_DIR): Promise<EngineModels> {
  return loadEngineModels(async (name) => new Uint8Array(await readFile(join(dir, name))));
}
