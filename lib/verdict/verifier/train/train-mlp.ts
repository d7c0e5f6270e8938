import type { VerifierModel } from '../verifier-model.ts';
import { FEATURE_VERSION } from '../pair-features.ts';
import { createPrng } from './create-prng.ts';

/** Settings of the MLP trainer. */
export interface MlpOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  l2: number;
  batch: number;
  seed: number;
}

/** Why: 16 tanh units are enough for ~36 alignment features and keep the model file a few KB. */
export const DEFAULT_MLP_OPTIONS: MlpOptions = { hidden: 16, epochs: 25, learningRate: 0.01, l2: 1e-4, batch: 128, seed: 1 };

/**
 * Trains a 1-hidden-layer tanh MLP with softmax cross-entropy and Adam, deterministic for a given seed (no parallelism,
 * fixed summation order). `weights` are per-example loss weights (class balance). Returns weights rounded to float32.
 */
export function trainMlp(
  X: readonly Float64Array[],
  y: readonly number[],
  weights: readonly number[],
  opts: MlpOptions = DEFAULT_MLP_OPTIONS,
): VerifierModel {
  const n = X.length;
  const F = X[0]?.length ?? 0;
  const H = opts.hidden;
  const C = 3;
  const prng = createPrng(opts.seed);
  const mean = new Float64Array(F);
  const sd = new Float64Array(F);
  for (const x of X) for (let f = 0; f < F; f++) mean[f] = (mean[f] ?? 0) + (x[f] ?? 0) / n;
  for (const x of X) for (let f = 0; f < F; f++) sd[f] = (sd[f] ?? 0) + ((x[f] ?? 0) - (mean[f] ?? 0)) ** 2 / n;
  const scale = new Float64Array(F);
  for (let f = 0; f < F; f++) scale[f] = 1 / Math.sqrt((sd[f] ?? 0) + 1e-6);
  const Z = X.map((x) => {
    const z = new Float64Array(F);
    for (let f = 0; f < F; f++) z[f] = ((x[f] ?? 0) - (mean[f] ?? 0)) * (scale[f] ?? 1);
    return z;
  });
  const w1 = new Float64Array(H * F).map(() => prng.normal() * Math.sqrt(1 / F));
  const b1 = new Float64Array(H);
  const w2 = new Float64Array(C * H).map(() => prng.normal() * Math.sqrt(1 / H));
  const b2 = new Float64Array(C);
  const params = [w1, b1, w2, b2];
  const grads = params.map((p) => new Float64Array(p.length));
  const m1 = params.map((p) => new Float64Array(p.length));
  const m2 = params.map((p) => new Float64Array(p.length));
  const [gw1, gb1, gw2, gb2] = grads as [Float64Array, Float64Array, Float64Array, Float64Array];
  const order = Array.from({ length: n }, (_, i) => i);
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  const o = new Float64Array(C);
  let t = 0;
  for (let ep = 0; ep < opts.epochs; ep++) {
    prng.shuffle(order);
    const lr = opts.learningRate * (ep < opts.epochs * 0.7 ? 1 : 0.3);
    for (let s = 0; s < n; s += opts.batch) {
      for (const g of grads) g.fill(0);
      let wsum = 0;
      const end = Math.min(n, s + opts.batch);
      for (let bi = s; bi < end; bi++) {
        const idx = order[bi] ?? 0;
        const z = Z[idx] as Float64Array;
        const yy = y[idx] ?? 0;
        const wt = weights[idx] ?? 1;
        wsum += wt;
        for (let k = 0; k < H; k++) {
          let a = b1[k] ?? 0;
          const row = k * F;
          for (let f = 0; f < F; f++) a += (w1[row + f] ?? 0) * (z[f] ?? 0);
          h[k] = Math.tanh(a);
        }
        let mx = -Infinity;
        for (let c = 0; c < C; c++) {
          let a = b2[c] ?? 0;
          for (let k = 0; k < H; k++) a += (w2[c * H + k] ?? 0) * (h[k] ?? 0);
          o[c] = a;
          if (a > mx) mx = a;
        }
        let se = 0;
        for (let c = 0; c < C; c++) {
          o[c] = Math.exp((o[c] ?? 0) - mx);
          se += o[c] ?? 0;
        }
        dh.fill(0);
        for (let c = 0; c < C; c++) {
          const d = wt * ((o[c] ?? 0) / se - (c === yy ? 1 : 0));
          gb2[c] = (gb2[c] ?? 0) + d;
          for (let k = 0; k < H; k++) {
            gw2[c * H + k] = (gw2[c * H + k] ?? 0) + d * (h[k] ?? 0);
            dh[k] = (dh[k] ?? 0) + d * (w2[c * H + k] ?? 0);
          }
        }
        for (let k = 0; k < H; k++) {
          const d = (dh[k] ?? 0) * (1 - (h[k] ?? 0) ** 2);
          gb1[k] = (gb1[k] ?? 0) + d;
          const row = k * F;
          for (let f = 0; f < F; f++) gw1[row + f] = (gw1[row + f] ?? 0) + d * (z[f] ?? 0);
        }
      }
      t++;
      for (let p = 0; p < params.length; p++) {
        const P = params[p] as Float64Array;
        const G = grads[p] as Float64Array;
        const M = m1[p] as Float64Array;
        const V = m2[p] as Float64Array;
        const decay = p === 0 || p === 2 ? opts.l2 : 0;
        for (let i = 0; i < P.length; i++) {
          const g = (G[i] ?? 0) / Math.max(1e-9, wsum) + decay * (P[i] ?? 0);
          M[i] = 0.9 * (M[i] ?? 0) + 0.1 * g;
          V[i] = 0.999 * (V[i] ?? 0) + 0.001 * g * g;
          const mh = (M[i] ?? 0) / (1 - 0.9 ** t);
          const vh = (V[i] ?? 0) / (1 - 0.999 ** t);
          P[i] = (P[i] ?? 0) - (lr * mh) / (Math.sqrt(vh) + 1e-8);
        }
      }
    }
  }
  return {
    featureVersion: FEATURE_VERSION,
    nFeatures: F,
    nHidden: H,
    mean: Float32Array.from(mean),
    scale: Float32Array.from(scale),
    w1: Float32Array.from(w1),
    b1: Float32Array.from(b1),
    w2: Float32Array.from(w2),
    b2: Float32Array.from(b2),
    docBias: new Float32Array(3),
    docGate: new Float32Array(3),
  };
}
