/**
 * Stance model (FNC-1): does a text agree with, disagree with, discuss, or ignore a claim?
 * Entry point for the engine: `createStanceModel(json)` then `prepareBody` once per document and
 * `predict(claim, preparedBody)` per claim.
 */
export {
  createStanceModel,
  type PreparedBody,
  type PreparedClaim,
  type StanceModel,
  type StancePrediction,
} from './create-stance-model.ts';
export { STANCE_LABELS, type StanceLabel } from './stance-labels.ts';
export type { StanceModelJson } from './stance-model-json.ts';
