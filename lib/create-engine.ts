/**
 * The engine as every caller runs it (the panel, the CLI, `npm run eval`, the bench): the checker over a corpus with
 * the shipped models. One place decides which models a check uses, so what is measured is what ships.
 */
import { bundledCorpus } from './bundled-corpus';
import { bundledStanceModel } from './bundled-stance-model';
import { createChecker, type Checker } from './create-checker';
import type { StanceModel } from './stance';
import type { CorpusDoc } from './types';

/** The trained models a check runs with; loaded once per process or panel. */
export interface EngineModels {
  stance: StanceModel | null;
}

/** Reads one model file shipped in `public/models/` (the extension fetches it, the CLI reads it from disk). */
export type ReadModelFile = (name: string) => Promise<Uint8Array>;

/** Loads the shipped models through `read`. */
export async function loadEngineModels(_read: ReadModelFile): Promise<EngineModels> {
  return { stance: bundledStanceModel() };
}

/** No trained model: the rules alone (`npm run eval -- --no-model`). */
export const NO_MODELS: EngineModels = Object.freeze({ stance: null });

/** A checker over `corpus` (by default the bundled one) with the given models. */
export function createEngine(
  corpus: readonly CorpusDoc[] = bundledCorpus(),
  models: EngineModels = { stance: bundledStanceModel() },
): Checker {
  return createChecker(corpus, { stance: models.stance });
}
