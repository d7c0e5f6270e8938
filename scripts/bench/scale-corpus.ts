import { seededRandom } from '../../lib/stance/seeded-random';
import type { CorpusDoc } from '../../lib/types';

/** Seed of the recombination PRNG: fixed, so every run and every machine benchmarks the same corpus. */
const SCALE_SEED = 20_250_601;
/** Bodies one synthetic document draws its sentences from: a roundup quoting a few reports. */
const SOURCES_PER_SYNTHETIC_DOC = 3;

/**
 * A corpus of `size` documents: the real bodies first (in order), and past them deterministic recombinations of
 * their sentences — each synthetic document takes runs of consecutive sentences from a few random bodies, as long
 * as a random real body, so length, vocabulary and sentence shape stay those of real news.
 */
export function scaleCorpus(real: readonly CorpusDoc[], size: number): CorpusDoc[] {
  if (real.length === 0) throw new Error('scaleCorpus: no real documents to draw from');
  const docs = real.slice(0, size);
  const random = seededRandom(SCALE_SEED);
  const pick = () => real[Math.floor(random() * real.length)]!;
  for (let n = docs.length; n < size; n++) {
    const target = Math.max(SOURCES_PER_SYNTHETIC_DOC, pick().sentences.length);
    const sentences: string[] = [];
    for (let s = 0; s < SOURCES_PER_SYNTHETIC_DOC; s++) {
      const source = pick().sentences;
      const want = Math.ceil((target - sentences.length) / (SOURCES_PER_SYNTHETIC_DOC - s));
      const start = Math.floor(random() * Math.max(1, source.length - want + 1));
      sentences.push(...source.slice(start, start + want));
    }
    const id = `synthetic-${String(n).padStart(5, '0')}`;
    docs.push({ id, outlet: `Synthetic ${n}`, title: sentences[0] ?? id, url: null, cites: [], sentences, origin: 'saved' });
  }
  return docs;
}
