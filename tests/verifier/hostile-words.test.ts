import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText } from '../../lib/verdict/verifier/analyse-text.ts';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier.ts';
import { parseVerifierModel } from '../../lib/verdict/verifier/verifier-model.ts';
import { loadLexiconNode } from '../../lib/verdict/verifier/load-verifier-node.ts';

/** Names every plain object answers through its prototype: page text must never reach them as table keys. */
const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

const model = parseVerifierModel(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'verifier.bin'))));

describe('page words that are Object.prototype names', () => {
  it('analyses and verifies sentences made of them (stand-in and WordNet lexicons)', async () => {
    const verifiers = [createVerifier(model), createVerifier(model, await loadLexiconNode())];
    for (const w of PROTOTYPE_NAMES) {
      const texts = [
        `The ${w} said 3 ${w} ${w} rose in ${w} 2020, ${w} more than ${w}.`,
        `${w} ${w.toUpperCase()} $ ${w} 5 ${w} of ${w} last ${w}.`,
        `Only ${w} companies ${w} ${w} not ${w}, according to ${w}.`,
      ];
      for (const t of texts) {
        const a = analyseText(t, { date: '2024-05-01' });
        expect(a.keys.every((k) => typeof k === 'string')).toBe(true);
        for (const q of a.quantities) expect(Number.isFinite(q.value)).toBe(true);
        for (const d of a.dates) expect(d.months.every((m) => Number.isInteger(m))).toBe(true);
        for (const q of a.quantifiers) expect(['none', 'only', 'all', 'some', 'many', 'few']).toContain(q.value);
        for (const c of a.comparatives) expect([1, -1]).toContain(c.value);
        for (const v of verifiers) {
          const claim = analyseText(`The ${w} approved 3 ${w} in March.`);
          const p = v.verifyPair(claim, a);
          expect(['confirms', 'contradicts', 'leaves_out']).toContain(p.label);
          expect(Number.isFinite(p.p.confirms + p.p.contradicts + p.p.leaves_out)).toBe(true);
          const d = v.verifyDocument(claim, [a, claim], { title: a });
          expect(typeof d.why).toBe('string');
        }
      }
    }
  });
});
