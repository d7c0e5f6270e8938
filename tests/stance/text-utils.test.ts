import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../lib/stance/base64.ts';
import { countCues } from '../../lib/stance/cue-lexicons.ts';
import { holdoutBodies, holdoutTopics } from '../../lib/stance/train/holdout-split.ts';
import { parseFnc1 } from '../../lib/stance/train/parse-fnc1.ts';
import { splitBodySentences } from '../../lib/stance/prepare-text.ts';
import { contentTokens, rawTokens, stem } from '../../lib/stance/stance-tokens.ts';

describe('tokens', () => {
  it('stems inflections of one verb to one term and drops stopwords but not negations', () => {
    expect(contentTokens(rawTokens('He claimed, she claims, they are claiming it is not true'))).toEqual([
      'claim',
      'claim',
      'claim',
      'not',
      'true',
    ]);
  });

  it('keeps numbers whole without thousands separators, and contractions whole', () => {
    expect(rawTokens("Apple paid $1,500.50 and didn't say")).toEqual(['apple', 'paid', '1500.50', 'and', "didn't", 'say']);
  });

  it('maps -ies/-ied to -y and leaves short words alone', () => {
    expect([stem('denies'), stem('denied'), stem('bus'), stem('was')]).toEqual(['deny', 'deny', 'bus', 'was']);
  });
});

describe('countCues', () => {
  it('counts refuting phrases and hedges in a real debunking sentence', () => {
    const [refute, negation, hedge] = countCues(
      rawTokens('The report is not true: the photo was a hoax, police allegedly said.').map(stem),
    );
    expect(refute).toBeGreaterThanOrEqual(2); // "not true", "hoax"
    expect(negation).toBe(1);
    expect(hedge).toBeGreaterThanOrEqual(1); // "allegedly"
  });
});

describe('splitBodySentences', () => {
  it('splits on sentence ends and line breaks but not inside numbers', () => {
    expect(splitBodySentences('It cost $2.5 million. "We deny it," he said.\n\nNew paragraph here')).toEqual([
      'It cost $2.5 million.',
      '"We deny it," he said.',
      'New paragraph here',
    ]);
  });
});

describe('base64', () => {
  it('round-trips every byte value and lengths not divisible by 3', () => {
    for (const n of [0, 1, 2, 3, 256, 1001]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
    expect(encodeBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(encodeBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
  });
});

describe('holdoutBodies', () => {
  it('holds out the requested share of bodies, the same ones every time, whatever the input order', () => {
    const ids = Array.from({ length: 100 }, (_, i) => String(i));
    const a = holdoutBodies(ids, 0.2, 5);
    expect(a.size).toBe(20);
    expect([...holdoutBodies([...ids].reverse(), 0.2, 5)].sort()).toEqual([...a].sort());
    expect([...holdoutBodies(ids, 0.2, 6)].sort()).not.toEqual([...a].sort());
  });
});

describe('holdoutTopics', () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/fnc1-small/${name}`, import.meta.url), 'utf8');
  const { pairs } = parseFnc1(fixture('train_bodies.csv'), fixture('train_stances.csv'));

  it('never splits a story: a related pair has its body and headline on the same side', () => {
    const held = holdoutTopics(pairs, 0.3, 5);
    expect(held.bodies.size).toBeGreaterThan(0);
    expect(held.bodies.size).toBeLessThan(6);
    for (const p of pairs.filter((x) => x.stance !== 'unrelated')) {
      expect(held.headlines.has(p.headline)).toBe(held.bodies.has(p.bodyId));
    }
  });

  it('does not depend on the order of the pairs', () => {
    const a = holdoutTopics(pairs, 0.3, 5);
    const b = holdoutTopics([...pairs].reverse(), 0.3, 5);
    expect([...b.bodies].sort()).toEqual([...a.bodies].sort());
    expect([...b.headlines].sort()).toEqual([...a.headlines].sort());
  });
});
