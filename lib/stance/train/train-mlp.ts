/**
 * A one-hidden-layer network (ReLU, softmax) trained with mini-batch Adam on sparse inputs.
 * Written here rather than taken from a library: it is ~150 lines, must be seeded to be
 * reproducible, and must exploit sparsity (a body's bag of words touches ~200 of 10,000 inputs).
 */
import { addInputs, type InputSegment } from '../mlp.ts';
import { seededRandom, shuffleInPlace } from '../seeded-random.ts';

export type { InputSegment } from '../mlp.ts';

/** One training example. */
export interface MlpExample {
  segments: InputSegment[];
  label: number;
  /** Loss weight (class balancing). */
  weight: number;
}

/** Training settings; every field is required so a model file records exactly how it was made. */
export interface MlpOptions {
  inputSize: number;
  hidden: number;
  classes: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** L2 penalty on first-layer weights of the inputs a batch touches. */
  l2: number;
  /** Probability of dropping a hidden unit during training. */
  dropout: number;
  seed: number;
}

/** Trained parameters, row-major: w1[input * hidden + unit], w2[unit * classes + class]. */
export interface MlpWeights {
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: Float64Array;
}

// Adam's usual constants (Kingma & Ba); nothing here is tuned.
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

function gaussian(random: () => number): number {
  // Box–Muller; 1 - random() keeps log away from 0.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Trains the network; `onEpoch` receives the mean weighted loss of each epoch. */
export function trainMlp(examples: readonly MlpExample[], o: MlpOptions, onEpoch?: (epoch: number, loss: number) => void): MlpWeights {
  const random = seededRandom(o.seed);
  const H = o.hidden;
  const C = o.classes;
  // Small init: bag-of-words rows are L2-normalised and dense features standardised, so inputs are O(1).
  const w1 = Float64Array.from({ length: o.inputSize * H }, () => gaussian(random) * 0.05);
  const b1 = new Float64Array(H);
  const w2 = Float64Array.from({ length: H * C }, () => gaussian(random) * Math.sqrt(2 / (H + C)));
  const b2 = new Float64Array(C);
  const params = [w1, b1, w2, b2];
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  const g = params.map((p) => new Float64Array(p.length));
  const touched = new Uint8Array(o.inputSize);
  const touchedRows: number[] = [];
  const z1 = new Float64Array(H);
  const a1 = new Float64Array(H);
  const dz1 = new Float64Array(H);
  const z2 = new Float64Array(C);
  const order = examples.map((_, i) => i);
  let step = 0;

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    let lossSum = 0;
    let weightSum = 0;
    for (let start = 0; start < order.length; start += o.batchSize) {
      const batch = order.slice(start, start + o.batchSize);
      let batchWeight = 0;
      for (const idx of batch) batchWeight += examples[idx]!.weight;
      for (const idx of batch) {
        const ex = examples[idx]!;
        z1.set(b1);
        addInputs(z1, ex.segments, w1, H);
        for (let j = 0; j < H; j++) {
          const keep = random() >= o.dropout;
          a1[j] = keep && z1[j]! > 0 ? z1[j]! / (1 - o.dropout) : 0;
        }
        let max = -Infinity;
        for (let c = 0; c < C; c++) {
          let s = b2[c]!;
          for (let j = 0; j < H; j++) s += a1[j]! * w2[j * C + c]!;
          z2[c] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let c = 0; c < C; c++) sum += z2[c] = Math.exp(z2[c]! - max);
        const scale = ex.weight / batchWeight;
        lossSum -= ex.weight * Math.log(Math.max(z2[ex.label]! / sum, 1e-12));
        weightSum += ex.weight;
        dz1.fill(0);
        for (let c = 0; c < C; c++) {
          const d = (z2[c]! / sum - (c === ex.label ? 1 : 0)) * scale;
          g[3]![c]! += d;
          for (let j = 0; j < H; j++) {
            g[2]![j * C + c]! += a1[j]! * d;
            dz1[j]! += w2[j * C + c]! * d;
          }
        }
        for (let j = 0; j < H; j++) {
          // a1 > 0 exactly when the unit fired and was kept; the dropout rescale carries over.
          dz1[j] = a1[j]! > 0 ? dz1[j]! / (1 - o.dropout) : 0;
          g[1]![j]! += dz1[j]!;
        }
        for (const seg of ex.segments) {
          for (let k = 0; k < seg.index.length; k++) {
            const val = seg.value[k]!;
            if (val === 0) continue;
            const row = seg.offset + seg.index[k]!;
            if (!touched[row]) {
              touched[row] = 1;
              touchedRows.push(row);
            }
            const base = row * H;
            for (let j = 0; j < H; j++) g[0]![base + j]! += val * dz1[j]!;
          }
        }
      }
      step++;
      const lr = (o.learningRate * Math.sqrt(1 - BETA2 ** step)) / (1 - BETA1 ** step);
      const update = (p: number, from: number, to: number, decay: number) => {
        const P = params[p]!;
        const M = m[p]!;
        const V = v[p]!;
        const G = g[p]!;
        for (let i = from; i < to; i++) {
          const grad = G[i]! + decay * P[i]!;
          M[i] = BETA1 * M[i]! + (1 - BETA1) * grad;
          V[i] = BETA2 * V[i]! + (1 - BETA2) * grad * grad;
          P[i]! -= (lr * M[i]!) / (Math.sqrt(V[i]!) + EPS);
          G[i] = 0;
        }
      };
      // Lazy Adam: only the first-layer rows this batch touched move (the rest had zero gradient).
      touchedRows.sort((a, b) => a - b);
      for (const row of touchedRows) {
        update(0, row * H, row * H + H, o.l2);
        touched[row] = 0;
      }
      touchedRows.length = 0;
      update(1, 0, H, 0);
      update(2, 0, H * C, 0);
      update(3, 0, C, 0);
    }
    onEpoch?.(epoch + 1, lossSum / Math.max(weightSum, 1e-12));
  }
  return { w1, b1, w2, b2 };
}
