/**
 * An inverted index over corpus sentences with BM25 scoring: the shortlist in front of the precise (and slower)
 * claim comparison. It grows one document at a time (a saved page joins without a rebuild), and serialises to
 * plain JSON so a large corpus need not be re-tokenised when the side panel opens.
 */

/** BM25 term-frequency saturation; the usual value. */
const K1 = 1.2;
/** BM25 length normalisation; low because sentence lengths vary less than document lengths. */
const B = 0.4;
/**
 * A term in more sentences than this share of the index only re-scores sentences a rarer term found: walking its
 * whole postings list ("model" in 10% of 300,000 sentences) would cost more than everything else together.
 */
const COMMON_TERM_SHARE = 0.02;
/**
 * Rarer terms find at most this many sentences; a term whose list would take the count past it only re-ranks them:
 * a sentence that shares none of a claim's rarer terms does not state it, and walking every sentence with "said" or
 * "company" is most of the cost.
 */
const MAX_TOUCHED = 1_500;
/** Terms this many times past the common share are skipped once rarer terms have found candidates. */
const VERY_COMMON_FACTOR = 4;
/** Below this many sentences every term is walked in full: small corpora have no cost to save. */
const COMMON_TERM_MIN_POSTINGS = 2_000;

/** Where a shortlisted sentence lives and how well it matched. */
export interface SentenceHit {
  doc: number;
  sentence: number;
  score: number;
}

/** The index as plain JSON (see `toJSON` / `fromJSON`). */
export interface SentenceIndexJson {
  format: 'crosscheck-sentence-index';
  version: 1;
  /** Per document, its sentences as terms. */
  docs: string[][][];
}

export class SentenceIndex {
  /** term → ids of the sentences containing it, ascending. */
  private readonly postings = new Map<string, number[]>();
  /** Per sentence id: its document, its position there, its terms (deduplicated, interned). */
  private sentenceDoc = new Int32Array(1024);
  private readonly sentencePosition: number[] = [];
  private readonly sentenceTerms: string[][] = [];
  /** Per document: the id of its first sentence and how many it has. */
  private readonly docStart: number[] = [];
  private readonly docLength: number[] = [];
  private totalLength = 0;
  private scores = new Float64Array(0);
  /**
   * One bit per sentence a search has found: common terms' lists are checked against it, and at 1/64 of the scores'
   * size it stays in cache where probing the scores themselves would miss on nearly every posting.
   */
  private foundBits = new Uint32Array(0);
  private docBest = new Float64Array(0);
  /** Per sentence id: number of distinct terms (a typed array: the scoring loop reads it for every posting). */
  private sentenceLength = new Uint16Array(1024);
  /**
   * Per sentence id: BM25's length factor, 1 / (1 + K1 (1 - B + B len / avg)), for the index size `lengthFactorSize`.
   * Filled on the first search after documents were added, so a bulk build pays for it once.
   */
  private lengthFactor = new Float64Array(0);
  private lengthFactorSize = -1;
  /** Per document: 1 while a search keeps it (a typed mark; a Set lookup per touched sentence cost more than scoring). */
  private docKept = new Uint8Array(0);

  /** Number of sentences indexed. */
  get size(): number {
    return this.sentenceTerms.length;
  }

  /** Number of documents indexed. */
  get documents(): number {
    return this.docStart.length;
  }

  /** Adds the next document's sentences, each given as its terms. Returns the document's number. */
  addDocument(sentences: ReadonlyArray<readonly string[]>): number {
    const doc = this.docStart.length;
    this.docStart.push(this.sentenceTerms.length);
    this.docLength.push(sentences.length);
    sentences.forEach((terms, position) => {
      const id = this.sentenceTerms.length;
      const unique: string[] = [];
      for (const term of terms) {
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
        }
        if (list[list.length - 1] === id) continue;
        list.push(id);
        // The map's key is the interned copy: thousands of sentences share one string per term.
        unique.push(term);
      }
      this.sentencePosition.push(position);
      this.sentenceTerms.push(unique);
      this.totalLength += unique.length;
      if (id >= this.sentenceLength.length) {
        this.sentenceLength = grown(this.sentenceLength, new Uint16Array(this.sentenceLength.length * 2));
        this.sentenceDoc = grown(this.sentenceDoc, new Int32Array(this.sentenceDoc.length * 2));
      }
      this.sentenceDoc[id] = doc;
      this.sentenceLength[id] = Math.min(unique.length, 0xffff);
    });
    return doc;
  }

  /** The index-wide id of a document's sentence (stable: documents are only ever appended). */
  sentenceId(doc: number, sentence: number): number {
    return this.docStart[doc]! + sentence;
  }

  /** The terms of one sentence of a document (deduplicated, in first-seen order). */
  termsOf(doc: number, sentence: number): readonly string[] {
    return this.sentenceTerms[this.docStart[doc]! + sentence] ?? [];
  }

  /** Number of sentences containing the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Inverse sentence frequency of a term (BM25 form, never negative). */
  idf(term: string): number {
    return this.idfOf(this.documentFrequency(term));
  }

  /** BM25 inverse frequency for a term in `df` sentences. */
  private idfOf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Whether any sentence of a document has the term (binary search in its postings). */
  docHasTerm(doc: number, term: string): boolean {
    const list = this.postings.get(term);
    if (!list) return false;
    const start = this.docStart[doc]!;
    const end = start + this.docLength[doc]!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]! < end;
  }

  /**
   * The best-scoring sentences for a query: at most `perDoc` per document, from the `maxDocs` documents whose
   * best sentence scores highest and at least `floor` times what an exact repeat of the query would score. Documents past that are not worth
   * the precise comparison.
   */
  search(queryTerms: readonly string[], perDoc: number, maxDocs = Number.POSITIVE_INFINITY, floor = 0): Map<number, SentenceHit[]> {
    if (this.scores.length < this.size) {
      this.scores = new Float64Array(Math.max(this.size, this.scores.length * 2));
      this.foundBits = new Uint32Array((this.scores.length >>> 5) + 1);
    }
    const found = this.foundBits;
    if (this.docBest.length < this.documents) {
      this.docBest = new Float64Array(Math.max(this.documents, this.docBest.length * 2));
      this.docKept = new Uint8Array(this.docBest.length);
    }
    const scores = this.scores;
    const lengthFactor = this.lengthFactors();
    const touched: number[] = [];
    const commonLimit = Math.max(COMMON_TERM_MIN_POSTINGS, this.size * COMMON_TERM_SHARE);
    const lists: number[][] = [];
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (list) lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    const averageLength = this.totalLength / Math.max(1, this.size);
    let exactScore = 0;
    for (const list of lists) exactScore += (this.idfOf(list.length) * (K1 + 1)) / (1 + K1 * (1 - B + (B * lists.length) / averageLength));
    for (const list of lists) {
      const df = list.length;
      // Term frequency is 1: a sentence rarely repeats a content word, and repeats should not win.
      const weight = this.idfOf(df) * (K1 + 1);
      if ((df > commonLimit || touched.length + df > MAX_TOUCHED) && touched.length > 0) {
        // A term in one sentence of twelve hardly tells them apart (its idf is small): not worth a pass.
        if (df > commonLimit * VERY_COMMON_FACTOR) continue;
        // Only re-score sentences a rarer term found, by whichever is cheaper: walking the list or searching it.
        if (df < touched.length * Math.log2(df + 1)) {
          for (const id of list) if ((found[id >>> 5]! & (1 << (id & 31))) !== 0) scores[id]! += weight * lengthFactor[id]!;
        } else {
          for (const id of touched) if (binaryHas(list, id)) scores[id]! += weight * lengthFactor[id]!;
        }
        continue;
      }
      for (const id of list) {
        if (scores[id] === 0) {
          touched.push(id);
          found[id >>> 5]! |= 1 << (id & 31);
        }
        scores[id]! += weight * lengthFactor[id]!;
      }
    }

    // Pick the documents first (best sentence each), then collect hits only for them: most touched sentences
    // belong to documents that will never be compared.
    const { docBest, docKept, sentenceDoc } = this;
    const docs: number[] = [];
    for (const id of touched) {
      const doc = sentenceDoc[id]!;
      if (docBest[doc] === 0) docs.push(doc);
      if (scores[id]! > docBest[doc]!) docBest[doc] = scores[id]!;
    }
    // Relative to what a sentence repeating the query exactly would score: the page's own copy in the corpus
    // scores that, so a floor relative to the best document would drop every other outlet.
    const least = floor * exactScore;
    const above = floor > 0 ? docs.filter((doc) => docBest[doc]! >= least) : docs;
    const kept = above.length > maxDocs ? topByScore(above, docBest, maxDocs) : above;
    for (const doc of kept) docKept[doc] = 1;
    const result = new Map<number, SentenceHit[]>();
    for (const id of touched) {
      const doc = sentenceDoc[id]!;
      const score = scores[id]!;
      scores[id] = 0;
      found[id >>> 5] = 0;
      if (docKept[doc] === 0) continue;
      const hit = { doc, sentence: this.sentencePosition[id]!, score };
      const hits = result.get(doc);
      if (!hits) result.set(doc, [hit]);
      else if (hits.length < perDoc) hits.push(hit);
      else {
        let weakest = 0;
        for (let i = 1; i < hits.length; i++) if (hits[i]!.score < hits[weakest]!.score) weakest = i;
        if (score > hits[weakest]!.score) hits[weakest] = hit;
      }
    }
    const ordered = kept.slice().sort((a, b) => docBest[b]! - docBest[a]!);
    for (const doc of docs) docBest[doc] = 0;
    for (const doc of kept) docKept[doc] = 0;
    return new Map(ordered.map((doc) => [doc, result.get(doc)!.sort((a, b) => b.score - a.score)]));
  }

  /** BM25's per-sentence length factors for the current index (see `lengthFactor`). */
  private lengthFactors(): Float64Array {
    if (this.lengthFactorSize === this.size) return this.lengthFactor;
    if (this.lengthFactor.length < this.size) this.lengthFactor = new Float64Array(Math.max(this.size, this.lengthFactor.length * 2));
    const averageLength = this.totalLength / Math.max(1, this.size);
    for (let id = 0; id < this.size; id++) this.lengthFactor[id] = 1 / (1 + K1 * (1 - B + (B * this.sentenceLength[id]!) / averageLength));
    this.lengthFactorSize = this.size;
    return this.lengthFactor;
  }

  /** The index as plain JSON, to store and load instead of re-tokenising a large corpus. */
  toJSON(): SentenceIndexJson {
    return {
      format: 'crosscheck-sentence-index',
      version: 1,
      docs: this.docStart.map((start, doc) => this.sentenceTerms.slice(start, start + this.docLength[doc]!)),
    };
  }

  /** Rebuilds an index from `toJSON` output. */
  static fromJSON(json: SentenceIndexJson): SentenceIndex {
    if (json.format !== 'crosscheck-sentence-index' || json.version !== 1) throw new Error('not a sentence index of version 1');
    const index = new SentenceIndex();
    for (const doc of json.docs) index.addDocument(doc);
    return index;
  }
}

/** The `count` items with the highest scores, without sorting them all (thousands of documents, twenty kept). */
function topByScore(items: readonly number[], scoreOf: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (const item of items) {
    const score = scoreOf[item]!;
    if (top.length === count && score <= scoreOf[top[count - 1]!]!) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && scoreOf[top[at - 1]!]! < score) {
      if (at < count) top[at] = top[at - 1]!;
      at--;
    }
    top[at] = item;
  }
  return top;
}

/** `into` (larger) starting with the contents of `from`. */
function grown<T extends Int32Array | Uint16Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

function binaryHas(list: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = list[mid]!;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
