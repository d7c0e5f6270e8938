import { FEATURE_NAMES, FEATURE_VERSION } from './pair-features.ts';

/**
 * The trained verifier: a one-hidden-layer MLP (tanh) over standardised pair features, with softmax over
 * confirms / contradicts / leaves_out, plus the learned document-aggregation biases. Stored as a small binary:
 * magic "XCVF", format version, sizes, then little-endian float32 arrays.
 */

/** Class order in every vector and in the file. */
export const LABELS = ['confirms', 'contradicts', 'leaves_out'] as const;
/** A verifier label. */
export type VerifierLabel = (typeof LABELS)[number];

/** Version of the binary layout. */
export const MODEL_FORMAT_VERSION = 2;
const MAGIC = 0x46564358; // "XCVF" little-endian

/** Parsed weights. */
export interface VerifierModel {
  featureVersion: number;
  nFeatures: number;
  nHidden: number;
  mean: Float32Array;
  scale: Float32Array;
  /** nHidden × nFeatures, row-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** 3 × nHidden, row-major. */
  w2: Float32Array;
  b2: Float32Array;
  /** Log-space biases added to the document-level class scores (learned on training documents). */
  docBias: Float32Array;
  /**
   * Document gates (learned on training documents): [0] the rarity-weighted coverage a sentence needs to confirm a
   * document, [1] the anchor a sentence's conflict needs to contradict it, [2] unused (0).
   */
  docGate: Float32Array;
}

/** Parses `data/verifier.bin`; pure function of the bytes. Throws on a wrong magic, version or size. */
export function parseVerifierModel(bytes: Uint8Array): VerifierModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 16 || view.getUint32(0, true) !== MAGIC) throw new Error('verifier model: bad magic');
  const version = view.getUint16(4, true);
  if (version !== MODEL_FORMAT_VERSION) throw new Error(`verifier model: format ${version}, expected ${MODEL_FORMAT_VERSION}`);
  const featureVersion = view.getUint16(6, true);
  const nFeatures = view.getUint16(8, true);
  const nHidden = view.getUint16(10, true);
  const nClasses = view.getUint16(12, true);
  if (featureVersion !== FEATURE_VERSION || nFeatures !== FEATURE_NAMES.length)
    throw new Error('verifier model: trained on another feature set');
  if (nClasses !== LABELS.length) throw new Error('verifier model: wrong class count');
  const sizes = [nFeatures, nFeatures, nHidden * nFeatures, nHidden, nClasses * nHidden, nClasses, nClasses, nClasses];
  const total = sizes.reduce((s, n) => s + n, 0);
  if (bytes.byteLength !== 16 + 4 * total) throw new Error('verifier model: truncated');
  let off = 16;
  const take = (n: number): Float32Array => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = view.getFloat32(off + 4 * i, true);
    off += 4 * n;
    return a;
  };
  return {
    featureVersion,
    nFeatures,
    nHidden,
    mean: take(nFeatures),
    scale: take(nFeatures),
    w1: take(nHidden * nFeatures),
    b1: take(nHidden),
    w2: take(nClasses * nHidden),
    b2: take(nClasses),
    docBias: take(nClasses),
    docGate: take(nClasses),
  };
}

/** Writes a model in the layout `parseVerifierModel` reads. */
export function serializeVerifierModel(m: VerifierModel): Uint8Array {
  const parts = [m.mean, m.scale, m.w1, m.b1, m.w2, m.b2, m.docBias, m.docGate];
  const total = parts.reduce((s, p) => s + p.length, 0);
  const bytes = new Uint8Array(16 + 4 * total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint16(4, MODEL_FORMAT_VERSION, true);
  view.setUint16(6, m.featureVersion, true);
  view.setUint16(8, m.nFeatures, true);
  view.setUint16(10, m.nHidden, true);
  view.setUint16(12, LABELS.length, true);
  let off = 16;
  for (const p of parts)
    for (let i = 0; i < p.length; i++) {
      view.setFloat32(off, p[i] ?? 0, true);
      off += 4;
    }
  return bytes;
}

/** Standardised features of the last call (reused buffer). */
let scratch = new Float64Array(0);

/** Class scores (logits) for one feature vector. */
export function modelLogits(
  m: VerifierModel,
  x: ArrayLike<number>,
  out = new Float64Array(3),
  hidden = new Float64Array(m.nHidden),
): Float64Array {
  const F = m.nFeatures;
  const z = scratch.length === F ? scratch : (scratch = new Float64Array(F));
  for (let f = 0; f < F; f++) z[f] = ((x[f] ?? 0) - (m.mean[f] ?? 0)) * (m.scale[f] ?? 1);
  for (let h = 0; h < m.nHidden; h++) {
    let s = m.b1[h] ?? 0;
    const row = h * F;
    for (let f = 0; f < F; f++) s += (m.w1[row + f] ?? 0) * (z[f] ?? 0);
    hidden[h] = Math.tanh(s);
  }
  for (let c = 0; c < 3; c++) {
    let s = m.b2[c] ?? 0;
    for (let h = 0; h < m.nHidden; h++) s += (m.w2[c * m.nHidden + h] ?? 0) * (hidden[h] ?? 0);
    out[c] = s;
  }
  return out;
}

/** Softmax of three logits, in place. */
export function softmax3(z: Float64Array): Float64Array {
  const mx = Math.max(z[0] ?? 0, z[1] ?? 0, z[2] ?? 0);
  let s = 0;
  for (let c = 0; c < 3; c++) {
    z[c] = Math.exp((z[c] ?? 0) - mx);
    s += z[c] ?? 0;
  }
  for (let c = 0; c < 3; c++) z[c] = (z[c] ?? 0) / s;
  return z;
}
