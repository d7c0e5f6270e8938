/**
 * Human-readable summary of an FNC-1 score, shared by the fnc1 and train-stance commands.
 */
import type { Fnc1Score } from './score-fnc1.ts';
import { STANCE_LABELS } from '../stance-labels.ts';

/** Formats the score as a few aligned lines (relative score, macro-F1, per-class F1, confusion matrix). */
export function formatScore(s: Fnc1Score): string {
  const pad = (x: string | number, n = 10) => String(x).padStart(n);
  const lines = [
    `relative FNC-1 score: ${s.relative.toFixed(4)} (${s.score.toFixed(2)} / ${s.maxScore.toFixed(2)})`,
    `macro-F1: ${s.macroF1.toFixed(4)}   accuracy: ${s.accuracy.toFixed(4)}`,
    `F1: ${STANCE_LABELS.map((l) => `${l} ${s.f1[l].toFixed(4)}`).join('   ')}`,
    `confusion (rows gold, columns predicted):`,
    `${pad('')}${STANCE_LABELS.map((l) => pad(l)).join('')}`,
    ...STANCE_LABELS.map((g) => `${pad(g)}${STANCE_LABELS.map((p) => pad(s.confusion[g][p])).join('')}`),
  ];
  return lines.join('\n');
}
