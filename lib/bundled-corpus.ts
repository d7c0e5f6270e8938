import corpus from '../data/corpus.json';
import type { CorpusDoc } from './types';

/** The read-only corpus that ships with the extension, built from the seed articles by `npm run corpus`. */
export function bundledCorpus(): CorpusDoc[] {
  return corpus.documents as CorpusDoc[];
}
