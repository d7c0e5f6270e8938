import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

/** The shared wink-nlp pipeline (POS tags, lemmas, negation scope), created on first use: loading costs ~200 ms. */
let instance: ReturnType<typeof winkNLP> | null = null;

/** Reads one file shipped beside the engine's models ("wink/eng-core-web-model.json"). */
export type ReadWinkFile = (name: string) => Promise<Uint8Array>;

/**
 * Makes the pipeline ready. In Node the model is a package import and nothing needs reading; the extension's build
 * swaps this module for wink-browser/wink-instance.ts, which reads the model's large parts as files (no 3.6 MB script).
 */
export async function prepareWink(_read?: ReadWinkFile): Promise<void> {}

/**
 * Returns the process-wide wink-nlp instance, creating it on first call. The model (3.5 MB of JSON) is required here,
 * not imported at the top: a CLI run that never reaches the verifier (`--help`, a page nothing confirms) skips it.
 */
export function getWink(): ReturnType<typeof winkNLP> {
  if (!instance) {
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    instance = winkNLP(model, ['pos', 'negation']);
  }
  return instance;
}
