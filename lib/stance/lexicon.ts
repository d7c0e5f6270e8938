/**
 * Document frequencies learnt from the training texts: IDF weights for similarity, and the
 * bag-of-words vocabulary (the most frequent terms) that feeds the network.
 */

/** Serialised lexicon, part of the model file. */
export interface LexiconJson {
  /** Terms seen in at least `minDf` training documents, most frequent first. */
  terms: string[];
  /** Document frequency of each term, parallel to `terms`. */
  df: number[];
  /** Number of training documents (unique bodies + unique headlines). */
  docCount: number;
  /** The first `bowSize` terms form the bag-of-words vocabulary. */
  bowSize: number;
}

/** Lookup side of a lexicon. */
export interface Lexicon {
  /** Smoothed IDF; unseen (or too rare to keep) terms get the IDF of a term seen once. */
  idf(term: string): number;
  /** Position in the bag-of-words vocabulary, or -1. */
  bowIndex(term: string): number;
  readonly bowSize: number;
}

const idfOf = (docCount: number, df: number) => Math.log((docCount + 1) / (df + 1)) + 1;

/** Counts document frequencies over tokenised documents and keeps the terms worth storing. */
export function buildLexiconJson(docs: Iterable<readonly string[]>, minDf: number, bowSize: number): LexiconJson {
  const counts = new Map<string, number>();
  let docCount = 0;
  for (const doc of docs) {
    docCount++;
    for (const t of new Set(doc)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // Ties broken by the term itself so the vocabulary (and the model) never depends on Map order.
  const kept = [...counts].filter(([, df]) => df >= minDf).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    terms: kept.map(([t]) => t),
    df: kept.map(([, df]) => df),
    docCount,
    bowSize: Math.min(bowSize, kept.length),
  };
}

/** Builds the lookup functions of a serialised lexicon. */
export function createLexicon(json: LexiconJson): Lexicon {
  const index = new Map<string, number>();
  json.terms.forEach((t, i) => index.set(t, i));
  const idfs = json.df.map((df) => idfOf(json.docCount, df));
  const unseenIdf = idfOf(json.docCount, 1);
  return {
    idf: (term) => {
      const i = index.get(term);
      return i === undefined ? unseenIdf : idfs[i]!;
    },
    bowIndex: (term) => {
      const i = index.get(term);
      return i !== undefined && i < json.bowSize ? i : -1;
    },
    bowSize: json.bowSize,
  };
}
