import { correctVerdict, indexCorrections, type Correction } from './apply-corrections';
import { detectAttribution, driftBetween, type Attribution } from './detect-attribution';
import { findCopies, shingles } from './detect-self-match';
import { conflictFacts, findConflict, type Conflict, type ConflictFacts } from './find-conflict';
import { findNamedEntities } from './find-named-entities';
import { creditedOutlet, groupSources } from './group-sources';
import { isTopic } from './is-topic';
import { createNameMatcher, namesIn, type NameMatcher } from './match-names';
import { SentenceIndex, type SentenceHit } from './sentence-index';
import { splitClaims } from './split-claims';
import { backgroundWeight } from './term-weights';
import { isWeakTerm, TOKENIZER_VERSION, tokenize, tokenizeWords, type Token } from './tokenize';
import type { PreparedBody, StanceModel, StancePrediction } from './stance-model';
import type { Article, CheckResult, Claim, CorpusDoc, Verdict } from './types';

/** Tuning of the cross-check. */
export interface CheckOptions {
  /** Claims checked per page; past this the result says "checked the first N claims" instead of hanging. */
  maxClaims: number;
  /** Shortlisted sentences per document and claim; the precise comparison runs on these only. */
  candidatesPerDoc: number;
  /** Documents per claim (best first) whose `candidatesPerDoc` sentences are all compared. */
  fullyComparedDocs: number;
  /** Shortlisted sentences compared in each document past those. */
  candidatesPerLaterDoc: number;
  /** Documents per claim (best first) where the stance model may decide a borderline case; further down, the rules do. */
  modelAssistedDocs: number;
  /** Documents per claim that get the precise comparison; the rest of a large corpus leaves the claim out. */
  candidateDocs: number;
  /** A document whose best sentence scores below this share of the claim's best document (BM25) is not compared. */
  candidateFloor: number;
  /** Relevance at which a sentence states the claim (below: the document leaves it out). */
  statesClaim: number;
  /** Relevance at which a sentence is close enough for number and negation differences to be conflicts. */
  strongMatch: number;
  /** Generic terms (company, model, AI) count this much of their weight toward relevance. */
  weakTermWeight: number;
  /** Share of a disputed fragment ("contradicting X's low costs") another sentence must state to be what is disputed. */
  disputeRelated: number;
  /** Share of the page's word runs a document must have to be the same article as the page. */
  sameArticle: number;
  /** With a stance model: from this relevance up, a sentence the model says agrees confirms the claim. */
  modelAssistAbove: number;
  /** With a stance model: probability of "agree" that makes such a sentence confirm. */
  modelAssistAgree: number;
}

/** Default tuning. Every value was chosen on the seed gold (`npm run eval`); see each comment. */
export const CHECK_OPTIONS: Readonly<CheckOptions> = Object.freeze({
  // A long page reads in about 80 statements; more is a feed or a transcript, and the panel says so.
  maxClaims: 80,
  // Six: a claim's best sentence is in a document's top three by BM25 in every gold pair; the margin catches disputes.
  candidatesPerDoc: 6,
  // The margin of six matters where a claim's outlets are (a few documents); further down a large corpus's shortlist
  // the best three carry every stating sentence of the gold (disputes are compared wherever they rank), and comparing
  // only those cuts the comparisons at 10,000 documents by about 40%.
  fullyComparedDocs: 5,
  candidatesPerLaterDoc: 3,
  // Further down a large corpus's shortlist the model's "agrees" are topic matches: against 1,000 FNC-1 bodies, the
  // confirmations it added past the tenth document were about other stories ("5,000 false alarms … Ebola" for "claims
  // that four terrorists had crossed the border were false"). It also costs more than the rest of a comparison.
  modelAssistedDocs: 10,
  // Twenty documents per claim: more outlets than a reader can weigh, and it bounds the work at 10,000 documents.
  // Against 1,000 FNC-1 bodies the verdicts of documents ranked 21st to 30th were topic matches: all 21 of their
  // contradictions and the confirmations sampled were about other stories (a seventh of a check's time at 10,000).
  candidateDocs: 20,
  // A tenth of what an exact repeat of the claim would score (BM25): on the seed gold every stating sentence scores
  // above 0.15, and contradicting ones fall away from 0.2; a tenth keeps a wide margin and prunes large corpora.
  candidateFloor: 0.1,
  // 0.2: the best macro-F1 on the seed gold (0.18 → too many false confirmations, 0.24 → missed paraphrases).
  statesClaim: 0.2,
  // 0.4: paraphrases of one event score 0.4–0.7; related-but-different sentences rarely pass 0.35.
  strongMatch: 0.4,
  // A third: "company" and "model" still help a match, but cannot make one.
  weakTermWeight: 0.35,
  // Half of what is disputed must be stated, all names included.
  disputeRelated: 0.5,
  // Half the page's six-word runs: a copy with a changed intro or a trimmed ending is still the same article.
  sameArticle: 0.5,
  // The stance model (FNC-1) is topic-driven on agree/disagree within one story (all five seeds "discuss" each
  // other), so it only decides just below the relevance threshold, and only when it is sure. On the seed gold: from
  // 0.12 with agree ≥ 0.9, macro-F1 0.941 → 0.947; letting it veto weak confirmations lowered macro-F1 (0.919–0.925).
  modelAssistAbove: 0.12,
  modelAssistAgree: 0.9,
});

/** What the engine learns about a corpus sentence the first time it compares it, kept for later claims. */
interface SentenceFacts {
  /** The sentence's id in the index. */
  id: number;
  terms: ReadonlySet<string>;
  /** Total weight of the terms, as of corpus generation `generation` (weights change as documents are added). */
  termsWeight: number;
  generation: number;
  conflict: ConflictFacts;
  attribution: Attribution;
  shingles: Set<string>;
}

/** Corpus sentences whose facts are kept; past this the cache starts over (a long session over a huge corpus). */
const MAX_CACHED_SENTENCES = 50_000;
/** Corpus sentences kept as the stance model analysed them (a few kilobytes each; only evidence reaches the model). */
const MAX_CACHED_STANCE_BODIES = 2_000;

/** How well one corpus sentence states one claim. */
interface Match {
  /** The corpus sentence as the document has it. */
  text: string;
  facts: SentenceFacts;
  relevance: number;
  shared: string[];
  missing: string[];
  conflict: Conflict | null;
}

/** The cross-check engine over one corpus. Build once per corpus; `check` is then cheap per page. */
export interface Checker {
  /** Documents in the corpus. */
  readonly size: number;
  /** Adds a document (a page the reader just saved) without rebuilding anything. */
  addDocument(doc: CorpusDoc): void;
  /** Checks a page; the reader's corrections, when given, override the engine for their claim × document. */
  check(article: Article, options?: { corrections?: readonly Correction[] }): CheckResult;
}

/** Fewest claim words a sentence must share to state the claim. */
const MIN_SHARED_WORDS = 2;

/** Documents tried as copies of the page: the ones most often among a claim's best-scoring documents. */
const SELF_MATCH_CANDIDATES = 5;
/** A claim's best documents counted for that: a page's copies tie for first place, so more than one. */
const TOP_DOCS_PER_CLAIM = 3;

/** The documents most often among the best-scoring documents of a claim, most frequent first. */
function topDocuments(shortlists: ReadonlyArray<ReadonlyMap<number, readonly SentenceHit[]>>, count: number): Set<number> {
  const wins = new Map<number, number>();
  for (const hits of shortlists) {
    // Shortlists come best document first.
    let rank = 0;
    for (const doc of hits.keys()) {
      if (rank++ >= TOP_DOCS_PER_CLAIM) break;
      wins.set(doc, (wins.get(doc) ?? 0) + 1);
    }
  }
  return new Set([...wins.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([doc]) => doc));
}

/** A document's verdict, every field in one order (a check makes thousands; one object shape keeps them cheap). */
function verdictOf(doc: CorpusDoc, status: Verdict['status'], evidence: string | null, score: number, why: string): Verdict {
  return { doc: doc.id, outlet: doc.outlet, status, evidence, score, why, origin: doc.origin };
}

/** The verdict of a document that does not state the claim, shared by every claim it does not state. */
function leftOut(doc: CorpusDoc, why = 'not found in this article'): Verdict {
  return Object.freeze(verdictOf(doc, 'leaves_out', null, 1, why));
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/**
 * Relevance of a sentence to a claim: the harmonic mean of how much of the claim it covers and how much of it
 * the claim covers, both weighted by term rarity. Outlets paraphrase, so neither side alone is reliable.
 */
function relevance(recall: number, precision: number): number {
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

/**
 * Creates a checker over a corpus: documents are tokenised and indexed once, here (or added later one by one).
 * With `stance`, the FNC-1 stance model decides the borderline claim × document cases the rules are least sure of.
 */
export function createChecker(corpus: readonly CorpusDoc[], options: Partial<CheckOptions> & { stance?: StanceModel | null } = {}): Checker {
  const { stance = null, ...tuning } = options;
  const settings = { ...CHECK_OPTIONS, ...tuning };
  const docs: CorpusDoc[] = [];
  const notStated: Verdict[] = [];
  const index = new SentenceIndex();
  // Built on first use: most documents are never a candidate for any claim, and these cost memory.
  const nameMatchers = new Map<number, NameMatcher>();
  const shingleCache = new Map<number, Set<string>>();
  const factsCache = new Map<number, SentenceFacts>();
  const stanceBodies = new Map<number, PreparedBody>();
  const weightCache = new Map<string, number>();

  let generation = 0;

  function addDocument(doc: CorpusDoc): void {
    // Term weights depend on how many sentences use each term: a new document changes them.
    weightCache.clear();
    generation++;
    docs.push(doc);
    notStated.push(leftOut(doc));
    const stored = doc.termsVersion === TOKENIZER_VERSION && doc.terms?.length === doc.sentences.length ? doc.terms : null;
    index.addDocument(stored ?? doc.sentences.map(tokenize));
  }
  for (const doc of corpus) addDocument(doc);

  const namesOf = (docIndex: number): NameMatcher => {
    let matcher = nameMatchers.get(docIndex);
    if (!matcher) {
      matcher = createNameMatcher(docs[docIndex]!.sentences.flatMap(namesIn));
      nameMatchers.set(docIndex, matcher);
    }
    return matcher;
  };
  const shinglesOf = (docIndex: number): Set<string> => {
    let set = shingleCache.get(docIndex);
    if (!set) {
      set = shingles(docs[docIndex]!.sentences.join(' '));
      shingleCache.set(docIndex, set);
    }
    return set;
  };

  // A term weighs by how rare it is in the corpus (OpenAI is in every sentence here) times how rare it is in news
  // English at large (so is "aware"): what remains is what makes a claim distinctive.
  const weight = (term: string) => {
    let value = weightCache.get(term);
    if (value === undefined) {
      value = index.idf(term) * backgroundWeight(term) * (isWeakTerm(term) ? settings.weakTermWeight : 1);
      weightCache.set(term, value);
    }
    return value;
  };

  const factsOf = (docIndex: number, position: number): SentenceFacts => {
    const id = index.sentenceId(docIndex, position);
    let facts = factsCache.get(id);
    if (!facts) {
      if (factsCache.size >= MAX_CACHED_SENTENCES) factsCache.clear();
      const text = docs[docIndex]!.sentences[position]!;
      const terms = new Set(index.termsOf(docIndex, position));
      facts = {
        id,
        terms,
        termsWeight: sentenceWeight(terms),
        generation,
        conflict: conflictFacts(text),
        attribution: detectAttribution(text),
        shingles: shingles(text),
      };
      factsCache.set(id, facts);
    } else if (facts.generation !== generation) {
      facts.termsWeight = sentenceWeight(facts.terms);
      facts.generation = generation;
    }
    return facts;
  };

  /** A sentence's distinct terms and their total weight, as coverage needs them. */
  type SentenceTerms = Pick<SentenceFacts, 'terms' | 'termsWeight'>;

  /** A fragment's distinct terms with their weights, computed once and compared with many sentences. */
  interface WeightedTerms {
    terms: ReadonlyArray<{ term: string; word: string; weight: number; capitalised: boolean; weak: boolean }>;
    /** The same terms, to look up. */
    distinct: ReadonlySet<string>;
    total: number;
  }

  function weighTerms(tokens: readonly Token[]): WeightedTerms {
    const seen = new Set<string>();
    const terms: Array<WeightedTerms['terms'][number]> = [];
    let total = 0;
    for (const { term, word } of tokens) {
      if (seen.has(term)) continue;
      seen.add(term);
      const w = weight(term);
      total += w;
      terms.push({ term, word, weight: w, capitalised: /^\p{Lu}/u.test(word), weak: isWeakTerm(term) });
    }
    return { terms, distinct: seen, total };
  }

  /** Total weight of a sentence's terms (the denominator of precision). */
  function sentenceWeight(terms: ReadonlySet<string>): number {
    let total = 0;
    for (const term of terms) total += weight(term);
    return total;
  }

  /** How much of a fragment's weighted terms a sentence has (names matched fuzzily), and the words either way. */
  function coverage(fragment: WeightedTerms, terms: ReadonlySet<string>, termsWeight: number, names: NameMatcher | null) {
    let covered = 0;
    let sentenceCovered = 0;
    const shared: string[] = [];
    const missing: string[] = [];
    // Names matched by spelling variant; most comparisons have none, so the set is made on the first.
    let aliases: Set<string> | null = null;
    for (const { term, word, weight: w, capitalised, weak } of fragment.terms) {
      if (terms.has(term)) {
        covered += w;
        shared.push(word);
        // The fragment's terms are distinct, so a term matched as itself is counted once.
        sentenceCovered += w;
        continue;
      }
      const alias = names && capitalised ? names.match(word) : null;
      if (alias && terms.has(alias)) {
        covered += w;
        shared.push(word);
        (aliases ??= new Set()).add(alias);
      } else if (!weak) {
        missing.push(word);
      }
    }
    // Precision counts each of the sentence's terms once, whichever claim word matched it.
    if (aliases) for (const alias of aliases) if (!fragment.distinct.has(alias)) sentenceCovered += weight(alias);
    return {
      recall: fragment.total === 0 ? 0 : covered / fragment.total,
      precision: termsWeight === 0 ? 0 : sentenceCovered / termsWeight,
      shared,
      missing,
    };
  }

  /** The claim as the comparisons need it, prepared once per claim. */
  interface PreparedClaim {
    text: string;
    weighted: WeightedTerms;
    /** The same terms as a sentence's, for disputes a corpus sentence raises against the claim. */
    sentenceTerms: SentenceTerms;
    /** Its names, each with the words a document must mostly have to mention it. */
    entities: ReadonlyArray<{ name: string; tokens: readonly Token[] }>;
    conflict: ConflictFacts;
    attribution: Attribution;
    /** The claim analysed by the stance model, made on first use. */
    stanceClaim: ReturnType<StanceModel['prepareClaim']> | null;
    /** The model's reading of each evidence sentence (by text: syndicated copies repeat sentences word for word). */
    stances: Map<string, StancePrediction>;
  }

  /** The stance model's reading of one evidence sentence against the claim. */
  function stanceOf(claim: PreparedClaim, match: Match): StancePrediction {
    let prediction = claim.stances.get(match.text);
    if (!prediction) {
      claim.stanceClaim ??= stance!.prepareClaim(claim.text);
      let body = stanceBodies.get(match.facts.id);
      if (!body) {
        if (stanceBodies.size >= MAX_CACHED_STANCE_BODIES) stanceBodies.clear();
        body = stance!.prepareBody([match.text]);
        stanceBodies.set(match.facts.id, body);
      }
      prediction = stance!.predict(claim.stanceClaim, body);
      claim.stances.set(match.text, prediction);
    }
    return prediction;
  }

  const percent = (p: number) => `${Math.round(p * 100)}%`;

  // Disputes compare the same disputed fragments with many documents of one check (term weights are those of the
  // check's corpus, so the memo starts over with each check).
  const newDisputeMemo = () => ({ statements: new Map<string, WeightedTerms>() });
  let disputeMemo = newDisputeMemo();

  // What is disputed must be stated by the other sentence, names included: "DeepSeek's low costs" is not any low cost.
  function disputeIsAbout(statement: string, other: SentenceTerms, names: NameMatcher): boolean {
    let fragment = disputeMemo.statements.get(statement);
    if (!fragment) {
      fragment = weighTerms(tokenizeWords(statement));
      disputeMemo.statements.set(statement, fragment);
    }
    const covered = coverage(fragment, other.terms, other.termsWeight, names);
    return covered.recall >= settings.disputeRelated && !covered.missing.some((word) => /^\p{Lu}/u.test(word));
  }

  function compare(claim: PreparedClaim, sentence: string, facts: SentenceFacts, names: NameMatcher): Match {
    const { recall, precision, shared, missing } = coverage(claim.weighted, facts.terms, facts.termsWeight, names);
    const value = relevance(recall, precision);
    return {
      text: sentence,
      facts,
      relevance: value,
      shared,
      missing,
      conflict: findConflict(claim.conflict, facts.conflict, {
        states: value >= settings.statesClaim,
        strong: value >= settings.strongMatch,
        // The other sentence is one of the two compared, and both come with their terms.
        related: (statement, other) => disputeIsAbout(statement, other === claim.conflict ? claim.sentenceTerms : facts, names),
      }),
    };
  }

  /** Whether a document mentions a name: most of its distinctive words, spelt alike or nearly. */
  function mentions(docIndex: number, tokens: readonly Token[]): boolean {
    if (tokens.length === 0) return true;
    const found = tokens.filter(({ term, word }) => {
      if (index.docHasTerm(docIndex, term)) return true;
      const alias = namesOf(docIndex).match(word);
      return alias !== null && index.docHasTerm(docIndex, alias);
    });
    return found.length * 2 >= tokens.length;
  }

  /** The verdict of one document on one claim, and the facts of its evidence sentence when it confirms. */
  function verdictFor(
    claim: PreparedClaim,
    docIndex: number,
    candidates: readonly number[],
    modelAssists: boolean,
  ): { verdict: Verdict; evidence: SentenceFacts | null } {
    const doc = docs[docIndex]!;
    const unmentioned = claim.entities.find((entity) => !mentions(docIndex, entity.tokens));
    if (unmentioned) return { verdict: leftOut(doc, `not found in this article: it never mentions ${unmentioned.name}`), evidence: null };
    const names = namesOf(docIndex);
    const matches = candidates
      .map((position) => compare(claim, doc.sentences[position]!, factsOf(docIndex, position), names))
      .sort((a, b) => b.relevance - a.relevance);
    const conflicting = matches.find((m) => m.conflict);
    if (conflicting) {
      return { verdict: verdictOf(doc, 'contradicts', conflicting.text, round(conflicting.relevance), conflicting.conflict!.why), evidence: null };
    }
    const best = matches[0];
    // One shared word is a coincidence ("servers"), not a statement of the claim: two at least.
    let confirmsBest = best !== undefined && best.relevance >= settings.statesClaim && best.shared.length >= MIN_SHARED_WORDS;
    let modelNote = '';
    // The model reads the best sentence at most once, for both questions below.
    let prediction: StancePrediction | null = null;
    const predict = (match: Match) => (prediction ??= stanceOf(claim, match));
    if (stance && modelAssists && best && !confirmsBest && best.relevance >= settings.modelAssistAbove && best.shared.length >= MIN_SHARED_WORDS) {
      const agree = predict(best).probs.agree;
      if (agree >= settings.modelAssistAgree) {
        confirmsBest = true;
        modelNote = ` (stance model: agrees, ${percent(agree)})`;
      }
    }
    // "Discuss" is FNC-1's word for reporting a claim without endorsing it: say whose claim it is.
    if (stance && best && confirmsBest && best.facts.attribution.source && predict(best).label === 'discuss') {
      const outlet = creditedOutlet(best.text, doc.cites, best.facts.attribution);
      modelNote += outlet ? `; reports it citing ${outlet}` : `; reports it as ${best.facts.attribution.source}'s claim`;
    }
    if (best && confirmsBest) {
      const drift = driftBetween(claim.text, claim.attribution, best.text, best.facts.attribution);
      const verdict = verdictOf(doc, 'confirms', best.text, round(best.relevance), `states it: ${best.shared.slice(0, 6).join(', ')}${modelNote}`);
      if (drift) verdict.drift = drift;
      return { verdict, evidence: best.facts };
    }
    if (best && best.shared.length > 0 && best.missing.length > 0) {
      const why = `not found in this article; nearest sentence lacks ${best.missing.slice(0, 4).join(', ')}`;
      return { verdict: verdictOf(doc, 'leaves_out', null, round(1 - best.relevance), why), evidence: null };
    }
    return { verdict: notStated[docIndex]!, evidence: null };
  }

  /** The documents that are the same article as the page (closest first), among those its claims point to. */
  function findSelfMatches(article: Article, candidateDocs: ReadonlySet<number>): number[] {
    const page = shingles(article.paragraphs.join(' '));
    return findCopies(page, [...candidateDocs].map((i) => [i, shinglesOf(i)] as const), settings.sameArticle);
  }

  // What the corpus holds, counted once per corpus generation: a check only takes its copies of the page away.
  let census: { generation: number; bundled: number; outlets: Map<string, number>; all: CheckResult['corpus'] } | null = null;
  function corpusSummary(copies: readonly number[]): CheckResult['corpus'] {
    if (census?.generation !== generation) {
      const outlets = new Map<string, number>();
      for (const doc of docs) outlets.set(doc.outlet, (outlets.get(doc.outlet) ?? 0) + 1);
      const bundled = docs.filter((d) => d.origin === 'bundled').length;
      census = { generation, bundled, outlets, all: { bundled, saved: docs.length - bundled, outlets: [...outlets.keys()] } };
    }
    if (copies.length === 0) return { ...census.all, outlets: census.all.outlets.slice() };
    const outlets = new Map(census.outlets);
    let bundled = census.bundled;
    for (const copy of copies) {
      const doc = docs[copy]!;
      if (doc.origin === 'bundled') bundled--;
      outlets.set(doc.outlet, outlets.get(doc.outlet)! - 1);
    }
    return {
      bundled,
      saved: docs.length - copies.length - bundled,
      outlets: [...outlets].filter(([, count]) => count > 0).map(([outlet]) => outlet),
    };
  }

  return {
    get size() {
      return docs.length;
    },
    addDocument,
    check(article, { corrections = [] } = {}) {
      disputeMemo = newDisputeMemo();
      const corrected = indexCorrections(corrections);
      const { claims: claimTexts, tokens: claimTokens, total: claimTotal } = splitClaims(article, settings.maxClaims);
      const shortlists = claimTexts.map((text, i) => {
        const tokens = claimTokens[i]!;
        const hits = index.search(
          tokens.map((t) => t.term),
          settings.candidatesPerDoc,
          settings.candidateDocs,
          settings.candidateFloor,
        );
        return { text, tokens, hits };
      });
      // The page's own copy in the corpus is the top document for many of its claims: look for it only among those.
      // Every copy of the page is left out (a reader may have saved the article twice), the closest named selfMatch.
      const copies = findSelfMatches(article, topDocuments(shortlists.map((s) => s.hits), SELF_MATCH_CANDIDATES));
      const isCopy = new Set(copies);
      const defaults = copies.length > 0 ? notStated.filter((_, i) => !isCopy.has(i)) : notStated;
      const sortedCopies = [...copies].sort((a, b) => a - b);
      const position = (docIndex: number) => {
        let before = 0;
        for (const copy of sortedCopies) if (copy < docIndex) before++;
        return docIndex - before;
      };
      const docIndexOf = new Map<string, number>();
      if (corrected.size > 0) docs.forEach((doc, i) => docIndexOf.set(doc.id, i));

      const claims: Claim[] = shortlists.map(({ text, tokens, hits }, claimIndex) => {
        const attribution = detectAttribution(text);
        const weighted = weighTerms(tokens);
        const claim: PreparedClaim = {
          text,
          weighted,
          sentenceTerms: { terms: weighted.distinct, termsWeight: weighted.total },
          entities: findNamedEntities(text).map((name) => ({ name, tokens: tokenizeWords(name).filter((t) => !isWeakTerm(t.term)) })),
          conflict: conflictFacts(text),
          attribution,
          stanceClaim: null,
          stances: new Map(),
        };
        // Every document starts as leaving the claim out; only the shortlisted ones are compared.
        const verdicts = defaults.slice();
        const evidenceFacts = new Map<number, SentenceFacts>();
        const touched = new Set<number>();
        let rank = 0;
        for (const [docIndex, docHits] of hits) {
          if (isCopy.has(docIndex)) continue;
          // Past the best documents, the top few sentences and any that dispute something: a denial paraphrases the
          // claim and ranks lower, and it is the verdict a reader most needs.
          const modelAssists = rank < settings.modelAssistedDocs;
          const compared =
            rank++ < settings.fullyComparedDocs
              ? docHits
              : docHits.filter((h, i) => i < settings.candidatesPerLaterDoc || factsOf(docIndex, h.sentence).conflict.disputed !== null);
          const { verdict, evidence } = verdictFor(claim, docIndex, compared.map((h) => h.sentence), modelAssists);
          verdicts[position(docIndex)] = verdict;
          if (evidence) evidenceFacts.set(docIndex, evidence);
          touched.add(docIndex);
        }
        // Corrections can concern documents the shortlist passed over; look them up by id.
        for (const correction of corrected.values()) {
          const docIndex = docIndexOf.get(correction.doc);
          if (docIndex !== undefined && !isCopy.has(docIndex)) touched.add(docIndex);
        }
        const confirmations = [];
        let contradicted = false;
        for (const docIndex of touched) {
          const at = position(docIndex);
          const verdict = corrected.size > 0 ? correctVerdict(text, verdicts[at]!, corrected) : verdicts[at]!;
          verdicts[at] = verdict;
          contradicted ||= verdict.status === 'contradicts';
          if (verdict.status === 'confirms') {
            const facts = verdict.corrected ? undefined : evidenceFacts.get(docIndex);
            confirmations.push({
              doc: verdict.doc,
              outlet: verdict.outlet,
              evidence: verdict.evidence ?? '',
              cites: docs[docIndex]!.cites,
              ...(facts ? { attribution: facts.attribution, shingles: facts.shingles } : {}),
            });
          }
        }
        return {
          text,
          index: claimIndex,
          unverified: confirmations.length === 0,
          contradicted,
          verdicts,
          sources: groupSources(confirmations),
          attribution: { source: attribution.source, hedges: attribution.hedges },
        };
      });
      const corpus = corpusSummary(copies);
      return {
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        isTopic: isTopic(article),
        selfMatch: copies.length > 0 ? docs[copies[0]!]!.id : null,
        copies: copies.map((i) => docs[i]!.id),
        claims,
        corpus,
        truncated: claimTotal > claimTexts.length ? { checked: claimTexts.length, total: claimTotal } : null,
      };
    },
  };
}
