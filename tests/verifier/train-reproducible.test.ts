import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCovidFact, loadFever, loadFnc } from '../../lib/verdict/verifier/train/load-training-data.ts';
import { trainVerifier } from '../../lib/verdict/verifier/train/train-verifier.ts';
import { parseVerifierModel, serializeVerifierModel } from '../../lib/verdict/verifier/verifier-model.ts';
import { createStandInLexicon } from '../../lib/verdict/verifier/create-stand-in-lexicon.ts';

const DATA = join(import.meta.dirname, '..', 'fixtures', 'verifier', 'data');

describe('verifier training', () => {
  const data = { fever: loadFever(DATA), covid: loadCovidFact(DATA), fnc: loadFnc(DATA) };
  const opts = { seed: 7, mlp: { epochs: 4, hidden: 8 }, lexicon: createStandInLexicon() };

  it('gives identical bytes on two runs with the same seed', () => {
    const a = trainVerifier(data, opts).bytes;
    const b = trainVerifier(data, opts).bytes;
    expect(a.length).toBeGreaterThan(100);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('gives other bytes with another seed (the seed is really used)', () => {
    const a = trainVerifier(data, opts).bytes;
    const c = trainVerifier(data, { ...opts, seed: 8 }).bytes;
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('writes a model the parser reads back unchanged, and rejects a damaged one', () => {
    const { bytes } = trainVerifier(data, opts);
    const m = parseVerifierModel(bytes);
    expect(m.nHidden).toBe(8);
    expect(Buffer.from(serializeVerifierModel(m)).equals(Buffer.from(bytes))).toBe(true);
    const bad = bytes.slice();
    bad[0] = 0;
    expect(() => parseVerifierModel(bad)).toThrow(/magic/);
    expect(() => parseVerifierModel(bytes.slice(0, bytes.length - 4))).toThrow(/truncated/);
  });

  it('makes every synthetic kind from FNC-1 bodies, held out by body', () => {
    const { docs } = trainVerifier(data, opts);
    const synth = docs.filter((d) => d.source === 'synthetic');
    expect(new Set(synth.map((d) => d.label))).toEqual(new Set([0, 1, 2]));
    for (const g of new Set(synth.map((d) => d.group))) {
      expect(new Set(synth.filter((d) => d.group === g).map((d) => d.heldOut)).size).toBe(1);
    }
  });
}, 120_000);
