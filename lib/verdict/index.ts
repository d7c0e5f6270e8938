/** Stage 4, verdict: claim × document → confirms / contradicts / leaves out, with the evidence and a reason; sources and corrections after. */
export { CHECK_OPTIONS, type CheckOptions } from './check-options';
export { decideVerdict, prepareClaim } from './decide-verdict';
export { findConflict, conflictFacts } from './find-conflict';
export { groupSources } from './group-sources';
export { applyCorrections } from './apply-corrections';
export { createVerifier, analyseText, parseVerifierModel } from './verifier';
