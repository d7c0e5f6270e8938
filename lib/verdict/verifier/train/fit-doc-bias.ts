import { aggregateDocument, type CandidateScore } from '../create-verifier.ts';
/**
 * Learns the document-level class biases on training documents: the most decisive sentence carries a document, then
 * log-space biases for confirms and contradicts are chosen on a grid to maximise macro-F1, among settings whose
 * confirms precision is at least `minConfirmsPrecision` (a wrong "confirms" is the product's worst failure).
 */

/** One training document: the best sentence's class probabilities and the gold class (0 confirms, 1 contradicts, 2 leaves_out). */
export interface DocScore {
  p: readonly [number, number, number];
  gold: number;
}

/** Label of a document under biases. */
export function docLabel(p: readonly number[], bias: readonly number[]): number {
  let best = 0;
  let bv = -Infinity;
  for (let c = 0; c < 3; c++) {
    const v = Math.log(Math.max(1e-9, p[c] ?? 0)) + (bias[c] ?? 0);
    if (v > bv) {
      bv = v;
      best = c;
    }
  }
  return best;
}

/** Per-class precision/recall/F1, macro-F1 and accuracy. */
export function scoreLabels(
  pred: readonly number[],
  gold: readonly number[],
): { macroF1: number; accuracy: number; precision: number[]; recall: number[]; f1: number[] } {
  const tp = [0, 0, 0];
  const fp = [0, 0, 0];
  const fn = [0, 0, 0];
  let ok = 0;
  for (let i = 0; i < pred.length; i++) {
    const p = pred[i] ?? 2;
    const g = gold[i] ?? 2;
    if (p === g) {
      tp[p] = (tp[p] ?? 0) + 1;
      ok++;
    } else {
      fp[p] = (fp[p] ?? 0) + 1;
      fn[g] = (fn[g] ?? 0) + 1;
    }
  }
  const precision = tp.map((t, c) => (t + (fp[c] ?? 0) > 0 ? t / (t + (fp[c] ?? 0)) : 0));
  const recall = tp.map((t, c) => (t + (fn[c] ?? 0) > 0 ? t / (t + (fn[c] ?? 0)) : 0));
  const f1 = precision.map((p, c) => (p + (recall[c] ?? 0) > 0 ? (2 * p * (recall[c] ?? 0)) / (p + (recall[c] ?? 0)) : 0));
  return { macroF1: (f1[0]! + f1[1]! + f1[2]!) / 3, accuracy: pred.length ? ok / pred.length : 0, precision, recall, f1 };
}

/** Why: 0.9 keeps "confirms" trustworthy while leaving room for recall on training documents. */
export const MIN_CONFIRMS_PRECISION = 0.9;

/** Grid search of [confirms, contradicts, 0] biases. */
export function fitDocBias(docs: readonly DocScore[], minConfirmsPrecision = MIN_CONFIRMS_PRECISION): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let bestScore = -Infinity;
  const gold = docs.map((d) => d.gold);
  // why ±3 in 0.25 steps: a factor of e^3 ≈ 20 either way covers any useful shift at a resolution finer than the data
  for (let a = -3; a <= 3.001; a += 0.25) {
    for (let b = -3; b <= 3.001; b += 0.25) {
      const bias = [a, b, 0];
      const s = scoreLabels(
        docs.map((d) => docLabel(d.p, bias)),
        gold,
      );
      const penalty = (s.precision[0] ?? 0) < minConfirmsPrecision ? 1 + (minConfirmsPrecision - (s.precision[0] ?? 0)) : 0;
      const score = s.macroF1 - penalty;
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = [Math.round(a * 100) / 100, Math.round(b * 100) / 100, 0];
      }
    }
  }
  return best;
}

/** One training document for the aggregation fit: every candidate's score and the gold class. */
export interface DocCandidates {
  scores: readonly CandidateScore[];
  gold: number;
  /** Weight of the document in the fit's counts (real outlet paraphrase counts more than the big synthetic set). */
  weight: number;
  /** Whether the label is clean (synthetic, NLI); confirms precision is constrained on clean documents only. */
  clean: boolean;
}

/** Why these steps: coverage and anchors are shares (0–1); five or six levels span "any" to "most of it". */
const CONFIRM_GATES = [0, 0.3, 0.4, 0.5, 0.6, 0.75];
/** From 0.15 up: a document may contradict only through a conflict a reader can check (one the alignment found). */
const CONTRADICT_GATES = [0.15, 0.25, 0.35, 0.45, 0.6];

/**
 * Learns the document gates and biases together on training documents: for each pair of gates, the aggregated
 * probabilities of every document are computed once, then the bias grid of `fitDocBias` is searched (macro-F1 among
 * settings with confirms precision ≥ `minConfirmsPrecision`). Ties keep the lower gates (earlier in the grid).
 */
export function fitDocAggregation(
  docs: readonly DocCandidates[],
  minConfirmsPrecision = MIN_CONFIRMS_PRECISION,
): { gate: [number, number, number]; bias: [number, number, number]; macroF1: number } {
  let best = { gate: [0, 0, 0] as [number, number, number], bias: [0, 0, 0] as [number, number, number], macroF1: -Infinity };
  let bestScore = -Infinity;
  const gold = docs.map((d) => d.gold);
  for (const gc of CONFIRM_GATES)
    for (const gx of CONTRADICT_GATES) {
      const n = docs.length;
      const lp = new Float64Array(3 * n);
      docs.forEach((d, i) => {
        const p = aggregateDocument(d.scores, [gc, gx, 0], [0, 0, 0]).p;
        for (let c = 0; c < 3; c++) lp[3 * i + c] = Math.log(Math.max(1e-9, p[c] ?? 0));
      });
      for (let a = -3; a <= 3.001; a += 0.25)
        for (let b = -3; b <= 3.001; b += 0.25) {
          const tp = [0, 0, 0];
          const fp = [0, 0, 0];
          const fn = [0, 0, 0];
          let cleanTp = 0;
          let cleanFp = 0;
          for (let i = 0; i < n; i++) {
            const v0 = lp[3 * i]! + a;
            const v1 = lp[3 * i + 1]! + b;
            const v2 = lp[3 * i + 2]!;
            const pr = v0 >= v1 && v0 >= v2 ? 0 : v1 >= v2 ? 1 : 2;
            const g = gold[i]!;
            const w = docs[i]!.weight;
            if (pr === 0 && docs[i]!.clean) {
              if (g === 0) cleanTp++;
              else cleanFp++;
            }
            if (pr === g) tp[pr]! += w;
            else {
              fp[pr]! += w;
              fn[g]! += w;
            }
          }
          let f1sum = 0;
          for (let c = 0; c < 3; c++) {
            const P = tp[c]! + fp[c]! > 0 ? tp[c]! / (tp[c]! + fp[c]!) : 0;
            const R = tp[c]! + fn[c]! > 0 ? tp[c]! / (tp[c]! + fn[c]!) : 0;
            f1sum += P + R > 0 ? (2 * P * R) / (P + R) : 0;
          }
          const macroF1 = f1sum / 3;
          const pc = cleanTp + cleanFp > 0 ? cleanTp / (cleanTp + cleanFp) : 0;
          const penalty = pc < minConfirmsPrecision ? 1 + (minConfirmsPrecision - pc) : 0;
          const score = macroF1 - penalty;
          if (score > bestScore + 1e-12) {
            bestScore = score;
            best = { gate: [gc, gx, 0], bias: [Math.round(a * 100) / 100, Math.round(b * 100) / 100, 0], macroF1 };
          }
        }
    }
  return best;
}
