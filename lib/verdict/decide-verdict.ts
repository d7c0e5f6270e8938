/**
 * One claim × one corpus document → one verdict: compare the shortlisted sentences, let a conflict rule or the
 * relevance threshold decide, and write the reason.
 */
import { detectAttribution, driftBetween, type Attribution } from '../claims/detect-attribution';
import { findNamedEntities } from '../claims/find-named-entities';
import type { NameMatcher } from '../match/match-names';
import { coverage, relevance, weighTerms, type SentenceTerms, type TermWeight, type WeightedTerms } from '../match/weigh-terms';
import type { PreparedBody, StanceModel, StancePrediction } from '../stance';
import { isWeakTerm, tokenizeWords, type Token } from '../text/tokenize';
import type { CorpusDoc, Status, Verdict } from '../types';
import type { CheckOptions } from './check-options';
import { conflictFacts, findConflict, type Conflict, type ConflictFacts } from './find-conflict';
import { creditedOutlet } from './group-sources';
import type { SentenceFacts } from './sentence-facts';
import type { TextAnalysis, Verifier } from './verifier';
import { isQuestion, statesNothing } from './verifier/states-nothing';

/** Fewest claim words a sentence must share to state the claim: one shared word ("servers") is a coincidence. */
const MIN_SHARED_WORDS = 2;

/** What deciding a verdict reads from the checker: its tuning, corpus and caches. */
export interface VerdictContext {
  settings: CheckOptions;
  weight: TermWeight;
  stance: StanceModel | null;
  namesOf(docIndex: number): NameMatcher;
  docHasTerm(docIndex: number, term: string): boolean;
  factsOf(docIndex: number, position: number): SentenceFacts;
  /** The stance model's reading of a corpus sentence, cached by the checker. */
  stanceBody(facts: SentenceFacts, text: string): PreparedBody;
  /** A disputed fragment's weighed terms, memoised for one check (the same fragments recur across documents). */
  weighedStatement(statement: string): WeightedTerms;
  /** The trained claim × sentence verifier; null: the relevance threshold and the rules decide (`--no-model`). */
  verifier: Verifier | null;
  /** A corpus sentence as the verifier reads it, analysed on first use and kept. */
  analysisOf(docIndex: number, position: number): TextAnalysis;
  /** A claim as the verifier reads it (relative dates against `pageDate`), kept across checks of the same page. */
  analyseClaim(text: string, pageDate: string | null): TextAnalysis;
}

/** The claim as the comparisons need it, prepared once per claim. */
export interface ClaimUnderCheck {
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
  /** The claim as the verifier reads it (relative dates against the page's date), made on first use. */
  analysis: TextAnalysis | null;
  /** The page's date, for relative dates in the claim. */
  pageDate: string | null;
  /** Whether most of its words are capitalised (a headline in title case): capitals then do not mark names. */
  titleCase: boolean;
}

/** How well one corpus sentence states one claim. */
interface Match {
  /** The corpus sentence as the document has it, and its position there. */
  text: string;
  position: number;
  facts: SentenceFacts;
  relevance: number;
  shared: string[];
  missing: string[];
  conflict: Conflict | null;
}

/** A verdict, every field in one order (a check makes thousands; one object shape keeps them cheap). */
export function makeVerdict(doc: CorpusDoc, status: Status, evidence: string | null, score: number, why: string): Verdict {
  return { doc: doc.id, outlet: doc.outlet, status, evidence, score, why, origin: doc.origin };
}

/** The verdict of a document that does not state the claim, shared by every claim it does not state. */
export function leavesOut(doc: CorpusDoc, why = 'not found in this article'): Verdict {
  return Object.freeze(makeVerdict(doc, 'leaves_out', null, 1, why));
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** Why 0.8 of the words past three letters: a headline in title case; a sentence full of names stays below. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** Prepares a claim of the page for comparison with many documents. */
export function prepareClaim(text: string, tokens: readonly Token[], weight: TermWeight, pageDate: string | null = null): ClaimUnderCheck {
  const weighted = weighTerms(tokens, weight);
  return {
    text,
    weighted,
    sentenceTerms: { terms: weighted.distinct, termsWeight: weighted.total },
    entities: findNamedEntities(text).map((name) => ({ name, tokens: tokenizeWords(name).filter((t) => !isWeakTerm(t.term)) })),
    conflict: conflictFacts(text),
    attribution: detectAttribution(text),
    stanceClaim: null,
    stances: new Map(),
    analysis: null,
    pageDate,
    titleCase: isTitleCase(text),
  };
}

/** The stance model's reading of one evidence sentence against the claim. */
function stanceOf(claim: ClaimUnderCheck, match: Match, ctx: VerdictContext): StancePrediction {
  let prediction = claim.stances.get(match.text);
  if (!prediction) {
    const stance = ctx.stance!;
    claim.stanceClaim ??= stance.prepareClaim(claim.text);
    prediction = stance.predict(claim.stanceClaim, ctx.stanceBody(match.facts, match.text));
    claim.stances.set(match.text, prediction);
  }
  return prediction;
}

// What is disputed must be stated by the other sentence, names included: "DeepSeek's low costs" is not any low cost.
function disputeIsAbout(statement: string, other: SentenceTerms, names: NameMatcher, ctx: VerdictContext): boolean {
  const covered = coverage(ctx.weighedStatement(statement), other, names, ctx.weight);
  return covered.recall >= ctx.settings.disputeRelated && !covered.missing.some((word) => /^\p{Lu}/u.test(word));
}

function compare(
  claim: ClaimUnderCheck,
  position: number,
  sentence: string,
  facts: SentenceFacts,
  names: NameMatcher,
  ctx: VerdictContext,
): Match {
  const covered = coverage(claim.weighted, facts, names, ctx.weight);
  const value = relevance(covered);
  const { settings } = ctx;
  return {
    text: sentence,
    position,
    facts,
    relevance: value,
    shared: covered.shared,
    missing: covered.missing,
    conflict: findConflict(claim.conflict, facts.conflict, {
      states: value >= settings.statesClaim,
      strong: value >= settings.strongMatch,
      // The other sentence is one of the two compared, and both come with their terms.
      related: (statement, other) => disputeIsAbout(statement, other === claim.conflict ? claim.sentenceTerms : facts, names, ctx),
    }),
  };
}

/** The claim as the verifier reads it, analysed on first use and kept on the claim. */
function claimAnalysis(claim: ClaimUnderCheck, ctx: VerdictContext): TextAnalysis {
  return (claim.analysis ??= ctx.analyseClaim(claim.text, claim.pageDate));
}

/**
 * Whether a sentence that could confirm the claim is a verbless heading ("OpenAI's allegations of copyright
 * infringement"), which states nothing. It takes the verifier's parse, so without the verifier nothing is a heading.
 */
function isHeading(claim: ClaimUnderCheck, docIndex: number, m: Match, ctx: VerdictContext): boolean {
  if (!ctx.verifier || m.relevance < ctx.settings.modelAssistAbove) return false;
  return statesNothing(claimAnalysis(claim, ctx), ctx.analysisOf(docIndex, m.position)) === 'heading';
}

/**
 * Whether a rule's conflict stands: a negation read by parity over the whole sentence stands only where the verifier
 * also finds a conflict in that sentence, or the "not" shares a clause with words the two sentences share ("A nun …
 * claims she had no idea she was pregnant" does not deny that she gave birth).
 */
function conflictHolds(claim: ClaimUnderCheck, docIndex: number, m: Match, ctx: VerdictContext, verifier: Verifier): boolean {
  // only the negation rule reads parity over the whole sentence ("not" anywhere in it)
  if (m.conflict!.kind !== 'negation') return true;
  const pair = verifier.verifyPair(claimAnalysis(claim, ctx), ctx.analysisOf(docIndex, m.position));
  return pair.label === 'contradicts' || pair.conflictKind !== null || pair.negationOnShared;
}

/** Whether a document mentions a name: most of its distinctive words, spelt alike or nearly. */
function mentions(docIndex: number, tokens: readonly Token[], ctx: VerdictContext): boolean {
  if (tokens.length === 0) return true;
  const found = tokens.filter(({ term, word }) => {
    if (ctx.docHasTerm(docIndex, term)) return true;
    const alias = ctx.namesOf(docIndex).match(word);
    return alias !== null && ctx.docHasTerm(docIndex, alias);
  });
  return found.length * 2 >= tokens.length;
}

/** A document's verdict on a claim, and the facts of its evidence sentence when it confirms. */
export interface DocumentDecision {
  /** null: the document's shared "not found" verdict applies. */
  verdict: Verdict | null;
  evidence: SentenceFacts | null;
}

/**
 * The verdict of one document on one claim from its shortlisted sentences (`candidates`, positions in the document).
 * `modelAssists`: whether the stance model may decide a borderline case for this document; `verifierReads`: whether
 * the verifier reads the whole shortlist ('flags'), not only the sentence the rules would confirm with.
 */
export function decideVerdict(
  claim: ClaimUnderCheck,
  doc: CorpusDoc,
  docIndex: number,
  candidates: readonly number[],
  modelAssists: boolean,
  ctx: VerdictContext,
  verifierReads: boolean,
): DocumentDecision {
  const { settings, stance } = ctx;
  const names = ctx.namesOf(docIndex);
  const compareAll = () =>
    candidates
      .map((position) => compare(claim, position, doc.sentences[position]!, ctx.factsOf(docIndex, position), names, ctx))
      .filter((m) => !isQuestion(m.text))
      .sort((a, b) => b.relevance - a.relevance);
  const unmentioned = claim.entities.find((entity) => !mentions(docIndex, entity.tokens, ctx));
  if (unmentioned) {
    // A name the document never has may be the one it replaces ("Senate Commerce Committee" where it says "House Select
    // Committee"): another actor or target is a contradiction, so the verifier reads the documents it reads whole.
    const contradicting =
      ctx.verifier && settings.verifierRole !== 'guards' && verifierReads
        ? verifyDocument(claim, doc, docIndex, compareAll(), ctx, ctx.verifier, true)
        : null;
    return contradicting ?? { verdict: leavesOut(doc, `not found in this article: it never mentions ${unmentioned.name}`), evidence: null };
  }
  const matches = compareAll();
  // A heading without a verb states nothing either; only a sentence that could confirm is parsed to tell.
  while (matches[0] && isHeading(claim, docIndex, matches[0], ctx)) matches.shift();
  if (ctx.verifier && ctx.settings.verifierRole === 'decides') return verifyDocument(claim, doc, docIndex, matches, ctx, ctx.verifier)!;
  // The best-matching sentence whose conflict holds decides; the verifier reads only as far as that one.
  const conflicting = matches.find((m) => m.conflict && (!ctx.verifier || conflictHolds(claim, docIndex, m, ctx, ctx.verifier)));
  // 'flags': the verifier's contradiction of the document stands; otherwise the rules decide, guarded as below.
  if (ctx.verifier && ctx.settings.verifierRole === 'flags' && verifierReads && !conflicting) {
    const contradicting = verifyDocument(claim, doc, docIndex, matches, ctx, ctx.verifier, true);
    if (contradicting) return contradicting;
  }
  if (conflicting) {
    return {
      verdict: makeVerdict(doc, 'contradicts', conflicting.text, round(conflicting.relevance), conflicting.conflict!.why),
      evidence: null,
    };
  }
  const states = (m: Match) => m.relevance >= settings.statesClaim && m.shared.length >= MIN_SHARED_WORDS;
  let best = matches[0];
  // A claim that something did not happen is stated by a sentence that negates: one further down may say it when the
  // best-scoring sentence states the act itself ("were not disclosed" below "OpenAI alleged distillation").
  if (ctx.verifier && best && states(best)) {
    const verifier = ctx.verifier;
    const negates = (m: Match) => verifier.unstatedNegation(claimAnalysis(claim, ctx), ctx.analysisOf(docIndex, m.position)) === null;
    if (!negates(best)) best = matches.find((m) => states(m) && negates(m)) ?? best;
  }
  let confirmsBest = best !== undefined && states(best);
  // Names alone say who, not what: "Anna Smith grew up in Phoenix" does not state that she praised the rules there.
  const namesOnly = best !== undefined && !claim.titleCase && best.shared.every((w) => /^\p{Lu}/u.test(w));
  if (namesOnly) confirmsBest = false;
  let modelNote = '';
  // The model reads the best sentence at most once, for both questions below.
  let prediction: StancePrediction | null = null;
  const predict = (match: Match) => (prediction ??= stanceOf(claim, match, ctx));
  if (
    stance &&
    modelAssists &&
    best &&
    !confirmsBest &&
    !namesOnly &&
    best.relevance >= settings.modelAssistAbove &&
    best.shared.length >= MIN_SHARED_WORDS
  ) {
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
  // The verifier reads the sentence the rules would confirm with: a conflict it finds there is what a reader most
  // needs to see, and a ✓ beside a sentence that says otherwise is the worst answer this product can give.
  let marks: Verdict['marks'];
  if (best && confirmsBest && ctx.verifier) {
    const pair = ctx.verifier.verifyPair(claimAnalysis(claim, ctx), ctx.analysisOf(docIndex, best.position));
    if (pair.label === 'contradicts') {
      const verdict = makeVerdict(doc, 'contradicts', best.text, round(pair.p.contradicts), pair.why);
      verdict.marks = { aligned: pair.aligned, conflicting: pair.conflicting };
      return { verdict, evidence: null };
    }
    // "Only state-owned banks" against a sentence that says it of banks: the sentence says otherwise about who.
    if (pair.narrowed) {
      const why = `contradicts: scope differs: "${pair.narrowed.claimWords}" vs "${pair.narrowed.evidenceWords}"`;
      const verdict = makeVerdict(doc, 'contradicts', best.text, round(best.relevance), why);
      const wider = new Set(pair.narrowed.evidenceMarks);
      verdict.marks = { aligned: pair.aligned.filter((w) => !wider.has(w)), conflicting: [...wider] };
      return { verdict, evidence: null };
    }
    // "Only", "all" or "none" the sentence does not state: it reports the statement without the claim's scope.
    if (pair.unstated.length > 0) {
      const why = `leaves out: does not say “${pair.unstated[0]}”`;
      return { verdict: makeVerdict(doc, 'leaves_out', null, round(1 - best.relevance), why), evidence: null };
    }
    // A conflict a reader can check in both sentences (spring vs fall), too weak for the verifier to call a
    // contradiction, still means the sentence does not clearly state the claim: no ✓ beside it.
    if (pair.conflictKind || (pair.label === 'leaves_out' && (pair.missingDetail || pair.p.leaves_out >= settings.guardLeavesOut))) {
      const verdict = makeVerdict(doc, 'leaves_out', null, round(pair.p.leaves_out), pair.why);
      return { verdict, evidence: null };
    }
    // The words it aligned still show the reader which ones carry the claim, said otherwise or not.
    marks = { aligned: pair.aligned, conflicting: [] };
  }
  if (best && confirmsBest) {
    const drift = driftBetween(claim.text, claim.attribution, best.text, best.facts.attribution);
    const verdict = makeVerdict(
      doc,
      'confirms',
      best.text,
      round(best.relevance),
      `states it: ${best.shared.slice(0, 6).join(', ')}${modelNote}`,
    );
    if (drift) verdict.drift = drift;
    if (marks) verdict.marks = marks;
    return { verdict, evidence: best.facts };
  }
  if (best && best.shared.length > 0 && best.missing.length > 0) {
    const why = `not found in this article; nearest sentence lacks ${best.missing.slice(0, 4).join(', ')}`;
    return { verdict: makeVerdict(doc, 'leaves_out', null, round(1 - best.relevance), why), evidence: null };
  }
  return { verdict: null, evidence: null };
}

/**
 * The verifier decides the document: its shortlisted sentences that share at least two of the claim's words (one is
 * a coincidence), best first, go to `verifyDocument`, whose label, probabilities and reason become the verdict.
 * `onlyContradiction`: the verifier's verdict only when it contradicts (else null), without the model where no
 * conflict could carry it.
 */
function verifyDocument(
  claim: ClaimUnderCheck,
  doc: CorpusDoc,
  docIndex: number,
  matches: readonly Match[],
  ctx: VerdictContext,
  verifier: Verifier,
  onlyContradiction = false,
): DocumentDecision | null {
  const compared = matches.filter((m) => m.shared.length >= MIN_SHARED_WORDS);
  if (compared.length === 0) return onlyContradiction ? null : { verdict: null, evidence: null };
  const analysis = claimAnalysis(claim, ctx);
  const candidates = compared.map((m) => ctx.analysisOf(docIndex, m.position));
  const decided = onlyContradiction ? verifier.findContradiction(analysis, candidates) : verifier.verifyDocument(analysis, candidates);
  if (!decided) return null;
  const best = decided.evidenceIndex === null ? null : compared[decided.evidenceIndex]!;
  if (decided.label === 'leaves_out' || !best) {
    const why = decided.why || 'not found in this article';
    return { verdict: makeVerdict(doc, 'leaves_out', null, round(decided.p.leaves_out), why), evidence: null };
  }
  const verdict = makeVerdict(doc, decided.label, best.text, round(decided.p[decided.label]), decided.why);
  verdict.marks = { aligned: decided.aligned, conflicting: decided.conflicting };
  if (decided.label === 'contradicts') return { verdict, evidence: null };
  const drift = driftBetween(claim.text, claim.attribution, best.text, best.facts.attribution);
  if (drift) verdict.drift = drift;
  return { verdict, evidence: best.facts };
}
