/** The checker's caches as deciding a verdict reads them: names, stance readings, disputed fragments. */
import { createNameMatcher, namesIn, type NameMatcher } from '../match/match-names';
import type { SentenceIndex } from '../match/sentence-index';
import { weighTerms, type TermWeight, type WeightedTerms } from '../match/weigh-terms';
import type { PreparedBody, StanceModel } from '../stance';
import { tokenizeWords } from '../text/tokenize';
import type { CorpusDoc } from '../types';
import type { CheckOptions } from './check-options';
import type { VerdictContext } from './decide-verdict';
import type { SentenceFacts } from './sentence-facts';
import { analyseText, type TextAnalysis, type Verifier } from './verifier';

/** Corpus sentences kept as the stance model analysed them (a few kilobytes each; only evidence reaches the model). */
const MAX_CACHED_STANCE_BODIES = 2_000;
/** Corpus sentences kept as the verifier analysed them (a few kilobytes each); past this the cache starts over. */
const MAX_CACHED_ANALYSES = 20_000;
/** Claims kept as the verifier analysed them: a few pages' worth. */
const MAX_CACHED_CLAIMS = 1_000;

export interface VerdictContextInput {
  settings: CheckOptions;
  stance: StanceModel | null;
  verifier: Verifier | null;
  index: SentenceIndex;
  /** The checker's documents; documents are appended as they are added. */
  docs: readonly CorpusDoc[];
  weight: TermWeight;
  factsOf(docIndex: number, position: number): SentenceFacts;
}

/** A verdict context over a checker's corpus; `startCheck` before each check (its memo is per check). */
export function createVerdictContext(input: VerdictContextInput): VerdictContext & { startCheck(): void } {
  const { settings, stance, verifier, index, docs, weight, factsOf } = input;
  const analyses = new Map<number, TextAnalysis>();
  // A page is checked again on every corpus change and tab return: its claims need not be parsed again.
  const claimAnalyses = new Map<string, TextAnalysis>();
  // Built on first use: most documents are never a candidate for any claim, and these cost memory.
  const nameMatchers = new Map<number, NameMatcher>();
  const stanceBodies = new Map<number, PreparedBody>();
  // Disputed fragments recur across the documents of one check; their weights are those of the check's corpus.
  let disputes = new Map<string, WeightedTerms>();
  return {
    settings,
    weight,
    stance,
    verifier,
    factsOf,
    analyseClaim(text, pageDate) {
      const key = `${pageDate ?? ''}\u0000${text}`;
      let analysis = claimAnalyses.get(key);
      if (!analysis) {
        if (claimAnalyses.size >= MAX_CACHED_CLAIMS) claimAnalyses.clear();
        claimAnalyses.set(key, (analysis = analyseText(text, { date: pageDate })));
      }
      return analysis;
    },
    analysisOf(docIndex, position) {
      const id = index.sentenceId(docIndex, position);
      let analysis = analyses.get(id);
      if (!analysis) {
        if (analyses.size >= MAX_CACHED_ANALYSES) analyses.clear();
        analyses.set(id, (analysis = analyseText(docs[docIndex]!.sentences[position]!)));
      }
      return analysis;
    },
    namesOf(docIndex) {
      let matcher = nameMatchers.get(docIndex);
      if (!matcher) nameMatchers.set(docIndex, (matcher = createNameMatcher(docs[docIndex]!.sentences.flatMap(namesIn))));
      return matcher;
    },
    docHasTerm: (docIndex, term) => index.docHasTerm(docIndex, term),
    stanceBody(sentence, text) {
      let body = stanceBodies.get(sentence.id);
      if (!body) {
        if (stanceBodies.size >= MAX_CACHED_STANCE_BODIES) stanceBodies.clear();
        stanceBodies.set(sentence.id, (body = stance!.prepareBody([text])));
      }
      return body;
    },
    weighedStatement(statement) {
      let weighed = disputes.get(statement);
      if (!weighed) disputes.set(statement, (weighed = weighTerms(tokenizeWords(statement), weight)));
      return weighed;
    },
    startCheck() {
      disputes = new Map();
    },
  };
}
