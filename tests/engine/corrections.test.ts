import { describe, expect, it } from 'vitest';
import { correctionKey, isCorrection, type Correction } from '../../lib/verdict/apply-corrections';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import { scoreCorrections } from '../../scripts/score-corrections';
import { seedText } from './seeds';

const corpus = bundledCorpus();
const checker = createChecker(corpus);
const page = articleFromText(seedText('004'));
const bi = corpus.find((d) => d.id.startsWith('003'))!.id;
const uploading = (r: ReturnType<typeof checker.check>) => r.claims.find((c) => c.text.includes('uploading data en masse'))!;

describe('a reader correction', () => {
  const claim = uploading(checker.check(page)).text;
  const correction: Correction = { claim, doc: bi, status: 'confirms', at: '2026-11-01T10:00:00.000Z' };

  it('overrides the engine for that claim × document and says so', () => {
    const corrected = uploading(checker.check(page, { corrections: [correction] }));
    const verdict = corrected.verdicts.find((v) => v.doc === bi)!;
    expect(verdict.status).toBe('confirms');
    expect(verdict.corrected).toEqual({ engineStatus: 'contradicts', at: correction.at });
    expect(verdict.why).toMatch(/^corrected by you \(the engine said it contradicts: direction differs/);
    expect(corrected.contradicted).toBe(false);
    expect(corrected.unverified).toBe(false);
  });

  it('is found whatever the typography of the claim', () => {
    expect(correctionKey('OpenAI’s  “API”', 'x')).toBe(correctionKey('OpenAI\'s "API"', 'x'));
  });

  it('leaves every other verdict alone', () => {
    const before = checker.check(page);
    const after = checker.check(page, { corrections: [correction] });
    for (const [i, claimBefore] of before.claims.entries()) {
      for (const [j, v] of claimBefore.verdicts.entries()) {
        if (claimBefore.text === claim && v.doc === bi) continue;
        expect(after.claims[i]!.verdicts[j]).toEqual(v);
      }
    }
  });

  it('the latest correction of a pair wins', () => {
    const later: Correction = { ...correction, status: 'leaves_out', at: '2026-11-02T10:00:00.000Z' };
    const verdict = uploading(checker.check(page, { corrections: [later, correction] })).verdicts.find((v) => v.doc === bi)!;
    expect(verdict.status).toBe('leaves_out');
    expect(verdict.evidence).toBeNull();
  });

  it('validates what storage or a file holds', () => {
    expect(isCorrection(correction)).toBe(true);
    expect(isCorrection({ ...correction, status: 'agrees' })).toBe(false);
    expect(isCorrection({ ...correction, at: 'yesterday' })).toBe(false);
    expect(isCorrection({ claim: '', doc: bi, status: 'confirms', at: correction.at })).toBe(false);
    expect(isCorrection(null)).toBe(false);
  });
});

describe('scoring the engine against corrections', () => {
  it('counts where the engine agrees with the reader', () => {
    const claim = uploading(checker.check(page)).text;
    const score = scoreCorrections(checker, [
      { claim, doc: bi, status: 'contradicts', at: '2026-11-01T10:00:00.000Z' },
      { claim, doc: corpus[0]!.id, status: 'confirms', at: '2026-11-01T10:00:00.000Z' },
    ]);
    expect(score.pairs.map((p) => p.right)).toEqual([true, false]);
    expect(score.accuracy).toBe(0.5);
    expect(score.labels.contradicts.f1).toBe(1);
  });
});
