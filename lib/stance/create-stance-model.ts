/**
 * Inference with a trained stance model. Pure TypeScript: runs the same in the extension and in Node.
 *
 * The first layer is linear in its inputs, so a body's bag-of-words contribution to the hidden
 * layer is computed once in `prepareBody` and reused for every claim checked against that body.
 */
import { decodeBase64 } from './base64.ts';
import { createLexicon } from './lexicon.ts';
import { pairFeatures } from './pair-features.ts';
import { prepareBodyText, prepareText, splitBodySentences, type PreparedBodyText, type PreparedText } from './prepare-text.ts';
import { STANCE_LABELS, type StanceLabel } from './stance-labels.ts';
import { STANCE_MODEL_FORMAT, type StanceModelJson } from './stance-model-json.ts';
import { addInputs } from './mlp.ts';

/** A body analysed once for a given model; pass it to `predict` for each claim. */
export interface PreparedBody {
  readonly text: PreparedBodyText;
  /** Sentences as analysed (the engine's evidence candidates). */
  readonly sentences: readonly string[];
  /** The body's bag-of-words contribution to the hidden layer. */
  readonly hiddenInput: Float32Array;
}

/** A claim (or headline) analysed once; pass it to `predict` to check it against many bodies. */
export interface PreparedClaim {
  readonly claim: string;
  readonly analysed: PreparedText;
  /** The claim's bag-of-words contribution to the hidden layer (zero when the model reads no headline words). */
  readonly hiddenInput: Float32Array;
}

/** The model's answer for one claim × body. */
export interface StancePrediction {
  label: StanceLabel;
  /** Probability of each label (sums to 1). */
  probs: Record<StanceLabel, number>;
  /** Index in `PreparedBody.sentences` of the sentence most similar to the claim, or -1 when none shares a term. */
  evidence: number;
}

/** A loaded stance model. */
export interface StanceModel {
  readonly labels: readonly StanceLabel[];
  /** Analyses a body (text, or its sentences in order) once. */
  prepareBody(body: string | readonly string[]): PreparedBody;
  /** Analyses a claim once. */
  prepareClaim(claim: string): PreparedClaim;
  /** Labels how `body` stands towards `headline` (a claim sentence or a headline). */
  predict(headline: string | PreparedClaim, body: string | readonly string[] | PreparedBody): StancePrediction;
}

/** Dequantises the int8 first-layer rows. */
function decodeW1(json: StanceModelJson): Float32Array {
  const bytes = decodeBase64(json.w1.data);
  const rows = json.w1.scales.length;
  if (bytes.length !== rows * json.hidden) throw new Error('stance model: weight size mismatch');
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Float32Array(signed.length);
  for (let r = 0; r < rows; r++) {
    const s = json.w1.scales[r]!;
    for (let j = 0; j < json.hidden; j++) out[r * json.hidden + j] = signed[r * json.hidden + j]! * s;
  }
  return out;
}

const isPrepared = (b: string | readonly string[] | PreparedBody): b is PreparedBody => typeof b === 'object' && 'hiddenInput' in b;

/** Loads a model from its JSON (data/stance-model.json). */
export function createStanceModel(json: StanceModelJson): StanceModel {
  if (json.format !== STANCE_MODEL_FORMAT) throw new Error(`stance model: unsupported format ${String(json.format)}`);
  if (json.labels.join() !== STANCE_LABELS.join()) throw new Error('stance model: unexpected labels');
  const lexicon = createLexicon(json.lexicon);
  const H = json.hidden;
  const C = json.labels.length;
  const F = json.featureNames.length;
  const V = json.lexicon.bowSize;
  const headOffset = F;
  const bodyOffset = F + (json.headlineBow ? V : 0);
  const w1 = decodeW1(json);
  const z = new Float32Array(H);

  const prepareBody = (body: string | readonly string[]): PreparedBody => {
    const sentences = typeof body === 'string' ? splitBodySentences(body) : body.filter((s) => s.trim() !== '');
    const text = prepareBodyText(sentences, lexicon);
    const hiddenInput = new Float32Array(H);
    addInputs(hiddenInput, [{ offset: bodyOffset, index: text.bow.index, value: text.bow.value }], w1, H);
    return { text, sentences, hiddenInput };
  };

  const prepareClaim = (claim: string): PreparedClaim => {
    const analysed = prepareText(claim, lexicon);
    const hiddenInput = new Float32Array(H);
    if (json.headlineBow) addInputs(hiddenInput, [{ offset: headOffset, index: analysed.bow.index, value: analysed.bow.value }], w1, H);
    return { claim, analysed, hiddenInput };
  };

  const predict = (headline: string | PreparedClaim, body: string | readonly string[] | PreparedBody): StancePrediction => {
    const prepared = isPrepared(body) ? body : prepareBody(body);
    const claim = typeof headline === 'string' ? prepareClaim(headline) : headline;
    const head = claim.analysed;
    const { features, bestSentence } = pairFeatures(head, prepared.text, lexicon, claim.claim);
    // Linear first layer: the body's and the claim's words were added up when each was prepared.
    for (let j = 0; j < H; j++) z[j] = json.b1[j]! + prepared.hiddenInput[j]! + claim.hiddenInput[j]!;
    for (let i = 0; i < F; i++) {
      const x = (features[i]! - json.featureMean[i]!) * json.featureInvStd[i]!;
      if (x === 0) continue;
      const base = i * H;
      for (let j = 0; j < H; j++) z[j]! += x * w1[base + j]!;
    }
    const logits = json.b2.slice();
    for (let j = 0; j < H; j++) {
      const a = z[j]!;
      if (a <= 0) continue;
      for (let c = 0; c < C; c++) logits[c]! += a * json.w2[j * C + c]!;
    }
    const max = Math.max(...logits);
    const exps = logits.map((l) => Math.exp(l - max));
    const sum = exps.reduce((s, x) => s + x, 0);
    let best = 0;
    for (let c = 1; c < C; c++) if (exps[c]! > exps[best]!) best = c;
    // Outputs are in STANCE_LABELS order (checked when the model was loaded).
    const probs = { agree: exps[0]! / sum, disagree: exps[1]! / sum, discuss: exps[2]! / sum, unrelated: exps[3]! / sum };
    return { label: json.labels[best]!, probs, evidence: bestSentence };
  };

  return { labels: json.labels, prepareBody, prepareClaim, predict };
}
