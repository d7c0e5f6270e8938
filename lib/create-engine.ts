/**
 * The engine as every caller runs it (the panel, the CLI, `npm run eval`, the bench): the checker over a corpus with
 * the shipped models. One place decides which models a check uses, so what is measured is what ships.
 */
import { bundledCorpus } from './bundled-corpus';
import { bundledStanceModel } from './bundled-stance-model';
import { createChecker, type Checker } from './create-checker';
import type { CorpusDoc } from './types';

export interface EngineOptions {
  /** Without the trained models: the rules alone (`npm run eval -- --no-model`). */
  noModel?: boolean;
}

/** A checker over `corpus` (by default the bundled one) with the shipped models. */
export function createEngine(corpus: readonly CorpusDoc[] = bundledCorpus(), { noModel = false }: EngineOptions = {}): Checker {
  return createChecker(corpus, { stance: noModel ? null : bundledStanceModel() });
}
