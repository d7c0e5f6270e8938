import { stemmer } from 'stemmer';
import { getWink } from './wink-instance.ts';
import { extractQuantities, type Quantity } from './extract-quantities.ts';
import { extractDates, type DateMention } from './extract-dates.ts';

/**
 * Sentence analysis for the verifier: tokens, lemmas, POS, clause-scoped negation, names, quantities, dates, hedges,
 * quantifiers, comparatives and attribution. Runs once per sentence (wink-nlp parse, ~100–200 µs); the result is plain
 * JSON so it can be stored beside a corpus sentence and reused for every claim.
 */

/** Bump when `analyseText` changes: stored analyses of an older version must be recomputed. */
// 2: page words are looked up in Maps ("constructor", "__proto__" no longer reach Object.prototype)
export const ANALYSIS_VERSION = 2;

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
  /** Match keys: Porter stem of the lemma, with a few spelling variants folded ("u.s." → "us"). */
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
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
/** Function words that wink may tag as content but carry no proposition of their own. */
const STOP = new Set([
  'be',
  'have',
  'do',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'also',
  'so',
  'very',
  'just',
  'then',
  'there',
  'here',
  'now',
  'even',
  'still',
  'however',
  'thus',
  'too',
  'as',
  'well',
  'such',
  'other',
  'not',
  "n't",
  'never',
  'no',
  'none',
  'only',
  'all',
  'some',
  'many',
  'more',
  'most',
  'less',
  'few',
  'much',
  'own',
  'which',
  'who',
  'that',
  'this',
  'these',
  'those',
  'it',
  'its',
  'their',
  'his',
  'her',
  'etc',
  'including',
  'include',
  'previously',
  'already',
  'currently',
  'yet',
  'again',
  'further',
  'get',
  'make',
  'become',
  'say',
  'tell',
  'according',
]);
const NEGATION_CUES = new Set([
  'not',
  "n't",
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
  'deny',
  'denied',
  'denies',
  'fail',
  'failed',
  'refuse',
  'refused',
  'reject',
  'rejected',
]);
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'possibly',
  'possible',
  'possibility',
  'reportedly',
  'allegedly',
  'alleged',
  'likely',
  'probably',
  'perhaps',
  'believed',
  'suspected',
  'suspect',
  'appear',
  'appears',
  'apparently',
  'seem',
  'seems',
  'suggest',
  'suggests',
  'indication',
  'indications',
  'potentially',
  'potential',
  'unconfirmed',
  'speculate',
  'rumoured',
  'rumored',
  'purportedly',
  'unclear',
]);
const BOOSTERS = new Set([
  'definitely',
  'certainly',
  'clearly',
  'undoubtedly',
  'indisputably',
  'proven',
  'proved',
  'confirmed',
  'established',
  'conclusively',
  'unquestionably',
  'surely',
  'doubt',
  'certain',
  'fact',
]);
const QUANTIFIERS: ReadonlyMap<string, QuantifierClass> = new Map(
  Object.entries({
    none: 'none',
    no: 'none',
    never: 'none',
    nobody: 'none',
    nothing: 'none',
    neither: 'none',
    only: 'only',
    solely: 'only',
    purely: 'only',
    exclusively: 'only',
    sole: 'only',
    just: 'only',
    alone: 'only',
    all: 'all',
    every: 'all',
    each: 'all',
    entire: 'all',
    always: 'all',
    whole: 'all',
    universally: 'all',
    some: 'some',
    several: 'some',
    certain: 'some',
    sometimes: 'some',
    occasionally: 'some',
    partly: 'some',
    partially: 'some',
    many: 'many',
    most: 'many',
    numerous: 'many',
    multiple: 'many',
    often: 'many',
    frequently: 'many',
    common: 'many',
    commonly: 'many',
    widely: 'many',
    usually: 'many',
    both: 'many',
    various: 'many',
    constantly: 'many',
    few: 'few',
    seldom: 'few',
    rarely: 'few',
    hardly: 'few',
    rare: 'few',
    scarcely: 'few',
  }),
);
const COMPARATIVES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    more: 1,
    higher: 1,
    larger: 1,
    bigger: 1,
    greater: 1,
    better: 1,
    faster: 1,
    above: 1,
    exceed: 1,
    exceeded: 1,
    increase: 1,
    increased: 1,
    rise: 1,
    rose: 1,
    risen: 1,
    up: 1,
    over: 1,
    most: 1,
    highest: 1,
    largest: 1,
    biggest: 1,
    costlier: 1,
    stronger: 1,
    longer: 1,
    older: 1,
    outperform: 1,
    outperformed: 1,
    ahead: 1,
    grow: 1,
    grew: 1,
    less: -1,
    fewer: -1,
    lower: -1,
    smaller: -1,
    worse: -1,
    slower: -1,
    below: -1,
    under: -1,
    cheaper: -1,
    decrease: -1,
    decreased: -1,
    fall: -1,
    fell: -1,
    drop: -1,
    dropped: -1,
    down: -1,
    least: -1,
    lowest: -1,
    smallest: -1,
    weaker: -1,
    shorter: -1,
    younger: -1,
    trail: -1,
    trailed: -1,
    behind: -1,
    shrink: -1,
    shrank: -1,
    decline: -1,
    declined: -1,
  }),
);
const REPORTING = new Set([
  'say',
  'tell',
  'claim',
  'state',
  'announce',
  'report',
  'write',
  'note',
  'add',
  'argue',
  'insist',
  'confirm',
  'allege',
  'accuse',
  'warn',
  'believe',
  'suggest',
  'maintain',
  'assert',
  'contend',
  'explain',
]);
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'although',
  'though',
  'whereas',
  'because',
  'which',
  'who',
  'whom',
  'since',
  'unless',
  'if',
  'when',
  'after',
  'before',
  'rather',
  'yet',
]);
const KEY_FOLD: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'u.s.': 'us',
    'u.s': 'us',
    usa: 'us',
    'u.k.': 'uk',
    'u.n.': 'un',
    american: 'us',
    america: 'us',
    chines: 'china',
    prc: 'china',
    british: 'uk',
    britain: 'uk',
  }),
);
/** Words wink tags PROPN only because they open a sentence. */
const NOT_NAMES = new Set(['none', 'specific', 'many', 'some', 'all', 'most', 'several', 'only', 'it', 'in', 'the']);

/** Match key of a lemma: folded spelling, Porter stem. */
export function matchKey(lemma: string): string {
  const f = KEY_FOLD.get(lemma);
  if (f) return f;
  const s = stemmer(lemma);
  return KEY_FOLD.get(s) ?? s;
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
      if (!['not', "n't", 'no', 'never'].includes(w)) {
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
    if (pos[i] === 'VERB' && !REPORTING.has(lemmas[i] ?? '')) {
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
  };
}

/** "X said …", "…, X said", "according to X", "X told Y that": the source's name (or head noun) and the verb. */
function findAttribution(
  words: readonly string[],
  lemmas: readonly string[],
  pos: readonly string[],
  names: readonly { start: number; end: number; key: string }[],
): TextAnalysis['attribution'] {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'according' && words[i + 1] === 'to') {
      const n = names.find((x) => x.start >= i + 2 && x.start <= i + 4);
      if (n) return { source: n.key, verb: 'according to', start: n.start, end: n.end };
      const k = i + 2 + (words[i + 2] === 'the' || words[i + 2] === 'a' ? 1 : 0);
      if (pos[k] === 'NOUN') return { source: lemmas[k] ?? null, verb: 'according to', start: k, end: k + 1 };
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (pos[i] !== 'VERB' || !REPORTING.has(lemmas[i] ?? '')) continue;
    // subject before the verb: nearest name or noun within 4 tokens
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const n = names.find((x) => x.end - 1 === j);
      if (n) return { source: n.key, verb: lemmas[i] ?? '', start: n.start, end: n.end };
      if (pos[j] === 'NOUN') return { source: lemmas[j] ?? null, verb: lemmas[i] ?? '', start: j, end: j + 1 };
      if (pos[j] === 'PRON') return { source: null, verb: lemmas[i] ?? '', start: j, end: j + 1 };
      if (pos[j] === 'PUNCT') break;
    }
    // inverted: "…, said X"
    const n = names.find((x) => x.start === i + 1 || x.start === i + 2);
    if (n) return { source: n.key, verb: lemmas[i] ?? '', start: n.start, end: n.end };
    return { source: null, verb: lemmas[i] ?? '', start: i, end: i + 1 };
  }
  return null;
}
