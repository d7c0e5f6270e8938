import type { TextAnalysis } from './analyse-text.ts';

/** Why a sentence states nothing a claim could be checked against. */
export type StatesNothing = 'question' | 'heading';

/** What may follow a question's "?": closing quotes, brackets and spaces. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', ' ', '\n', '\t']);

/** Whether a sentence is a question (it ends in "?"): it asks, so it neither confirms nor contradicts anything. */
export function isQuestion(text: string): boolean {
  // A scan back from the end, not a regex anchored at $: this runs on every shortlisted sentence of a check.
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return text[i] === '?';
}

/** Share of capitalised content words above which a line is set in title case, where the tagger's verbs are unreliable. */
const TITLE_CASE = 0.6;

function endsLikeSentence(text: string): boolean {
  return /[.!…]["'”’»)\]]*\s*$/.test(text);
}

function hasVerb(a: TextAnalysis): boolean {
  return a.pos.some((p) => p === 'VERB' || p === 'AUX');
}

/**
 * Whether `evidence` states nothing `claim` could be checked against, and why: a question asks; a verbless heading
 * ("OpenAI's allegations of copyright infringement", no full stop) names a subject without saying anything of it, so
 * it cannot state a claim that has a verb. A title-case line is not judged verbless: the tagger reads its verbs as names.
 */
export function statesNothing(claim: TextAnalysis, evidence: TextAnalysis): StatesNothing | null {
  if (isQuestion(evidence.text)) return 'question';
  // A line that ends like a sentence is one, whatever the tagger says ("Big US banks use…" tags "use" a noun).
  if (hasVerb(evidence) || !hasVerb(claim) || endsLikeSentence(evidence.text)) return null;
  const capitalised = evidence.content.filter((i) => evidence.caps[i] === 1).length;
  if (evidence.content.length > 0 && capitalised / evidence.content.length > TITLE_CASE) return null;
  return 'heading';
}

/** The reason shown when the nearest sentence states nothing. */
export function statesNothingWhy(kind: StatesNothing): string {
  return kind === 'question'
    ? 'leaves out: the nearest sentence asks a question; it states nothing'
    : 'leaves out: the nearest sentence is a heading without a verb; it states nothing';
}
