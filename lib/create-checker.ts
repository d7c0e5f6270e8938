import { detectSelfMatch, shingles } from './detect-self-match';
import { findConflict, type Conflict } from './find-conflict';
import { findNamedEntities } from './find-named-entities';
import { createNameMatcher, namesIn, type NameMatcher } from './match-names';
import { SentenceIndex } from './sentence-index';
import { splitClaims } from './split-claims';
import { isTopic } from './is-topic';
import { backgroundWeight } from './term-weights';
import { isWeakTerm, tokenize, tokenizeWords } from './tokenize';
import type { Article, CheckResult, Claim, CorpusDoc, Verdict } from './types';

/** Tuning of the cross-check. */
export interface CheckOptions {
  maxClaims: number;
  candidatesPerDoc: number;
  statesClaim: number;
  strongMatch: number;
  weakTermWeight: number;
  disputeRelated: number;
}

/** Default tuning. Every value was chosen on the seed gold (`npm run eval`); see the comments. */
export const CHECK_OPTIONS: Readonly<CheckOptions> = Object.freeze({
  /** Claims checked per page; past this the result says "checked the first N claims" instead of hanging. */
  maxClaims: 80,
  /** Shortlisted sentences per document and claim; the precise comparison runs on these only. */
  candidatesPerDoc: 6,
  /** Relevance at which a sentence states the claim (below: the document leaves it out). */
  statesClaim: 0.2,
  /** Relevance at which a sentence is close enough for number and negation differences to be conflicts. */
  strongMatch: 0.4,
  /** Generic terms (company, model, AI) count this much of their weight toward relevance. */
  weakTermWeight: 0.35,
  /** Share of a disputed fragment ("contradicting X's low costs") another sentence must state to be what is disputed. */
  disputeRelated: 0.5,
});

/** A sentence ready for comparison. */
interface PreparedSentence {
  text: string;
  terms: Set<string>;
}

interface PreparedDoc {
  doc: CorpusDoc;
  sentences: PreparedSentence[];
  names: NameMatcher;
  vocabulary: Set<string>;
  shingles: Set<string>;
}

/** How well one corpus sentence states one claim. */
interface Match {
  sentence: PreparedSentence;
  relevance: number;
  shared: string[];
  missing: string[];
  conflict: Conflict | null;
}

function prepareDoc(doc: CorpusDoc): PreparedDoc {
  const sentences = doc.sentences.map((text) => ({ text, terms: new Set(tokenize(text)) }));
  const vocabulary = new Set<string>();
  for (const sentence of sentences) for (const term of sentence.terms) vocabulary.add(term);
  return {
    doc,
    sentences,
    names: createNameMatcher(doc.sentences.flatMap(namesIn)),
    vocabulary,
    shingles: shingles(doc.sentences.join(' ')),
  };
}

/** The cross-check engine over one corpus. Build once per corpus; `check` is then cheap per page. */
export interface Checker {
  /** Documents in the corpus. */
  readonly size: number;
  check(article: Article): CheckResult;
}

/** Creates a checker over a corpus: documents are tokenised and indexed once, here. */
export function createChecker(corpus: readonly CorpusDoc[], options: Partial<CheckOptions> = {}): Checker {
  const settings = { ...CHECK_OPTIONS, ...options };
  const docs = corpus.map(prepareDoc);
  const index = new SentenceIndex();
  docs.forEach((doc, i) => index.addDocument(i, doc.sentences.map((s) => [...s.terms])));

  // A term weighs by how rare it is in the corpus (OpenAI is in every sentence here) times how rare it is in news
  // English at large (so is "aware"): what remains is what makes a claim distinctive.
  const weight = (term: string) =>
    index.idf(term) * backgroundWeight(term) * (isWeakTerm(term) ? settings.weakTermWeight : 1);

  /** How much of a fragment's weighted terms a sentence has (names matched fuzzily), and the words either way. */
  function coverage(fragment: string, sentence: PreparedSentence, doc: PreparedDoc | null) {
    const seen = new Set<string>();
    const matched = new Set<string>();
    let total = 0;
    let covered = 0;
    const shared: string[] = [];
    const missing: string[] = [];
    for (const { term, word } of tokenizeWords(fragment)) {
      if (seen.has(term)) continue;
      seen.add(term);
      const w = weight(term);
      total += w;
      const alias = sentence.terms.has(term) ? term : doc && /^\p{Lu}/u.test(word) ? doc.names.match(word) : null;
      if (alias && sentence.terms.has(alias)) {
        covered += w;
        matched.add(alias);
        shared.push(word);
      } else if (!isWeakTerm(term)) {
        missing.push(word);
      }
    }
    let sentenceTotal = 0;
    let sentenceCovered = 0;
    for (const term of sentence.terms) {
      const w = weight(term);
      sentenceTotal += w;
      if (matched.has(term)) sentenceCovered += w;
    }
    return {
      recall: total === 0 ? 0 : covered / total,
      precision: sentenceTotal === 0 ? 0 : sentenceCovered / sentenceTotal,
      shared,
      missing,
    };
  }

  /**
   * Relevance of a sentence to a claim: the harmonic mean of how much of the claim it covers and how much of it
   * the claim covers, both weighted by term rarity. Outlets paraphrase, so neither side alone is reliable.
   */
  function relevance(recall: number, precision: number): number {
    return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  }

  function compare(claim: string, sentence: PreparedSentence, doc: PreparedDoc): Match {
    const { recall, precision, shared, missing } = coverage(claim, sentence, doc);
    const value = relevance(recall, precision);
    // What is disputed must be stated by the other sentence, names included: "DeepSeek's low costs" is not any low cost.
    const related = (fragment: string, other: string) => {
      const covered = coverage(fragment, { text: other, terms: new Set(tokenize(other)) }, doc);
      return covered.recall >= settings.disputeRelated && !covered.missing.some((word) => /^\p{Lu}/u.test(word));
    };
    return {
      sentence,
      relevance: value,
      shared,
      missing,
      conflict: findConflict(claim, sentence.text, { states: value >= settings.statesClaim, strong: value >= settings.strongMatch, related }),
    };
  }

  /** Whether a document mentions a name: most of its distinctive words, spelt alike or nearly. */
  function mentions(prepared: PreparedDoc, entity: string): boolean {
    const tokens = tokenizeWords(entity).filter((t) => !isWeakTerm(t.term));
    if (tokens.length === 0) return true;
    const found = tokens.filter(({ term, word }) => {
      if (prepared.vocabulary.has(term)) return true;
      const alias = prepared.names.match(word);
      return alias !== null && prepared.vocabulary.has(alias);
    });
    return found.length * 2 >= tokens.length;
  }

  function verdictFor(claim: string, entities: readonly string[], candidates: readonly number[], prepared: PreparedDoc): Verdict {
    const base = { doc: prepared.doc.id, outlet: prepared.doc.outlet, origin: prepared.doc.origin };
    const unmentioned = entities.find((entity) => !mentions(prepared, entity));
    if (unmentioned) {
      return { ...base, status: 'leaves_out', evidence: null, score: 1, why: `not found in this article: it never mentions ${unmentioned}` };
    }
    const matches = candidates.map((i) => compare(claim, prepared.sentences[i]!, prepared)).sort((a, b) => b.relevance - a.relevance);
    const stating = matches.filter((m) => m.relevance >= settings.statesClaim);
    const conflicting = matches.find((m) => m.conflict);
    if (conflicting) {
      return { ...base, status: 'contradicts', evidence: conflicting.sentence.text, score: round(conflicting.relevance), why: conflicting.conflict!.why };
    }
    const best = stating[0];
    if (best) {
      return { ...base, status: 'confirms', evidence: best.sentence.text, score: round(best.relevance), why: `states it: ${best.shared.slice(0, 6).join(', ')}` };
    }
    const closest = matches[0];
    const why = closest && closest.shared.length > 0 && closest.missing.length > 0
      ? `not found in this article; nearest sentence lacks ${closest.missing.slice(0, 4).join(', ')}`
      : 'not found in this article';
    return { ...base, status: 'leaves_out', evidence: null, score: round(1 - (closest?.relevance ?? 0)), why };
  }

  return {
    size: docs.length,
    check(article) {
      const allClaims = splitClaims(article);
      const claimTexts = allClaims.slice(0, settings.maxClaims);
      const selfIndex = detectSelfMatch(shingles(article.paragraphs.join(' ')), docs.map((d) => d.shingles));
      const claims: Claim[] = claimTexts.map((text, position) => {
        const hits = index.search(tokenize(text), settings.candidatesPerDoc);
        const entities = findNamedEntities(text);
        const verdicts = docs
          .map((prepared, docIndex) => (docIndex === selfIndex ? null : verdictFor(text, entities, (hits.get(docIndex) ?? []).map((h) => h.sentence), prepared)))
          .filter((v): v is Verdict => v !== null);
        return {
          text,
          index: position,
          unverified: !verdicts.some((v) => v.status === 'confirms'),
          contradicted: verdicts.some((v) => v.status === 'contradicts'),
          verdicts,
        };
      });
      const others = docs.filter((_, i) => i !== selfIndex);
      return {
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        isTopic: isTopic(article),
        selfMatch: selfIndex >= 0 ? docs[selfIndex]!.doc.id : null,
        claims,
        corpus: { bundled: others.filter((d) => d.doc.origin === 'bundled').length, saved: others.filter((d) => d.doc.origin === 'saved').length },
        truncated: allClaims.length > claimTexts.length ? { checked: claimTexts.length, total: allClaims.length } : null,
      };
    },
  };
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
