/**
 * The claim × sentence verifier (issue 14): browser-safe public API. The Node-only loader is
 * `load-verifier-node.ts`; training code is under `train/`.
 */
export { analyseText, ANALYSIS_VERSION, type TextAnalysis } from './analyse-text.ts';
export { parseVerifierModel, LABELS, type VerifierModel, type VerifierLabel } from './verifier-model.ts';
export {
  createVerifier,
  aggregateDocument,
  type Verifier,
  type PairVerdict,
  type DocumentVerdict,
  type CandidateScore,
} from './create-verifier.ts';
export { splitEvidence } from './split-evidence.ts';
export type { LexiconLike } from './lexicon-like.ts';
export { prepareWink } from './wink-instance.ts';
