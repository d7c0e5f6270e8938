/**
 * Turns a headline (claim) or a body into everything the pair features need, once per text:
 * checking 30 claims against one body prepares the body once.
 */
import { countCues } from './cue-lexicons.ts';
import type { Lexicon } from './lexicon.ts';
import { hashString } from './seeded-random.ts';
import { contentTokens, rawTokens, stem } from './stance-tokens.ts';

/** A sparse vector keyed by term. */
export type TermVector = Map<string, number>;

/** A sparse vector keyed by bag-of-words index (parallel arrays). */
export interface BowVector {
  index: number[];
  value: number[];
}

/** A headline, claim or sentence, analysed. */
export interface PreparedText {
  /** Content terms (stemmed, no stopwords), in order. */
  terms: string[];
  termSet: Set<string>;
  /** Adjacent content-term pairs, "a b". */
  bigrams: Set<string>;
  /** Hashes of character 4-grams of the content terms (catches "Obama"/"Obama's", spelling variants). */
  grams: Set<number>;
  /** Numbers as written (thousands separators removed). */
  numbers: Set<string>;
  /** L2-normalised TF-IDF. */
  tfidf: TermVector;
  /** L2-normalised log term frequencies over the bag-of-words vocabulary. */
  bow: BowVector;
  /** Cue-group counts (see CUE_GROUPS). */
  cues: number[];
  /** Number of raw tokens. */
  length: number;
}

/** A body, analysed, with its sentences. */
export interface PreparedBodyText extends PreparedText {
  sentences: PreparedText[];
}

// Character n-gram length: 4 is long enough to be topical, short enough to survive inflection.
const GRAM = 4;

function tfidfOf(terms: readonly string[], lexicon: Lexicon): TermVector {
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  let norm = 0;
  for (const [t, tf] of v) {
    const w = (1 + Math.log(tf)) * lexicon.idf(t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function bowOf(terms: readonly string[], lexicon: Lexicon): BowVector {
  const counts = new Map<number, number>();
  for (const t of terms) {
    const i = lexicon.bowIndex(t);
    if (i >= 0) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const index = [...counts.keys()].sort((a, b) => a - b);
  const value = index.map((i) => Math.log1p(counts.get(i)!));
  const norm = Math.sqrt(value.reduce((s, x) => s + x * x, 0)) || 1;
  return { index, value: value.map((x) => x / norm) };
}

/** Analyses one piece of text. `withVectors: false` skips what sentences never use (bag of words, char grams). */
export function prepareText(text: string, lexicon: Lexicon, withVectors = true): PreparedText {
  const raw = rawTokens(text);
  const terms = contentTokens(raw);
  const bigrams = new Set<string>();
  for (let i = 1; i < terms.length; i++) bigrams.add(`${terms[i - 1]} ${terms[i]}`);
  const grams = new Set<number>();
  if (withVectors) {
    for (const t of terms) {
      const padded = ` ${t} `;
      for (let i = 0; i + GRAM <= padded.length; i++) grams.add(hashString(padded.slice(i, i + GRAM)));
    }
  }
  return {
    terms,
    termSet: new Set(terms),
    bigrams,
    grams,
    numbers: new Set(raw.filter((t) => /^\p{N}/u.test(t))),
    tfidf: tfidfOf(terms, lexicon),
    bow: withVectors ? bowOf(terms, lexicon) : { index: [], value: [] },
    cues: countCues(raw.map(stem)),
    length: raw.length,
  };
}

// Sentence ends: . ! ? (optionally followed by a closing quote/bracket) then space, or any line break.
const SENTENCE_SPLIT = /(?<=[.!?]["'”’)]?)\s+(?=["“‘'(\p{Lu}\p{N}])|\s*\n\s*/u;

/** Splits body text into sentences when the caller has not already done so. */
export function splitBodySentences(text: string): string[] {
  return text
    .split(SENTENCE_SPLIT)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Analyses a body given as text or as its sentences. */
export function prepareBodyText(body: string | readonly string[], lexicon: Lexicon): PreparedBodyText {
  const sentences = typeof body === 'string' ? splitBodySentences(body) : body.filter((s) => s.trim() !== '');
  const whole = prepareText(sentences.join('\n'), lexicon);
  return { ...whole, sentences: sentences.map((s) => prepareText(s, lexicon, false)) };
}
