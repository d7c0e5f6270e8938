import MiniSearch from 'minisearch';
import { tokenize } from '../../lib/text/tokenize';
import type { CorpusDoc } from '../../lib/types';

/**
 * Sentences kept per claim: a shortlist of a few sentences from each of the dozen or so outlets that cover one
 * story, as ours keeps `candidatesPerDoc` per document. MiniSearch scores every match either way, so k barely
 * changes its cost.
 */
export const MINI_SEARCH_TOP_K = 50;

/** One corpus sentence as MiniSearch indexes it. */
interface SentenceRecord {
  id: number;
  text: string;
}

/** Bare retrieval with MiniSearch: every corpus sentence indexed, top-k sentences per claim. */
export interface MiniSearchRetrieval {
  /** Sentences indexed. */
  size: number;
  /** Top-k sentence ids of each claim. */
  retrieve(claims: readonly string[]): number[][];
}

/**
 * Indexes every sentence of a corpus in MiniSearch (its default BM25+, OR queries). It tokenises with our own
 * `tokenize`, so both sides retrieve on the same terms (stemmed, stop words dropped) and the comparison is of
 * index and scoring cost, not of vocabulary.
 */
export function miniSearchRetrieval(corpus: readonly CorpusDoc[]): MiniSearchRetrieval {
  const index = new MiniSearch<SentenceRecord>({ fields: ['text'], tokenize: (text) => tokenize(text), processTerm: (term) => term });
  let id = 0;
  const records: SentenceRecord[] = [];
  for (const doc of corpus) for (const text of doc.sentences) records.push({ id: id++, text });
  index.addAll(records);
  return {
    size: records.length,
    retrieve: (claims) =>
      claims.map((claim) =>
        index
          .search(claim)
          .slice(0, MINI_SEARCH_TOP_K)
          .map((hit) => hit.id as number),
      ),
  };
}
