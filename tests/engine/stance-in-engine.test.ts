import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { bundledStanceModel } from '../../lib/stance/bundled-stance-model';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import { seedText } from './seeds';

const corpus = bundledCorpus();
const withModel = createChecker(corpus, { stance: bundledStanceModel() });
const rulesOnly = createChecker(corpus);
const verdict = (result: ReturnType<typeof withModel.check>, words: string, outlet: string) =>
  result.claims.find((c) => c.text.includes(words))!.verdicts.find((v) => v.doc.startsWith(outlet))!;

describe('the stance model inside the engine', () => {
  const page = articleFromText(seedText('004'));
  const modelResult = withModel.check(page);
  const rulesResult = rulesOnly.check(page);

  it('confirms a paraphrase the rules leave out when the model is sure it agrees (government cooperation, 004 vs 003)', () => {
    expect(verdict(rulesResult, 'close cooperation with the US government', '003').status).toBe('leaves_out');
    const bi = verdict(modelResult, 'close cooperation with the US government', '003');
    expect(bi.status).toBe('confirms');
    expect(bi.why).toMatch(/stance model: agrees, \d+%/);
    expect(bi.evidence).toContain('working closely with the U.S. government');
  });

  it("decides borderline cases only among a claim's best documents (modelAssistedDocs)", () => {
    const modelNowhere = createChecker(corpus, { stance: bundledStanceModel(), modelAssistedDocs: 0 });
    expect(verdict(modelNowhere.check(page), 'close cooperation with the US government', '003').status).toBe('leaves_out');
  });

  it('says whose claim an outlet reports when the model reads it as discussing the claim', () => {
    const sacks = verdict(modelResult, 'David Sachs', '003');
    expect(sacks.status).toBe('confirms');
    expect(sacks.why).toMatch(/reports it as David Sacks's claim/);
  });

  it('never overrides a contradiction found by the rules', () => {
    expect(verdict(modelResult, 'uploading data en masse', '003').status).toBe('contradicts');
  });

  it('is deterministic', () => {
    expect(withModel.check(page)).toEqual(modelResult);
  });
});
