import { looksLikeHeading } from '../extract/article-from-text';
import { splitSentences } from '../text/split-sentences';
import { tokenizeWords, type Token } from '../text/tokenize';
import type { Article } from '../types';

/** Fewer words than this is a fragment or a label, not a checkable statement. */
const MIN_CLAIM_WORDS = 6;
/** Fewer content terms than this leaves nothing to check ("It was a good day for all of us."). */
const MIN_CLAIM_TERMS = 3;
/** Two sentences sharing this share of their terms repeat one statement (summary boxes, key takeaways). */
const DUPLICATE_OVERLAP = 0.8;

/** Sentences that are captions, bylines, credits or calls to action rather than statements of fact. */
const NOT_A_STATEMENT: readonly RegExp[] = [
  /^(written by|reporting by|edited by|photo|image|illustration|video|source|credit|caption|file photo)\b[\s:]/i,
  // a byline names people and stops ("By Tom Okafor, Technology Reporter"); "By DeepSeek's own account, …" and
  // "By 2030, …" open statements
  /^[Bb]y\s+\p{Lu}[\p{L}.-]*(\s+\p{Lu}[\p{L}.-]*)*\s*(,\s*\p{Lu}[^.!]*|\s(and|&)\s[^.!]*|\s*[|·•–—-][^.!]*)?$/u,
  /\((getty images|reuters|ap photo|afp)[^)]*\)\s*$/i,
  /^(click|tap|subscribe|sign up|follow|share|download|watch|listen|read)\b/i,
  /\b(cookies?|newsletter|privacy policy|terms and conditions|all rights reserved)\b/i,
  /^(updated|published|posted|last updated)\b/i,
  // contact details ("Contact Tom Okafor at tokafor@example.com or follow him on Bluesky")
  /[\w.+-]+@[\w-]+\.[\w.-]*\w/,
];

/** A statement has a finite verb; this catches the common ones without a part-of-speech tagger. */
const HAS_VERB =
  /\b(is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|says?|said|told|according)\b|\b\w{3,}(ed|es|s|ing)\b/i;

/** Words of a sentence, as a reader counts them. */
function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whether a sentence is a check-worthy statement: facts, figures, attributed statements, quotes with content. */
export function isCheckWorthy(sentence: string): boolean {
  return isStatement(sentence) && new Set(tokenizeWords(sentence).map((t) => t.term)).size >= MIN_CLAIM_TERMS;
}

/** The checks of `isCheckWorthy` that need no tokens (cheap, and most rejected sentences fail one). */
function isStatement(sentence: string): boolean {
  if (wordCount(sentence) < MIN_CLAIM_WORDS) return false;
  if (/\?["”']?$/.test(sentence)) return false;
  if (looksLikeHeading(sentence) && !/[.!]["”'’)]?$/.test(sentence) && wordCount(sentence) < 25) return false;
  if (NOT_A_STATEMENT.some((pattern) => pattern.test(sentence))) return false;
  // A sentence closed by a full stop states something; an unpunctuated line needs a verb to be more than a label.
  return /[.!]["”'’)]?$/.test(sentence) || HAS_VERB.test(sentence);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  // Relative to the larger sentence: a short summary bullet must not swallow the full sentence it summarises.
  return shared / Math.max(1, a.size, b.size);
}

/** Claims compared for repeats: a summary box repeats the article within a few dozen statements, and an unbounded
 * comparison is quadratic on a page of thousands of sentences. */
const DUPLICATE_WINDOW = 200;

/** The page's claims up to a limit, and how many check-worthy sentences it has in all. */
export interface ClaimSplit {
  claims: string[];
  /** Each claim's content tokens (`tokenizeWords`), read once here for the checker too. */
  tokens: Token[][];
  /** Check-worthy sentences on the page; past the limit repeats are no longer looked for, so this may count a few twice. */
  total: number;
}

/** The article's check-worthy sentences in page order, repeats (summary boxes, takeaways) dropped. */
export function splitClaims(article: Pick<Article, 'paragraphs'>, limit = Number.POSITIVE_INFINITY): ClaimSplit {
  const claims: string[] = [];
  const tokens: Token[][] = [];
  const seen: Array<ReadonlySet<string>> = [];
  const exact = new Set<string>();
  let total = 0;
  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      if (!isStatement(sentence)) continue;
      const words = tokenizeWords(sentence);
      const terms = new Set(words.map((t) => t.term));
      if (terms.size < MIN_CLAIM_TERMS) continue;
      if (claims.length >= limit) {
        total++;
        continue;
      }
      const key = [...terms].sort().join(' ');
      if (exact.has(key)) continue;
      if (seen.some((earlier) => overlap(terms, earlier) >= DUPLICATE_OVERLAP)) continue;
      exact.add(key);
      seen.push(terms);
      if (seen.length > DUPLICATE_WINDOW) seen.shift();
      claims.push(sentence);
      tokens.push(words);
      total++;
    }
  }
  return { claims, tokens, total };
}
