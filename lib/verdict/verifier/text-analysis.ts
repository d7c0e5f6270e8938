/** The plain-JSON shape of one analysed sentence, shared by the analyser, the aligner and training. */
import type { Quantity } from './extract-quantities.ts';
import type { DateMention } from './extract-dates.ts';

/** A quantifier class: what share of a group a sentence speaks of. */
export type QuantifierClass = 'none' | 'only' | 'all' | 'some' | 'many' | 'few';

/** A marked word with its token index. */
export interface Marked<T = string> {
  index: number;
  word: string;
  value: T;
}

/** Plain JSON-serialisable analysis of one sentence. */
export interface TextAnalysis {
  version: number;
  text: string;
  /** Lower-case surface tokens. */
  words: string[];
  /** Lemmas (lower case). */
  lemmas: string[];
  /** Match keys: Porter stem of the lemma, with a few spelling variants folded ("US" → "u.s."). */
  keys: string[];
  /** Universal POS tags from wink-nlp. */
  pos: string[];
  /** 1 when the token lies in the scope of a negation within its clause, else 0. */
  negated: number[];
  /** Clause number of each token (commas, semicolons and clause-linking words start a new one). */
  clause: number[];
  /** 1 when the token was capitalised in the text. */
  caps: number[];
  /** Indices of content tokens (nouns, names, verbs, adjectives, numbers, content adverbs). */
  content: number[];
  /** Proper-name spans [start, end) with their key (lower-case words joined by space). */
  names: { start: number; end: number; key: string }[];
  /** Index of the main predicate (first non-reporting verb), -1 when none. */
  predicate: number;
  quantities: Quantity[];
  dates: DateMention[];
  /** Negation cue words ("not", "no", "never", "none", "without", "deny"…). */
  negations: Marked<string>[];
  /** Hedges ("may", "possible", "reportedly") with value -1, boosters ("definitely", "beyond doubt") with +1. */
  certainty: Marked<number>[];
  quantifiers: Marked<QuantifierClass>[];
  /** Comparatives with their direction: +1 more/higher/increase, -1 less/lower/decrease. */
  comparatives: Marked<number>[];
  /** Who the sentence attributes its statement to, if anyone. */
  attribution: { source: string | null; verb: string; start: number; end: number } | null;
  /** Whom or where it was said to, if named: "told Fox News", "in an interview with CNN". */
  venue: { key: string; start: number; end: number } | null;
}
