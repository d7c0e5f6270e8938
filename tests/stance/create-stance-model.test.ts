import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStanceModel } from '../../lib/stance/create-stance-model.ts';
import { parseFnc1 } from '../../lib/stance/train/parse-fnc1.ts';
import type { StanceModelJson } from '../../lib/stance/stance-model-json.ts';

const json = JSON.parse(readFileSync(new URL('../../data/stance-model.json', import.meta.url), 'utf8')) as StanceModelJson;
const model = createStanceModel(json);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/fnc1-small/${name}`, import.meta.url), 'utf8');
const data = parseFnc1(fixture('train_bodies.csv'), fixture('train_stances.csv'));

describe('the shipped stance model', () => {
  it('fits the 5 MB budget of the side panel bundle', () => {
    expect(JSON.stringify(json).length).toBeLessThan(5_000_000);
  });

  it('returns probabilities that sum to 1 with the label being the most probable', () => {
    for (const p of data.pairs.slice(0, 20)) {
      const r = model.predict(p.headline, data.bodies.get(p.bodyId)!);
      const values = Object.values(r.probs);
      expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
      expect(r.probs[r.label]).toBe(Math.max(...values));
    }
  });

  it('gives the same answer for a prepared body or claim, the body text, and its sentences', () => {
    const body = data.bodies.get('591')!;
    const prepared = model.prepareBody(body);
    for (const p of data.pairs.filter((x) => x.bodyId === '591').slice(0, 10)) {
      const fromPrepared = model.predict(p.headline, prepared);
      expect(model.predict(p.headline, body)).toEqual(fromPrepared);
      expect(model.predict(p.headline, prepared.sentences)).toEqual(fromPrepared);
      expect(model.predict(model.prepareClaim(p.headline), prepared)).toEqual(fromPrepared);
    }
  });

  it("points at an evidence sentence sharing the claim's words, and at none for an off-topic claim", () => {
    const prepared = model.prepareBody(data.bodies.get('702')!);
    const r = model.predict('DNA tests show the bodies in the grave are not the students', prepared);
    expect(r.evidence).toBeGreaterThanOrEqual(0);
    expect(prepared.sentences[r.evidence]!).toMatch(/DNA|grave/);
    const off = model.predict('Central bank raises interest rates by a quarter point', prepared);
    expect(off.evidence).toBe(-1);
    expect(off.label).toBe('unrelated');
  });

  describe('on claims written for this test (not FNC-1 headlines)', () => {
    it("reads a body that debunks the claim's opposite as agreeing with the claim", () => {
      // Body 702: "DNA tests have shown that 28 bodies found in a mass grave are not those of a missing group of students."
      expect(model.predict('DNA tests show the bodies in the grave are not the students', data.bodies.get('702')!).label).toBe('agree');
    });
  });

  it('labels a headline about another story as unrelated for nearly every fixture pair marked so', () => {
    const unrelated = data.pairs.filter((p) => p.stance === 'unrelated');
    const right = unrelated.filter((p) => model.predict(p.headline, data.bodies.get(p.bodyId)!).label === 'unrelated');
    expect(right.length / unrelated.length).toBeGreaterThan(0.95);
  });

  it('refuses a file of another format', () => {
    expect(() => createStanceModel({ ...json, format: 'other' as StanceModelJson['format'] })).toThrow(/format/);
  });
});
