import { describe, expect, it } from 'vitest';
import { scoreFnc1 } from '../../lib/stance/train/score-fnc1.ts';
import type { StanceLabel } from '../../lib/stance/stance-labels.ts';

describe('scoreFnc1 (official FNC-1 rules)', () => {
  it('gives 0.25 per right unrelated call and 1 per exact related label', () => {
    const gold: StanceLabel[] = ['unrelated', 'agree', 'discuss', 'disagree'];
    const s = scoreFnc1(gold, gold);
    expect(s.score).toBe(3.25);
    expect(s.maxScore).toBe(3.25);
    expect(s.relative).toBe(1);
    expect(s.macroF1).toBe(1);
  });

  it('gives 0.25 for a related pair labelled with the wrong related stance, 0 for calling it unrelated', () => {
    // gold: agree, agree, unrelated, disagree; predicted: discuss (0.25), unrelated (0), agree (0), disagree (1)
    const s = scoreFnc1(['agree', 'agree', 'unrelated', 'disagree'], ['discuss', 'unrelated', 'agree', 'disagree']);
    expect(s.score).toBe(1.25);
    expect(s.maxScore).toBe(3.25);
    expect(s.relative).toBeCloseTo(1.25 / 3.25, 12);
  });

  it('computes per-class F1 and their plain mean', () => {
    const gold: StanceLabel[] = ['agree', 'agree', 'disagree', 'discuss', 'unrelated', 'unrelated'];
    const pred: StanceLabel[] = ['agree', 'discuss', 'disagree', 'discuss', 'unrelated', 'agree'];
    const s = scoreFnc1(gold, pred);
    // agree: tp 1, gold 2, predicted 2 → 0.5; disagree 1; discuss: tp 1, gold 1, predicted 2 → 2/3; unrelated: tp 1, gold 2, predicted 1 → 2/3.
    expect(s.f1.agree).toBeCloseTo(0.5, 12);
    expect(s.f1.disagree).toBe(1);
    expect(s.f1.discuss).toBeCloseTo(2 / 3, 12);
    expect(s.f1.unrelated).toBeCloseTo(2 / 3, 12);
    expect(s.macroF1).toBeCloseTo((0.5 + 1 + 2 / 3 + 2 / 3) / 4, 12);
    expect(s.confusion.agree.discuss).toBe(1);
    expect(s.accuracy).toBeCloseTo(4 / 6, 12);
  });

  it('scores the all-unrelated answer as only the unrelated share of the maximum', () => {
    const gold: StanceLabel[] = ['unrelated', 'unrelated', 'unrelated', 'agree'];
    const s = scoreFnc1(gold, ['unrelated', 'unrelated', 'unrelated', 'unrelated']);
    expect(s.relative).toBeCloseTo(0.75 / 1.75, 12);
    expect(s.f1.agree).toBe(0);
  });

  it('refuses predictions of a different length', () => {
    expect(() => scoreFnc1(['agree'], [])).toThrow(/1 gold vs 0/);
  });
});
