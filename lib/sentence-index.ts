/**
 * An inverted index over corpus sentences with BM25 scoring: the shortlist in front of the precise
 * (and slower) claim comparison. Sentences are short, so length normalisation is mild.
 */

/** BM25 term-frequency saturation; the usual value. */
const K1 = 1.2;
/** BM25 length normalisation; low because sentence lengths vary less than document lengths. */
const B = 0.4;

/** Where a shortlisted sentence lives and how well it matched. */
export interface SentenceHit {
  doc: number;
  sentence: number;
  score: number;
}

export class SentenceIndex {
  /** term → ids of the sentences containing it (ascending, unique). */
  private readonly postings = new Map<string, number[]>();
  /** id → [doc, sentence within doc]. */
  private readonly locations: Array<readonly [number, number]> = [];
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private scores = new Float64Array(0);

  /** Number of sentences indexed. */
  get size(): number {
    return this.locations.length;
  }

  /** Adds one document's sentences, each given as its terms. */
  addDocument(doc: number, sentences: ReadonlyArray<readonly string[]>): void {
    sentences.forEach((terms, sentence) => {
      const id = this.locations.length;
      this.locations.push([doc, sentence]);
      this.lengths.push(terms.length);
      this.totalLength += terms.length;
      for (const term of new Set(terms)) {
        const list = this.postings.get(term);
        if (list) list.push(id);
        else this.postings.set(term, [id]);
      }
    });
  }

  /** Number of sentences containing the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Inverse sentence frequency of a term (BM25 form, never negative). */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** The best-scoring sentences of each document for a query, at most `perDoc` per document. */
  search(queryTerms: readonly string[], perDoc: number): Map<number, SentenceHit[]> {
    if (this.scores.length < this.size) this.scores = new Float64Array(this.size);
    const scores = this.scores;
    const touched: number[] = [];
    const averageLength = this.totalLength / Math.max(1, this.size);
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const id of list) {
        if (scores[id] === 0) touched.push(id);
        const length = this.lengths[id]!;
        // Term frequency is 1: a sentence rarely repeats a content word, and repeats should not win.
        scores[id]! += (idf * (K1 + 1)) / (1 + K1 * (1 - B + (B * length) / averageLength));
      }
    }
    const byDoc = new Map<number, SentenceHit[]>();
    for (const id of touched) {
      const [doc, sentence] = this.locations[id]!;
      const hit = { doc, sentence, score: scores[id]! };
      scores[id] = 0;
      const hits = byDoc.get(doc);
      if (!hits) byDoc.set(doc, [hit]);
      else if (hits.length < perDoc) hits.push(hit);
      else {
        // Keep the list short: replace the weakest when this one beats it.
        let weakest = 0;
        for (let i = 1; i < hits.length; i++) if (hits[i]!.score < hits[weakest]!.score) weakest = i;
        if (hit.score > hits[weakest]!.score) hits[weakest] = hit;
      }
    }
    for (const hits of byDoc.values()) hits.sort((a, b) => b.score - a.score);
    return byDoc;
  }
}
