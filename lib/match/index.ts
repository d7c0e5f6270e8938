/** Stage 3, match: the corpus index — BM25 shortlist per claim, term weights and coverage, fuzzy names (fuse.js), copies of the page. */
export { SentenceIndex } from './sentence-index';
export { coverage, relevance, weighTerms, createTermWeight } from './weigh-terms';
export { createNameMatcher } from './match-names';
export { findCopies, copyCandidates, SAME_ARTICLE } from './find-copies';
