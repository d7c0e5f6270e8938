/**
 * The official FNC-1 score plus the per-class F1 that shows what it hides (disagree is 2% of pairs).
 */
import { STANCE_LABELS, type StanceLabel } from '../stance-labels.ts';

/** Scores of a set of predictions against gold stances. */
export interface Fnc1Score {
  /** Points earned: 0.25 per correct related/unrelated call, +0.75 per exact related label. */
  score: number;
  /** The most points these gold labels allow. */
  maxScore: number;
  /** score / maxScore. */
  relative: number;
  /** Per-class F1 (0 when a class is neither predicted nor present). */
  f1: Record<StanceLabel, number>;
  /** Unweighted mean of the four F1s. */
  macroF1: number;
  accuracy: number;
  /** confusion[gold][predicted] counts. */
  confusion: Record<StanceLabel, Record<StanceLabel, number>>;
}

const isRelated = (s: StanceLabel) => s !== 'unrelated';

/** Scores predictions (same order and length as gold) with the official FNC-1 rules. */
export function scoreFnc1(gold: readonly StanceLabel[], predicted: readonly StanceLabel[]): Fnc1Score {
  if (gold.length !== predicted.length) throw new Error(`scoreFnc1: ${gold.length} gold vs ${predicted.length} predicted`);
  const zeroRow = () => Object.fromEntries(STANCE_LABELS.map((l) => [l, 0])) as Record<StanceLabel, number>;
  const confusion = Object.fromEntries(STANCE_LABELS.map((l) => [l, zeroRow()])) as Fnc1Score['confusion'];
  let score = 0;
  let maxScore = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[g][p]++;
    maxScore += isRelated(g) ? 1 : 0.25;
    if (g === p) correct++;
    if (isRelated(g) === isRelated(p)) score += 0.25;
    if (isRelated(g) && g === p) score += 0.75;
  });
  const f1 = zeroRow();
  for (const l of STANCE_LABELS) {
    const tp = confusion[l][l];
    const goldN = STANCE_LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const predN = STANCE_LABELS.reduce((s, g) => s + confusion[g][l], 0);
    f1[l] = goldN + predN === 0 ? 0 : (2 * tp) / (goldN + predN);
  }
  const macroF1 = STANCE_LABELS.reduce((s, l) => s + f1[l], 0) / STANCE_LABELS.length;
  return {
    score,
    maxScore,
    relative: maxScore === 0 ? 0 : score / maxScore,
    f1,
    macroF1,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    confusion,
  };
}
