import { describe, expect, it } from 'vitest';
import { contentHash, normalizeContent, stableHash } from '../../lib/store/content-hash';
import { seeds } from './fixtures';

describe('contentHash of a seed article', () => {
  it('is 28 hex digits and differs between the five seed articles', () => {
    const hashes = seeds.map((seed) => contentHash(seed.text));
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{28}$/);
    expect(new Set(hashes).size).toBe(seeds.length);
  });

  it('ignores re-wrapping, spacing and smart quotes, as copies on two sites differ', () => {
    const text = seeds[0]!.text;
    const rewrapped = `  ${text.replace(/\n/g, '\n\n').replace(/ /g, ' \t')}  `;
    const straightQuotes = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    expect(straightQuotes).not.toBe(text);
    expect(contentHash(rewrapped)).toBe(contentHash(text));
    expect(contentHash(straightQuotes)).toBe(contentHash(text));
  });

  it('changes when one name in the story changes (Sachs / Sacks)', () => {
    const text = seeds[4]!.text;
    expect(text).toContain('Sachs');
    expect(contentHash(text.replace('Sachs', 'Sacks'))).not.toBe(contentHash(text));
  });

  it('changes with case: "US" and "us" are different words', () => {
    expect(contentHash('OpenAI told US officials.')).not.toBe(contentHash('OpenAI told us officials.'));
  });

  // Hashes are stored in every saved page. If this value changes, saved pages stop deduping against new saves
  // until a schema migration recomputes them: change the algorithm only together with such a migration.
  it('stays the value earlier versions stored for seed 000', () => {
    expect(contentHash(seeds[0]!.text)).toBe('17107e4d06dc64194bcec6b2a87a');
  });
});

describe('normalizeContent', () => {
  it('folds compatibility characters, dashes and invisible characters', () => {
    expect(normalizeContent('ﬁne\u00A0print — “quoted”\u200B…')).toBe('fine print - "quoted"...');
  });
});

describe('stableHash', () => {
  it('separates strings that differ in one character', () => {
    expect(stableHash('https://a.example/story-1')).not.toBe(stableHash('https://a.example/story-2'));
    expect(stableHash('')).toMatch(/^[0-9a-f]{28}$/);
  });
});
