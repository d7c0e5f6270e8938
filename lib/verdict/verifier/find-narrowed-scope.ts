/** Finds a claim's "only" group that the evidence states more widely ("only state-owned banks" / "banks"). */
import type { TextAnalysis } from './analyse-text.ts';
import type { TokenLink } from './alignment.ts';

/** Word classes a group's phrase is made of after "only" ("state-owned Chinese companies", "Smith"). */
const GROUP_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Words that join a group to another in a list ("Smith and Jones", "banks, insurers"). */
const LIST_JOINS = new Set(['and', ',', '&']);

/** Claim indices of the phrase "only" restricts, and its head (the last noun or name), or null when it restricts no group. */
function groupAfter(claim: TextAnalysis, io: number): { words: number[]; head: number } | null {
  const words: number[] = [];
  let k = io + 1;
  if (claim.pos[k] === 'DET') k++;
  for (; k < claim.words.length; k++) {
    const w = claim.words[k] ?? '';
    const pos = claim.pos[k] ?? '';
    // the tagger reads a hyphenated modifier's parts as verbs ("state-owned"): they stay in the phrase
    const hyphenated = w === '-' || claim.words[k + 1] === '-' || claim.words[k - 1] === '-';
    if (!GROUP_POS.has(pos) && !hyphenated) break;
    words.push(k);
  }
  let head = -1;
  for (const i of words) if (claim.pos[i] === 'NOUN' || claim.pos[i] === 'PROPN') head = i;
  return head >= 0 ? { words: words.filter((i) => i <= head), head } : null;
}

/** Words before a plural that pick out a particular or partial group ("its banks", "some banks", "these banks"). */
export const PICKING_WORDS: ReadonlySet<string> = new Set(
  'the a an this these those its their his her our my your some several few many most all no such'.split(' '),
);

/** Whether evidence word `j` is a plural noun whose phrase no determiner or possessive narrows ("Chinese companies"). */
function isBarePlural(evidence: TextAnalysis, j: number): boolean {
  const w = evidence.words[j] ?? '';
  if (evidence.pos[j] !== 'NOUN' || !w.endsWith('s') || evidence.lemmas[j] === w) return false;
  let k = j - 1;
  while (k >= 0 && (evidence.pos[k] === 'ADJ' || evidence.pos[k] === 'NOUN' || evidence.pos[k] === 'PROPN' || evidence.words[k] === '-'))
    k--;
  return k < 0 || (!PICKING_WORDS.has(evidence.words[k] ?? '') && evidence.pos[k] !== 'NUM' && evidence.words[k] !== "'s");
}

/**
 * Whether a word of the group before its head narrows it and the evidence has nothing of it: a content word, or a
 * hyphenated compound none of whose parts is aligned ("state-owned", which the tagger reads as two verbs).
 */
function hasNarrowingWord(
  claim: TextAnalysis,
  group: { words: number[]; head: number },
  claimLinked: Int32Array,
  sameWord: ReadonlySet<number>,
): boolean {
  const units: number[][] = [];
  for (const i of group.words) {
    if (i === group.head) break;
    const last = units[units.length - 1];
    if (last && (claim.words[i] === '-' || claim.words[i - 1] === '-')) last.push(i);
    else units.push([i]);
  }
  return units.some((unit) => {
    const parts = unit.filter((i) => claim.words[i] !== '-');
    // a compound's part linked by another word is a pun of the lexicon ("state-owned" / "claims"), not the compound
    if (parts.some((i) => (parts.length > 1 ? sameWord.has(i) : (claimLinked[i] ?? -1) >= 0))) return false;
    return parts.length > 1 || parts.some((i) => claim.content.includes(i));
  });
}

/** An evidence content word listed beside the evidence phrase around `j` and aligned with nothing in the claim, or -1. */
function listedSibling(evidence: TextAnalysis, j: number, evUsed: ReadonlySet<number>): number {
  const inPhrase = (k: number) => GROUP_POS.has(evidence.pos[k] ?? '') || evidence.words[k] === '-';
  let start = j;
  while (start > 0 && inPhrase(start - 1)) start--;
  let end = j;
  while (end + 1 < evidence.words.length && inPhrase(end + 1)) end++;
  const isOther = (k: number) => (evidence.pos[k] === 'NOUN' || evidence.pos[k] === 'PROPN') && !evUsed.has(k);
  if (LIST_JOINS.has(evidence.words[end + 1] ?? '')) {
    // "Chinese companies and other entities": the next phrase's head
    let k = end + 2;
    while (k < evidence.words.length && (evidence.pos[k] === 'DET' || evidence.pos[k] === 'ADJ')) k++;
    while (k + 1 < evidence.words.length && inPhrase(k + 1) && evidence.pos[k + 1] !== 'ADJ') k++;
    if (isOther(k)) return k;
  }
  if (LIST_JOINS.has(evidence.words[start - 1] ?? '') && isOther(start - 2)) return start - 2;
  return -1;
}

/** A claim's "only" group the evidence states more widely, in words a reader can check. */
export interface NarrowedScope {
  /** "only state-owned chinese companies" */
  claimWords: string;
  /** "companies", or "smith and jones" when the evidence lists others beside the group */
  evidenceWords: string;
  /** The evidence's words for the wider group, as the panel marks them in conflict. */
  evidenceMarks: string[];
}

/**
 * Narrowed scope: the claim says only a group did something ("only state-owned Chinese companies are obliged…") and
 * the evidence says it of a wider one — the group's head is aligned but a word narrowing it is not ("companies in the
 * PRC are required…"), or the evidence lists others beside it ("Smith and Jones"). The evidence then states otherwise,
 * not merely leaves the "only" out. Read from the alignment's links, outside the model's features (model v21 was
 * trained without it). Null when the evidence says "only" itself or no claim "only" restricts an aligned group.
 */
export function findNarrowedScope(claim: TextAnalysis, evidence: TextAnalysis, links: readonly TokenLink[]): NarrowedScope | null {
  if (evidence.quantifiers.some((q) => q.value === 'only')) return null;
  const claimLinked = new Int32Array(claim.words.length).fill(-1);
  const evUsed = new Set<number>();
  const sameWord = new Set<number>();
  for (const l of links) {
    claimLinked[l.claim] = l.evidence;
    evUsed.add(l.evidence);
    if (l.via === 'same') sameWord.add(l.claim);
  }
  for (const q of claim.quantifiers) {
    if (q.value !== 'only' || claim.words[q.index - 1] === 'not') continue;
    const group = groupAfter(claim, q.index);
    if (!group) continue;
    const j = claimLinked[group.head] ?? -1;
    if (j < 0) continue;
    // a wider group is a bare plural ("companies in the PRC are required"): "its data", "the largest investor" are no group
    const narrowing = isBarePlural(evidence, j) && hasNarrowingWord(claim, group, claimLinked, sameWord);
    const sibling = narrowing ? -1 : listedSibling(evidence, j, evUsed);
    if (!narrowing && sibling < 0) continue;
    const evidenceMarks = (sibling >= 0 ? [j, sibling] : [j]).map((k) => evidence.words[k] ?? '');
    return {
      claimWords: [q.index, ...group.words]
        .map((i) => claim.words[i] ?? '')
        .join(' ')
        .replace(/ - /g, '-'),
      evidenceWords: evidenceMarks.join(' and '),
      evidenceMarks,
    };
  }
  return null;
}
