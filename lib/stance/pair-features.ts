/**
 * Hand-made features of one headline × body pair: how much the body is about the headline, and
 * how the body words what it says about it (refuting, hedging, vouching) where it talks about it.
 */
import { CUE_GROUPS } from './cue-lexicons.ts';
import type { Lexicon } from './lexicon.ts';
import type { PreparedBodyText, PreparedText, TermVector } from './prepare-text.ts';

// Sentences read as "where the body talks about the headline": the best few by TF-IDF cosine.
const TOP_SENTENCES = 3;
// The lead: news bodies state their position on the story early.
const LEAD_SENTENCES = 3;
// IDF above which a headline term is a rare, topical one (df below ~2% of training documents).
const RARE_IDF = 4;
// A sentence with at least this cosine is counted as being about the headline.
const ON_TOPIC_COSINE = 0.1;

/** Names of the dense features, in vector order (kept in the model file for inspection). */
export const FEATURE_NAMES: readonly string[] = [
  'cos_body',
  'cos_best_sentence',
  'cos_top_sentences',
  'cos_lead',
  'term_overlap',
  'idf_overlap',
  'bigram_overlap',
  'chargram_overlap',
  'best_sentence_overlap',
  'rare_terms_missing',
  'headline_has_number',
  'numbers_missing',
  'headline_length',
  'body_length',
  'headline_question',
  'on_topic_sentences',
  ...CUE_GROUPS.map((g) => `headline_${g}`),
  ...CUE_GROUPS.map((g) => `body_${g}_rate`),
  ...CUE_GROUPS.map((g) => `top_${g}`),
  ...CUE_GROUPS.map((g) => `lead_${g}`),
  ...CUE_GROUPS.map((g) => `weighted_${g}`),
  'negation_mismatch',
  'refute_mismatch',
];

function dot(small: TermVector, large: TermVector): number {
  let s = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) s += w * v;
  }
  return s;
}

function fractionIn<T>(items: Set<T>, pool: Set<T>): number {
  if (items.size === 0) return 0;
  // The intersection is the same either way round: walk the smaller set.
  const [walked, probed] = items.size <= pool.size ? [items, pool] : [pool, items];
  let n = 0;
  for (const x of walked) if (probed.has(x)) n++;
  return n / items.size;
}

/** The dense features of a pair, plus the index of the body sentence that best matches the headline (-1 if none). */
export function pairFeatures(
  head: PreparedText,
  body: PreparedBodyText,
  lexicon: Lexicon,
  headlineText: string,
): { features: number[]; bestSentence: number } {
  const cosines = body.sentences.map((s) => dot(head.tfidf, s.tfidf));
  const order = cosines.map((_, i) => i).sort((a, b) => cosines[b]! - cosines[a]! || a - b);
  const top = order.slice(0, TOP_SENTENCES).filter((i) => cosines[i]! > 0);
  const best = top[0] ?? -1;
  const bestSentence = best >= 0 ? body.sentences[best]! : undefined;

  let idfShared = 0;
  let idfAll = 0;
  let rareMissing = 0;
  for (const t of head.termSet) {
    const idf = lexicon.idf(t);
    idfAll += idf;
    if (body.termSet.has(t)) idfShared += idf;
    else if (idf >= RARE_IDF) rareMissing++;
  }

  const topCues = CUE_GROUPS.map(() => 0);
  for (const i of top) body.sentences[i]!.cues.forEach((c, g) => (topCues[g]! += c));
  const leadCues = CUE_GROUPS.map(() => 0);
  for (const s of body.sentences.slice(0, LEAD_SENTENCES)) s.cues.forEach((c, g) => (leadCues[g]! += c));
  const per100 = 100 / Math.max(body.length, 1);
  // Cue density where the body talks about the headline: sentences weighted by their cosine.
  const weighted = CUE_GROUPS.map(() => 0);
  let weightSum = 0;
  cosines.forEach((c, i) => {
    if (c <= 0) return;
    weightSum += c;
    body.sentences[i]!.cues.forEach((n, g) => (weighted[g]! += (c * n) / Math.max(body.sentences[i]!.length, 1)));
  });
  const has = (n: number) => (n > 0 ? 1 : 0);
  // Cue group positions (see CUE_GROUPS).
  const REFUTE = 0;
  const NEGATION = 1;

  const features = [
    dot(head.tfidf, body.tfidf),
    best >= 0 ? cosines[best]! : 0,
    top.reduce((s, i) => s + cosines[i]!, 0) / TOP_SENTENCES,
    Math.max(0, ...cosines.slice(0, LEAD_SENTENCES)),
    fractionIn(head.termSet, body.termSet),
    idfAll === 0 ? 0 : idfShared / idfAll,
    fractionIn(head.bigrams, body.bigrams),
    fractionIn(head.grams, body.grams),
    bestSentence ? fractionIn(head.termSet, bestSentence.termSet) : 0,
    Math.log1p(rareMissing),
    head.numbers.size > 0 ? 1 : 0,
    head.numbers.size === 0 ? 0 : 1 - fractionIn(head.numbers, body.numbers),
    Math.log1p(head.terms.length),
    Math.log1p(body.length),
    headlineText.includes('?') ? 1 : 0,
    Math.log1p(cosines.filter((c) => c >= ON_TOPIC_COSINE).length),
    ...head.cues.map((c) => Math.min(c, 3)),
    ...body.cues.map((c) => c * per100),
    ...topCues.map((c) => Math.log1p(c)),
    ...leadCues.map((c) => Math.log1p(c)),
    ...weighted.map((w) => (weightSum === 0 ? 0 : (10 * w) / weightSum)),
    // The headline asserts a negation the matching sentences lack, or the reverse.
    bestSentence ? Math.abs(has(head.cues[NEGATION]!) - has(topCues[NEGATION]!)) : 0,
    bestSentence ? Math.abs(has(head.cues[REFUTE]!) - has(topCues[REFUTE]!)) : 0,
  ];
  return { features, bestSentence: best };
}
