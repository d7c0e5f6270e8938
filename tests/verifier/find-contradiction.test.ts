import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier.ts';
import { parseVerifierModel } from '../../lib/verdict/verifier/verifier-model.ts';

const model = parseVerifierModel(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'verifier.bin'))));

const claim = 'The council did not approve the budget on Tuesday.';
const contradicting = ['The mayor spoke about parks.', 'The council approved the budget on Tuesday.', 'Voters were divided.'];
const confirming = ['The mayor spoke about parks.', 'The council did not approve the budget on Tuesday.', 'Voters were divided.'];

describe('findContradiction: the document verdict when it contradicts, nothing otherwise', () => {
  it('gives exactly what verifyDocument gives for a contradicting document', () => {
    const fresh = createVerifier(model);
    const expected = fresh.verifyDocument(
      analyseText(claim),
      contradicting.map((s) => analyseText(s)),
    );
    expect(expected.label).toBe('contradicts');
    const found = createVerifier(model).findContradiction(
      analyseText(claim),
      contradicting.map((s) => analyseText(s)),
    );
    expect(found).toEqual(expected);
  });

  it('is null for a document that confirms, and for one about something else', () => {
    const v = createVerifier(model);
    expect(
      v.verifyDocument(
        analyseText(claim),
        confirming.map((s) => analyseText(s)),
      ).label,
    ).toBe('confirms');
    expect(
      v.findContradiction(
        analyseText(claim),
        confirming.map((s) => analyseText(s)),
      ),
    ).toBeNull();
    expect(v.findContradiction(analyseText(claim), [analyseText('Rain is expected this weekend.')])).toBeNull();
  });

  it('a pair guarded after the document pass gets the same verdict as one guarded alone', () => {
    const alone = createVerifier(model).verifyPair(analyseText(claim), analyseText(contradicting[1]!));
    const v = createVerifier(model);
    const c = analyseText(claim);
    const sentences = contradicting.map((s) => analyseText(s));
    v.findContradiction(c, sentences);
    expect(v.verifyPair(c, sentences[1]!)).toEqual(alone);
    // and again, once the document pass's alignment has been handed over
    expect(v.verifyPair(c, sentences[1]!)).toEqual(alone);
  });
});
