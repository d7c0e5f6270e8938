/**
 * The shape of data/stance-model.json: everything inference needs, plus a record of how it was trained.
 */
import type { LexiconJson } from './lexicon.ts';
import type { StanceLabel } from './stance-labels.ts';

/** Identifies the file layout; bump when the features or the layout change. */
export const STANCE_MODEL_FORMAT = 'crosscheck-stance/1';

/** A trained stance model, as stored. */
export interface StanceModelJson {
  format: typeof STANCE_MODEL_FORMAT;
  /** Output order of the network. */
  labels: StanceLabel[];
  lexicon: LexiconJson;
  /** Dense feature names (see pair-features.ts), in input order. */
  featureNames: string[];
  /** Per-feature mean and 1/std over the training pairs, to standardise inputs. */
  featureMean: number[];
  featureInvStd: number[];
  /** Whether the headline's bag of words is an input (the body's always is when `lexicon.bowSize` > 0). */
  headlineBow: boolean;
  /** Hidden-layer width. */
  hidden: number;
  /**
   * First-layer weights, one row of `hidden` values per input: dense features, then the headline's
   * bag of words (if `headlineBow`), then the body's. Quantised to int8 with one scale per row, base64-encoded.
   */
  w1: { scales: number[]; data: string };
  b1: number[];
  /** Second-layer weights, row-major hidden × labels. */
  w2: number[];
  b2: number[];
  /** How the model was made (options, data sizes); informational. */
  training: Record<string, number | string | boolean>;
}
