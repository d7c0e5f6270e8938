import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { seedCorpusDocs } from '../../scripts/seed-corpus';
import { SEED_DIR, SEED_IDS } from './seeds';

const corpus = bundledCorpus();

describe('the bundled corpus (data/corpus.json)', () => {
  it('has one document per seed, with the seed file name as id', () => {
    expect(corpus.map((doc) => doc.id)).toEqual(SEED_IDS);
  });

  it('is what the build script makes from the seeds today (regenerate with npm run corpus)', () => {
    expect(corpus).toEqual(seedCorpusDocs(SEED_DIR));
  });

  it('takes outlets, titles and cited outlets from the manifest', () => {
    const bi = corpus.find((doc) => doc.id.startsWith('003'))!;
    expect(bi.outlet).toBe('Business Insider');
    expect(bi.cites).toEqual(['Bloomberg', 'Fox News']);
    expect(bi.title).toBe("OpenAI says DeepSeek may have used its AI outputs 'inappropriately' to train new models");
  });

  it('gives every outlet a readable label, never a blank, even without a name or a headline', () => {
    for (const doc of corpus) expect(doc.outlet.trim().length).toBeGreaterThan(3);
    const untitled = corpus.find((doc) => doc.id.startsWith('002'))!;
    expect(untitled.outlet).toMatch(/^“OpenAI has raised concerns/);
    expect(untitled.title).toMatch(/^OpenAI has raised concerns/);
  });

  it('keeps page furniture out of the article text', () => {
    const text = corpus.flatMap((doc) => doc.sentences).join('\n');
    for (const furniture of [
      'Leave a Reply',
      'Back to top button',
      'You must be logged in to post a comment',
      'See also',
      'Related Articles',
      'Required fields',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('is read-only bundled material', () => {
    expect(new Set(corpus.map((doc) => doc.origin))).toEqual(new Set(['bundled']));
  });
});
