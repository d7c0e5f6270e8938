import type { CorpusDoc } from '../../lib/types';
import { fuseBaseline } from './fuse-baseline';
import { timeOnce } from './time-runs';

/** fuse.js really run at one corpus size. */
export interface FuseMeasurement {
  size: number;
  sentences: number;
  claimsTimed: number;
  buildMs: number;
  /** Mean time to search one claim over every sentence, ms. */
  perClaimMs: number;
}

/**
 * Searches a few claims over one fuse.js index of the whole corpus, once each (each takes up to seconds); with
 * `warmup`, one untimed search first so the JIT has compiled Fuse's scan before the clock runs.
 */
export function measureFuse(corpus: readonly CorpusDoc[], claims: readonly string[], options: { warmup: boolean }): FuseMeasurement {
  const { ms: buildMs, value: fuse } = timeOnce(() => fuseBaseline(corpus));
  if (options.warmup && claims[0] !== undefined) fuse.search(claims[0]);
  const total = claims.reduce((sum, claim) => sum + timeOnce(() => fuse.search(claim)).ms, 0);
  return { size: corpus.length, sentences: fuse.size, claimsTimed: claims.length, buildMs, perClaimMs: total / Math.max(1, claims.length) };
}

/**
 * fuse.js time per claim per corpus sentence, from the largest measured size: Fuse scans every sentence for every
 * claim (Bitap over each), so its cost grows linearly with the number of sentences.
 */
export function fuseMsPerSentence(measured: readonly FuseMeasurement[]): number | null {
  const largest = [...measured].sort((a, b) => b.sentences - a.sentences)[0];
  return largest && largest.sentences > 0 ? largest.perClaimMs / largest.sentences : null;
}
