/**
 * The cross-check engine over one corpus: index the documents once, then per page split claims, shortlist
 * documents per claim (BM25), leave out the page's own copies, decide each shortlisted document's verdict and
 * group the confirmations into independent sources. Each stage lives in its folder; this file only orchestrates.
 */
import { splitClaims } from './claims/split-claims';
import { isTopic } from './extract/is-topic';
import { copyCandidates, findCopies } from './match/find-copies';
import { SentenceIndex } from './match/sentence-index';
import { createTermWeight } from './match/weigh-terms';
import type { StanceModel } from './stance';
import type { Verifier } from './verdict/verifier';
import { shingles } from './text/shingles';
import { TOKENIZER_VERSION, tokenize } from './text/tokenize';
import type { Article, CheckResult, Claim, CorpusDoc, Verdict } from './types';
import { applyCorrections, type Correction } from './verdict/apply-corrections';
import { CHECK_OPTIONS, type CheckOptions } from './verdict/check-options';
import { createCorpusCounter } from './verdict/count-corpus';
import { decideVerdict, leavesOut, prepareClaim, type ClaimUnderCheck } from './verdict/decide-verdict';
import { createVerdictContext } from './verdict/verdict-context';
import { groupSources, type Confirmation } from './verdict/group-sources';
import { createSentenceFactsCache } from './verdict/sentence-facts';

export { CHECK_OPTIONS, type CheckOptions } from './verdict/check-options';

/** The cross-check engine over one corpus. Build once per corpus; `check` is then cheap per page. */
export interface Checker {
  /** Documents in the corpus. */
  readonly size: number;
  /** Adds a document (a page the reader just saved) without rebuilding anything. */
  addDocument(doc: CorpusDoc): void;
  /** Checks a page; the reader's corrections, when given, override the engine for their claim × document. */
  check(article: Article, options?: { corrections?: readonly Correction[] }): CheckResult;
  /**
   * The same check claim by claim, for a caller that streams it (the panel's worker): yields each claim, before
   * corrections, with how many are done of how many, and returns what `check` returns. Nothing may change the corpus
   * (`addDocument`) until it has returned.
   */
  checkClaims(article: Article, options?: { corrections?: readonly Correction[] }): Generator<ClaimProgress, CheckResult, void>;
}

/** One claim of a check as it is decided: `done` of `total` claims are. */
export interface ClaimProgress {
  claim: Claim;
  done: number;
  total: number;
}

/**
 * Creates a checker over a corpus: documents are tokenised and indexed once, here (or added later one by one).
 * With `stance`, the FNC-1 stance model decides the borderline claim × document cases the rules are least sure of.
 */
export function createChecker(
  corpus: readonly CorpusDoc[],
  options: Partial<CheckOptions> & { stance?: StanceModel | null; verifier?: Verifier | null } = {},
): Checker {
  const { stance = null, verifier = null, ...tuning } = options;
  const settings: CheckOptions = { ...CHECK_OPTIONS, ...tuning };
  const docs: CorpusDoc[] = [];
  // Per document, the verdict of leaving a claim out: shared by every claim the document does not state.
  const absent: Verdict[] = [];
  const index = new SentenceIndex();
  const terms = createTermWeight(index, settings.weakTermWeight);
  const facts = createSentenceFactsCache(index, (d, p) => docs[d]!.sentences[p]!, terms.weight);
  const counter = createCorpusCounter(docs);
  const ctx = createVerdictContext({ settings, stance, verifier, index, docs, weight: terms.weight, factsOf: facts.factsOf });
  const docShingles = new Map<number, Set<string>>();

  function addDocument(doc: CorpusDoc): void {
    terms.reset();
    facts.corpusChanged();
    counter.corpusChanged();
    docs.push(doc);
    absent.push(leavesOut(doc));
    const stored = doc.termsVersion === TOKENIZER_VERSION && doc.terms?.length === doc.sentences.length ? doc.terms : null;
    index.addDocument(stored ?? doc.sentences.map(tokenize));
  }
  for (const doc of corpus) addDocument(doc);

  const shinglesOf = (docIndex: number): Set<string> => {
    let set = docShingles.get(docIndex);
    if (!set) docShingles.set(docIndex, (set = shingles(docs[docIndex]!.sentences.join(' '))));
    return set;
  };

  /** What one check knows of the page's copies: they get no verdict, and the others' slots close up. */
  interface PageCopies {
    has(docIndex: number): boolean;
    /** Every document's verdict before comparison, copies left out. */
    defaults: readonly Verdict[];
    /** A document's slot among the verdicts: its corpus position, less the copies before it. */
    slotOf(docIndex: number): number;
  }

  /** One claim's verdicts, one per document but the page's copies, and its independent sources. */
  function checkClaim(
    claim: ClaimUnderCheck,
    claimIndex: number,
    shortlist: ReturnType<SentenceIndex['search']>,
    copies: PageCopies,
  ): Claim {
    const verdicts = copies.defaults.slice();
    const confirmations: Confirmation[] = [];
    let contradicted = false;
    let rank = 0;
    for (const [docIndex, hits] of shortlist) {
      if (copies.has(docIndex)) continue;
      const modelAssists = rank < settings.modelAssistedDocs;
      const verifierReads = rank < settings.verifiedDocs;
      // Past the best documents, the top few sentences and any that dispute something: a denial paraphrases the
      // claim and ranks lower, and it is the verdict a reader most needs.
      const compared =
        rank++ < settings.fullyComparedDocs
          ? hits
          : hits.filter((h, i) => i < settings.candidatesPerLaterDoc || facts.factsOf(docIndex, h.sentence).conflict.disputed !== null);
      const doc = docs[docIndex]!;
      const { verdict, evidence } = decideVerdict(
        claim,
        doc,
        docIndex,
        compared.map((h) => h.sentence),
        modelAssists,
        ctx,
        verifierReads,
      );
      const decided = verdict ?? absent[docIndex]!;
      verdicts[copies.slotOf(docIndex)] = decided;
      contradicted ||= decided.status === 'contradicts';
      if (decided.status === 'confirms') {
        confirmations.push({
          doc: doc.id,
          outlet: doc.outlet,
          evidence: decided.evidence ?? '',
          cites: doc.cites,
          ...(evidence ? { attribution: evidence.attribution, shingles: evidence.shingles } : {}),
        });
      }
    }
    const { source, hedges } = claim.attribution;
    return {
      text: claim.text,
      index: claimIndex,
      unverified: confirmations.length === 0,
      contradicted,
      verdicts,
      sources: groupSources(confirmations),
      attribution: { source, hedges },
    };
  }

  function* checkClaims(
    article: Article,
    { corrections = [] }: { corrections?: readonly Correction[] } = {},
  ): Generator<ClaimProgress, CheckResult, void> {
    ctx.startCheck();
    const { claims: texts, tokens, total } = splitClaims(article, settings.maxClaims);
    const shortlists = tokens.map((claimTokens) =>
      index.search(
        claimTokens.map((t) => t.term),
        settings.candidatesPerDoc,
        settings.candidateDocs,
        settings.candidateFloor,
      ),
    );
    // Every copy of the page is left out (a reader may have saved the article twice), the closest named selfMatch.
    const page = shingles(article.paragraphs.join(' '));
    const copies = findCopies(
      page,
      [...copyCandidates(shortlists.map((hits) => hits.keys()))].map((i) => [i, shinglesOf(i)] as const),
      settings.sameArticle,
    );
    const isCopy = new Set(copies);
    const sortedCopies = [...copies].sort((a, b) => a - b);
    const pageCopies: PageCopies = {
      has: (docIndex) => isCopy.has(docIndex),
      defaults: copies.length > 0 ? absent.filter((_, i) => !isCopy.has(i)) : absent,
      slotOf: (docIndex) => docIndex - sortedCopies.filter((copy) => copy < docIndex).length,
    };
    const claims: Claim[] = [];
    for (const [i, text] of texts.entries()) {
      const claim = checkClaim(prepareClaim(text, tokens[i]!, terms.weight, article.publishedTime), i, shortlists[i]!, pageCopies);
      claims.push(claim);
      yield { claim, done: claims.length, total: texts.length };
    }
    const result: CheckResult = {
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      isTopic: isTopic(article),
      selfMatch: copies.length > 0 ? docs[copies[0]!]!.id : null,
      copies: copies.map((i) => docs[i]!.id),
      claims,
      corpus: counter.summary(copies),
      truncated: total > texts.length ? { checked: texts.length, total } : null,
    };
    if (corrections.length === 0) return result;
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    return applyCorrections(result, corrections, (id) => byId.get(id)?.cites ?? []);
  }

  return {
    get size() {
      return docs.length;
    },
    addDocument,
    checkClaims,
    check(article, options) {
      const steps = checkClaims(article, options);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    },
  };
}
