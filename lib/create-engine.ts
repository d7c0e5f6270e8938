/**
 * The engine as every caller runs it (the panel, the CLI, `npm run eval`, the bench): the checker over a corpus with
 * the shipped models. One place decides which models a check uses, so what is measured is what ships.
 */
import { bundledCorpus } from './bundled-corpus';
import { createChecker, type Checker, type CheckOptions } from './create-checker';
import { parseLexicon } from './text/lexicon';
import type { CorpusDoc } from './types';
import { createVerifier, parseVerifierModel, prepareWink, type Verifier } from './verdict/verifier';

/** The trained models a check runs with; loaded once per process or panel. */
export interface EngineModels {
  /** The claim × sentence verifier (with the WordNet lexicon); null: the relevance threshold and the rules decide. */
  verifier: Verifier | null;
}

/** The model files the engine reads, shipped in data/ and copied into the extension's models/ folder (wxt.config.ts). */
export const MODEL_FILES = Object.freeze({ verifier: 'verifier.bin', lexicon: 'lexicon.bin' });

/** Reads one model file by name (the extension fetches it, the CLI reads it from disk). */
export type ReadModelFile = (name: string) => Promise<Uint8Array>;

/** Loads the shipped models through `read`. */
export async function loadEngineModels(read: ReadModelFile): Promise<EngineModels> {
  const [model, lexicon] = await Promise.all([read(MODEL_FILES.verifier), read(MODEL_FILES.lexicon), prepareWink(read)]);
  return { verifier: createVerifier(parseVerifierModel(model), parseLexicon(lexicon)) };
}

/** No trained model: the relevance threshold and the rules alone (`npm run eval -- --no-model`). */
export const NO_MODELS: EngineModels = Object.freeze({ verifier: null });

/** A checker over `corpus` (by default the bundled one) with the given models. */
export function createEngine(
  corpus: readonly CorpusDoc[] = bundledCorpus(),
  models: EngineModels = NO_MODELS,
  tuning: Partial<CheckOptions> = {},
): Checker {
  return createChecker(corpus, { ...tuning, verifier: models.verifier });
}
