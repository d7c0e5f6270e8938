import { stemmer } from 'stemmer';
import { normalizeText } from './normalize-text';

/**
 * Content-word tokens for matching: lower-cased, Porter-stemmed, stop words removed, and a small
 * news-domain thesaurus folded in so that outlets' different wordings of one fact meet
 * ("U.S." = "US" = "American", "application programming interface" = "API").
 */

/**
 * Version of what `tokenize` returns. Bump it with any change to the phrases, synonyms, stop words or stemming:
 * stored terms of an older version are then recomputed instead of silently mismatching.
 */
export const TOKENIZER_VERSION = 3;

/** Multi-word names and phrases rewritten to one token before splitting. Order matters: longest first. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpeople'?s republic of china\b/g, ' china '],
  [/\bapplication programming interfaces?\b/g, ' api '],
  [/\bartificial intelligence\b/g, ' ai '],
  [/\bu\.\s?s\.(?=\s|$|[,;:)])/g, ' us '],
  [/\bu\.\s?s\.\s?a\.?/g, ' us '],
  [/\bunited states\b/g, ' us '],
  [/\bu\.\s?k\.(?=\s|$|[,;:)])/g, ' uk '],
  [/\bterms of (service|use)\b/g, ' terms '],
  [/\bintellectual property\b/g, ' ip '],
  [/\bwhite house\b/g, ' whitehouse '],
  [/\bnew york times\b/g, ' nytimes '],
  [/\bapp store\b/g, ' appstore '],
  [/\bwork(ing|ed|s)? closely with\b/g, ' cooper '],
  // What something costs its buyers ("priced way below") and what it cost to make ("a fraction of the cost") are
  // different facts: two terms.
  [/\bprice[ds]? (way |far |well )?(below|under)\b/g, ' cheap '],
  [/\b(a )?fraction of the (cost|price)\b/g, ' lowcost '],
  [/\b(much |far )?low(er)?[- ](training |development )?costs?\b/g, ' lowcost '],
  [/\b(significantly |much |far )?less (cost|money)\b/g, ' lowcost '],
];

/**
 * Stems folded onto one representative: synonyms as news outlets use them for this kind of story. A Map, not an
 * object: page words are keys, and "constructor" must not find Object's prototype.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['prc', 'china'],
  ['chines', 'china'],
  ['beij', 'china'],
  ['american', 'us'],
  ['america', 'us'],
  ['collabor', 'cooper'],
  ['cooperation', 'cooper'],
  ['cooper', 'cooper'],
  ['partner', 'cooper'],
  ['reproduc', 'replic'],
  ['replic', 'replic'],
  ['copi', 'copi'],
  ['clone', 'copi'],
  ['mimic', 'copi'],
  ['safeguard', 'protect'],
  ['defend', 'protect'],
  ['secur', 'protect'],
  ['forbid', 'prohibit'],
  ['prohibit', 'prohibit'],
  ['bar', 'prohibit'],
  ['disallow', 'prohibit'],
  ['stolen', 'steal'],
  ['stole', 'steal'],
  ['theft', 'steal'],
  ['thief', 'steal'],
  ['afford', 'cheap'],
  ['inexpens', 'cheap'],
  ['cheaper', 'cheap'],
  ['probe', 'investig'],
  ['investig', 'investig'],
  ['review', 'investig'],
  ['examin', 'investig'],
  ['startup', 'compani'],
  ['firm', 'compani'],
  ['compani', 'compani'],
  ['lab', 'compani'],
  ['outperform', 'overtak'],
  ['overtook', 'overtak'],
  ['overtaken', 'overtak'],
  ['surpass', 'overtak'],
  ['top', 'overtak'],
  ['advis', 'advis'],
  ['advisor', 'advis'],
  ['adviser', 'advis'],
  ['czar', 'advis'],
  ['develop', 'build'],
  ['built', 'build'],
  ['build', 'build'],
  ['creat', 'build'],
  ['made', 'build'],
  ['make', 'build'],
  ['chip', 'hardwar'],
  ['hardwar', 'hardwar'],
  ['gpu', 'hardwar'],
  ['result', 'output'],
  ['output', 'output'],
  ['chatbot', 'chatbot'],
  ['assist', 'chatbot'],
  ['accus', 'accus'],
  ['alleg', 'accus'],
  ['notifi', 'notifi'],
  ['inform', 'notifi'],
  ['alert', 'notifi'],
  ['told', 'notifi'],
  ['warn', 'notifi'],
  ['distil', 'distil'],
  ['distillation', 'distil'],
  ['cyberattack', 'attack'],
  ['hack', 'attack'],
  ['lawsuit', 'su'],
  ['sue', 'su'],
  ['su', 'su'],
  ['possibl', 'possibl'],
  ['possibli', 'possibl'],
  ['stock', 'share'],
  ['plummet', 'fall'],
  ['plung', 'fall'],
  ['drop', 'fall'],
  ['hammer', 'fall'],
  ['tumbl', 'fall'],
  ['slump', 'fall'],
  ['wipe', 'fall'],
  ['loss', 'fall'],
  ['lost', 'fall'],
]);

/** Function words and words every article of any story uses; they carry no claim content. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below between both but by
  can cannot could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just let me more most my myself no nor not of off on once only or other ought our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these they this those through to too under
  until up very was we were what when where which while who whom why with would you your yours yourself yourselves will shall may might
  must said says say according told tell also however including include includes like well even still yet one two new recent recently
  already currently now this week year years today tuesday wednesday monday thursday friday saturday sunday mr ms per via whether
  such within without among amid upon onto across around since ever much many lot lots way`.split(/\s+/),
);

/** Stems too generic to show that two sentences state the same thing. */
const WEAK_STEMS: ReadonlySet<string> = new Set(['compani', 'build', 'us', 'ai', 'model', 'use', 'technolog', 'output']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}_'’-]*/gu;

/** Words already stemmed: a corpus has tens of thousands of distinct words and millions of occurrences. */
const termCache = new Map<string, string | null>();
/** Past this many distinct words the cache starts over, so a huge corpus cannot grow it without bound. */
const MAX_CACHED_TERMS = 200_000;

/** The stem a single word folds onto, or null for a stop word. */
export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  if (termCache.size >= MAX_CACHED_TERMS) termCache.clear();
  const term = computeTerm(word);
  termCache.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const bare = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (bare.length < 2 || STOP_WORDS.has(bare)) return null;
  const stem = /^\d/.test(bare) ? bare : stemmer(bare);
  return SYNONYMS.get(stem) ?? SYNONYMS.get(bare) ?? stem;
}

/** A content term and the word it was read from. */
export interface Token {
  term: string;
  word: string;
}

// Case-insensitive on the original text so that display words keep their capitals; one combined pattern first,
// because most sentences contain none of the phrases.
const PHRASE_REWRITES = PHRASES.map(([pattern, replacement]) => [new RegExp(pattern.source, 'gi'), replacement.trim()] as const);
const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'i');

/**
 * Runs the phrase rewrites; each phrase becomes one word `term_original_words`. The page's own underscores are word
 * separators first ("__proto__" is the word "proto"), so every underscore left marks a rewritten phrase.
 */
function rewritePhrases(text: string): string {
  const prepared = ` ${normalizeText(text).replaceAll('_', ' ')} `;
  if (!ANY_PHRASE.test(prepared)) return prepared;
  let rewritten = prepared;
  for (const [pattern, replacement] of PHRASE_REWRITES) {
    rewritten = rewritten.replace(pattern, (phrase) => ` ${replacement}_${phrase.replace(/\W+/g, '_')} `);
  }
  return rewritten;
}

/** Calls `emit` for each content term of a text with the word it was read from. */
function eachTerm(text: string, emit: (term: string, word: string) => void): void {
  for (const match of rewritePhrases(text).matchAll(WORD)) {
    const raw = match[0];
    const underscore = raw.indexOf('_');
    if (underscore > 0 && /^[a-z]+$/.test(raw.slice(0, underscore))) {
      emit(
        raw.slice(0, underscore),
        raw
          .slice(underscore + 1)
          .replace(/_+/g, ' ')
          .trim(),
      );
      continue;
    }
    if (raw.includes('-')) {
      for (const part of raw.split('-')) {
        const term = termOf(part);
        if (term) emit(term, part);
      }
      continue;
    }
    const term = termOf(raw);
    if (term) emit(term, raw);
  }
}

/** Content tokens of a text, in order, with repeats; each keeps the word as written for display. */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  eachTerm(text, (term, word) => tokens.push({ term, word }));
  return tokens;
}

/** Content terms of a text, in order, with repeats. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  eachTerm(text, (term) => terms.push(term));
  return terms;
}

/** Whether a term is too generic to count as shared content on its own. */
export function isWeakTerm(term: string): boolean {
  return WEAK_STEMS.has(term);
}
