import Fuse from 'fuse.js';
import type { CorpusDoc } from '../../lib/types';

/** The naive matcher the issue measures against: fuzzy search of each claim over every corpus sentence. */
const FUSE_BASELINE_OPTIONS = Object.freeze({
  includeScore: true,
  /** Loose enough that paraphrases come back at all; Fuse's default 0.6. */
  threshold: 0.6,
  /** A claim may match anywhere in a sentence, not only near its start. */
  ignoreLocation: true,
});

/** Every sentence of a corpus in one fuse.js index. */
export function fuseBaseline(corpus: readonly CorpusDoc[]): { size: number; search(claim: string): number } {
  const sentences = corpus.flatMap((doc) => doc.sentences);
  const fuse = new Fuse(sentences, FUSE_BASELINE_OPTIONS);
  return { size: sentences.length, search: (claim) => fuse.search(claim).length };
}
