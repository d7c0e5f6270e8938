/**
 * Word lists that signal how a text positions itself towards a claim. Matched on stemmed tokens
 * (see tokenize.ts), so each entry is written as a plain word or phrase and stemmed once here.
 */
import { rawTokens, stem } from './stance-tokens.ts';

/** Names of the cue groups, in feature order. */
export const CUE_GROUPS = ['refute', 'negation', 'hedge', 'support'] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

const RAW_CUES: Record<CueGroup, string[]> = {
  // Words that debunk: the FNC-1 baseline's refuting list, extended with what fact-checkers write.
  refute: [
    'fake',
    'fraud',
    'hoax',
    'false',
    'deny',
    'denies',
    'denied',
    'despite',
    'nope',
    'doubt',
    'doubts',
    'bogus',
    'debunk',
    'debunked',
    'debunks',
    'prank',
    'pranks',
    'retract',
    'retracted',
    'untrue',
    'myth',
    'satire',
    'satirical',
    'fabricated',
    'phony',
    'misleading',
    'incorrect',
    'wrong',
    'refute',
    'refuted',
    'dismissed',
    'baseless',
    'lie',
    'lies',
    'scam',
    'rumour mill',
    'no evidence',
    'not true',
    'not real',
    'no truth',
    'made up',
    'turned out',
    'is not',
    'was not',
    'did not',
    'has not',
    'never happened',
    'spoof',
    'parody',
    'photoshopped',
    'doctored',
    'unfounded',
    'debunking',
    'falsely',
    'erroneous',
  ],
  // Plain negation, kept apart from refuting words: it also appears in bodies that agree.
  negation: [
    'not',
    'no',
    'never',
    "n't",
    "don't",
    "didn't",
    "doesn't",
    "isn't",
    "wasn't",
    "aren't",
    "won't",
    'none',
    'nobody',
    'nothing',
    'neither',
    'nor',
    'without',
  ],
  // Hedging: the body reports the claim without vouching for it (FNC-1 "discuss").
  hedge: [
    'alleged',
    'allegedly',
    'reportedly',
    'reported',
    'claim',
    'claims',
    'claimed',
    'according to',
    'apparently',
    'purportedly',
    'rumor',
    'rumour',
    'rumors',
    'rumored',
    'may',
    'might',
    'could',
    'possibly',
    'unconfirmed',
    'unverified',
    'suggest',
    'suggests',
    'speculation',
    'speculate',
    'believed',
    'supposedly',
    'appears',
    'seems',
    'may have',
    'said to',
    'it is unclear',
    'not clear',
    'unclear',
    'sources',
    'purported',
    'if true',
    'would',
  ],
  // Vouching: the body states the claim as fact or cites its confirmation.
  support: [
    'confirmed',
    'confirms',
    'confirm',
    'announced',
    'officially',
    'revealed',
    'proved',
    'proven',
    'verified',
    'indeed',
    'actually',
    'true',
    'real',
    'evidence shows',
    'statement',
    'official',
  ],
};

/** Each group's cues as stemmed token sequences (single words are one-element sequences). */
export const CUES: Record<CueGroup, string[][]> = Object.fromEntries(
  CUE_GROUPS.map((g) => [g, RAW_CUES[g].map((c) => rawTokens(c).map(stem))]),
) as Record<CueGroup, string[][]>;

// First token → the cues starting with it, so counting is one map lookup per token.
const CUE_INDEX = new Map<string, { group: number; cue: string[] }[]>();
CUE_GROUPS.forEach((g, group) => {
  for (const cue of CUES[g]) {
    const list = CUE_INDEX.get(cue[0]!) ?? [];
    list.push({ group, cue });
    CUE_INDEX.set(cue[0]!, list);
  }
});

/** Counts each cue group (in CUE_GROUPS order) in a stemmed token sequence that still has its stopwords, so phrases match. */
export function countCues(stemmed: readonly string[]): number[] {
  const counts = CUE_GROUPS.map(() => 0);
  for (let i = 0; i < stemmed.length; i++) {
    const list = CUE_INDEX.get(stemmed[i]!);
    if (!list) continue;
    for (const { group, cue } of list) {
      let ok = i + cue.length <= stemmed.length;
      for (let k = 1; ok && k < cue.length; k++) ok = stemmed[i + k] === cue[k];
      if (ok) counts[group]!++;
    }
  }
  return counts;
}
