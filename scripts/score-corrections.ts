/**
 * Scores the engine against the reader's corrections (an extra labelled set): each correction says what the
 * verdict for one claim × document should be. The claim is checked on its own against the same corpus — the
 * engine's verdict for a claim does not depend on the rest of the page — without the corrections applied.
 */
import type { Correction } from '../lib/verdict/apply-corrections';
import type { Checker } from '../lib/create-checker';
import { articleFromText } from '../lib/extract/article-from-text';
import type { Status } from '../lib/types';
import { labelScores, type LabelScore } from './score-seed-gold';

export interface ScoredCorrection {
  claim: string;
  doc: string;
  allowed: Status[];
  predicted: Status | 'missing';
  right: boolean;
}

export interface CorrectionScore {
  pairs: ScoredCorrection[];
  labels: Record<Status, LabelScore>;
  macroF1: number;
  accuracy: number;
}

/** The engine's verdicts on the corrected pairs, scored against the reader's labels. */
export function scoreCorrections(checker: Checker, corrections: readonly Correction[]): CorrectionScore {
  const pairs = corrections.map((correction): ScoredCorrection => {
    const result = checker.check(articleFromText(correction.claim));
    const verdict = result.claims[0]?.verdicts.find((v) => v.doc === correction.doc) ?? null;
    const predicted = verdict?.status ?? 'missing';
    return {
      claim: correction.claim,
      doc: correction.doc,
      allowed: [correction.status],
      predicted,
      right: predicted === correction.status,
    };
  });
  return { pairs, ...labelScores(pairs), accuracy: pairs.filter((p) => p.right).length / Math.max(1, pairs.length) };
}
