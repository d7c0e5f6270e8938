import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The shared wink-nlp pipeline (POS tags, lemmas, negation scope), created on first use: loading costs ~200 ms. */
let instance: ReturnType<typeof winkNLP> | null = null;

/** Reads one file shipped beside the engine's models ("wink/eng-core-web-model.json"). */
export type ReadWinkFile = (name: string) => Promise<Uint8Array>;

/**
 * Makes the pipeline ready. In Node the model is a package import and nothing needs reading; the extension's build
 * swaps this module for wink-browser/wink-instance.ts, which reads the model's large parts as files (no 3.6 MB script).
 */
export async function prepareWink(_read?: ReadWinkFile): Promise<void> {}

/** Returns the process-wide wink-nlp instance, creating it on first call. */
export function getWink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['pos', 'negation']);
  return instance;
}
