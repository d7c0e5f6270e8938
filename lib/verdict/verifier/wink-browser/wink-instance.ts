/**
 * The browser build's wink-nlp pipeline (wxt.config.ts aliases ../wink-instance.ts to this module): the model's large
 * JSON parts are read as files first, then wink and the model's scripts are imported, so no script carries 3.6 MB.
 */
import type winkNLP from 'wink-nlp';
import { setWinkParts, WINK_PART_FILES, type WinkParts } from './wink-parts';

let instance: ReturnType<typeof winkNLP> | null = null;

/** Reads one file shipped beside the engine's models. */
export type ReadWinkFile = (name: string) => Promise<Uint8Array>;

const decoder = new TextDecoder();

/** Reads the model's parts through `read` and builds the pipeline; call it before the first analysis. */
export async function prepareWink(read?: ReadWinkFile): Promise<void> {
  if (instance) return;
  if (!read) throw new Error('the browser build reads wink’s model parts through the engine’s model reader');
  const names = Object.keys(WINK_PART_FILES) as Array<keyof WinkParts>;
  const texts = await Promise.all(names.map((name) => read(WINK_PART_FILES[name])));
  setWinkParts(Object.fromEntries(names.map((name, i) => [name, JSON.parse(decoder.decode(texts[i]))])) as unknown as WinkParts);
  const [{ default: wink }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
  instance = wink(model, ['pos', 'negation']);
}

/** The pipeline `prepareWink` built. */
export function getWink(): ReturnType<typeof winkNLP> {
  if (!instance) throw new Error('wink-nlp is not ready: the engine loads it with its models (prepareWink)');
  return instance;
}
