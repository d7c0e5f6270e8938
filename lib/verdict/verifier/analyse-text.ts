import { stemmer } from 'stemmer';
import { getWink } from './wink-instance.ts';
import { extractQuantities } from './extract-quantities.ts';
import { extractDates } from './extract-dates.ts';
import type { Marked, QuantifierClass, TextAnalysis } from './text-analysis.ts';
import { BOOSTERS, CLAUSE_WORDS, CONTENT_POS, HEDGES, KEY_FOLD, NEGATION_CUES, NOT_NAMES, REPORTING, STOP } from './word-lists.ts';
import { COMPARATIVES, QUANTIFIERS } from './scale-words.ts';
import { findAttribution, findVenue } from './find-attribution.ts';
import { describesNoun } from './describes-noun.ts';

/** The analysis types, re-exported so importers of `analyseText` keep one import. */
export type { Marked, QuantifierClass, TextAnalysis } from './text-analysis.ts';

/**
 * Sentence analysis for the verifier: tokens, lemmas, POS, clause-scoped negation, names, quantities, dates, hedges,
 * quantifiers, comparatives and attribution. Runs once per sentence (wink-nlp parse, ~100–200 µs); the result is plain
 * JSON so it can be stored beside a corpus sentence and reused for every claim.
 */

/** Bump when `analyseText` changes: stored analyses of an older version must be recomputed. */
// 2: page words are looked up in Maps ("constructor", "__proto__" no longer reach Object.prototype)
// 3: "U.S." has its own match key (it shared "use"'s stem); "prohibit"/"forbid" are negation cues; a "not" wink
//    leaves unscoped negates the rest of its clause
// 4: a participle before a noun ("leading companies") is not the main predicate; "or both" is no quantifier
// 5: `venue`, whom or where the statement was made to ("told Fox News", "in an interview with CNN")
export const ANALYSIS_VERSION = 5;

/** Match key of a lemma: its folded spelling, else its Porter stem (never folded: the stem of "use" is "us"). */
export function matchKey(lemma: string): string {
  return KEY_FOLD.get(lemma) ?? stemmer(lemma);
}

/** Analyses one sentence. `context.date` is the page's ISO date, used to resolve relative dates. */
export function analyseText(text: string, context?: { date?: string | null }): TextAnalysis {
  const nlp = getWink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const toks = doc.tokens();
  const surf = toks.out() as string[];
  const posRaw = toks.out(its.pos) as string[];
  const lemRaw = toks.out(its.lemma as unknown as typeof its.pos) as string[];
  const negRaw = toks.out(its.negationFlag as unknown as typeof its.pos) as unknown as boolean[];
  const words: string[] = [];
  const lemmas: string[] = [];
  const pos: string[] = [];
  const negated: number[] = [];
  const caps: number[] = [];
  for (let i = 0; i < surf.length; i++) {
    const s = surf[i] ?? '';
    const w = s.toLowerCase().replace(/[’‘]/g, "'");
    words.push(w);
    lemmas.push((lemRaw[i] ?? w).toLowerCase());
    let p = posRaw[i] ?? 'X';
    if (p === 'PROPN' && NOT_NAMES.has(w)) p = w === 'specific' ? 'ADJ' : 'DET';
    pos.push(p);
    negated.push(negRaw[i] ? 1 : 0);
    caps.push(/^[A-Z]/.test(s) ? 1 : 0);
  }
  const keys = lemmas.map((l) => matchKey(l));
  // clauses
  const clause: number[] = [];
  let c = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (pos[i] === 'PUNCT' && /^[,;:—–()"“”-]$/.test(w)) c++;
    else if (CLAUSE_WORDS.has(w) && i > 0) c++;
    clause.push(c);
  }
  // negation cues: wink already scopes "not"/"n't"/"never"/"no"; add quantifier/verb cues with clause scope
  const negations: Marked<string>[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const lw = lemmas[i] ?? '';
    if (NEGATION_CUES.has(w) || NEGATION_CUES.has(lw)) {
      negations.push({ index: i, word: w, value: lw });
      // wink scopes "not", "n't", "no" and "never" itself, but not always ("users may not use"): where it marked
      // nothing after the cue, the cue negates the rest of its clause like the others
      const winkScoped = ['not', "n't", 'no', 'never'].includes(w) && negated[i + 1] === 1;
      if (!winkScoped) {
        for (let j = i + 1; j < words.length && clause[j] === clause[i]; j++) negated[j] = 1;
      }
    }
  }
  const content: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const p = pos[i] ?? '';
    const l = lemmas[i] ?? '';
    if (!CONTENT_POS.has(p) || STOP.has(l) || STOP.has(words[i] ?? '')) continue;
    if (!/[a-z0-9]/.test(words[i] ?? '')) continue;
    if (p === 'ADV' && !/ly$/.test(words[i] ?? '') && !COMPARATIVES.has(words[i] ?? '')) continue;
    content.push(i);
  }
  const names: { start: number; end: number; key: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (pos[i] !== 'PROPN') continue;
    let j = i;
    while (j < words.length && (pos[j] === 'PROPN' || (words[j] === 'of' && pos[j + 1] === 'PROPN' && j > i))) j++;
    names.push({
      start: i,
      end: j,
      key: keys
        .slice(i, j)
        .filter((k, n) => words[i + n] !== 'of' || k)
        .join(' '),
    });
    i = j - 1;
  }
  let predicate = -1;
  for (let i = 0; i < words.length; i++) {
    // a participle before a noun describes it ("leading companies"): not what the sentence says happened
    if (pos[i] === 'VERB' && !REPORTING.has(lemmas[i] ?? '') && !describesNoun(words, pos, i)) {
      predicate = i;
      break;
    }
  }
  if (predicate < 0) predicate = pos.findIndex((p) => p === 'VERB');
  const certainty: Marked<number>[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (HEDGES.has(w) && !(w === 'may' && caps[i])) certainty.push({ index: i, word: w, value: -1 });
    else if (BOOSTERS.has(w)) {
      // "beyond doubt", "no doubt", "in fact": only as phrases
      if ((w === 'doubt' && !['beyond', 'no', 'without'].includes(words[i - 1] ?? '')) || (w === 'fact' && words[i - 1] !== 'in')) continue;
      if (w === 'certain' && words[i + 1] !== 'that' && words[i - 1] !== 'is' && words[i - 1] !== 'was') continue;
      certainty.push({ index: i, word: w === 'doubt' ? `${words[i - 1] ?? ''} doubt` : w, value: 1 });
    }
  }
  const quantifiers: Marked<QuantifierClass>[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const q = QUANTIFIERS.get(w);
    if (!q) continue;
    if (w === 'certain' && pos[i + 1] !== 'NOUN' && pos[i + 1] !== 'ADJ') continue;
    if (w === 'just' && pos[i + 1] === 'VERB') continue;
    // "X, Y, or both" closes a list: it says nothing of how many the sentence is about
    if (w === 'both' && (words[i - 1] === 'or' || words[i - 1] === 'and') && !/^(?:NOUN|PROPN|ADJ|DET)$/.test(pos[i + 1] ?? '')) continue;
    if (w === 'no' && words[i + 1] === 'longer') continue;
    quantifiers.push({ index: i, word: w, value: q });
  }
  const comparatives: Marked<number>[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const d = COMPARATIVES.get(w);
    if (d === undefined) continue;
    if ((w === 'over' || w === 'up' || w === 'down' || w === 'under') && pos[i] === 'ADP' && pos[i + 1] !== 'NUM' && words[i + 1] !== '$')
      continue;
    comparatives.push({ index: i, word: w, value: d });
  }
  const attribution = findAttribution(words, lemmas, pos, names);
  return {
    version: ANALYSIS_VERSION,
    text,
    words,
    lemmas,
    keys,
    pos,
    negated,
    clause,
    caps,
    content,
    names,
    predicate,
    quantities: extractQuantities(words, lemmas),
    dates: extractDates(
      words,
      caps.map((x) => x === 1),
      context?.date ?? null,
    ),
    negations,
    certainty,
    quantifiers,
    comparatives,
    attribution,
    venue: findVenue(words, lemmas, names),
  };
}
