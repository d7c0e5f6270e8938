import json from '../../data/stance-model.json';
import { createStanceModel, type StanceModel, type StanceModelJson } from './';

let model: StanceModel | null = null;

/** The stance model trained on FNC-1 (`npm run train:stance`), shipped in data/ and loaded once, on first use. */
export function bundledStanceModel(): StanceModel {
  model ??= createStanceModel(json as unknown as StanceModelJson);
  return model;
}
