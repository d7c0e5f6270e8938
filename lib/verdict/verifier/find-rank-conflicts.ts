/**
 * Another rank for the same thing: "the second-largest investor in OpenAI" against "OpenAI's largest investor". A
 * superlative is first unless an ordinal comes before it; two ranks of the same superlative of the same noun conflict.
 */
import type { Conflict } from './alignment.ts';
import type { TextAnalysis } from './text-analysis.ts';
import { range } from './find-pair-conflicts.ts';

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
  ['5th', 5],
]);

/** Superlatives that name the same rank ("largest", "biggest"), by a shared key. */
const SAME_SUPERLATIVE: ReadonlyMap<string, string> = new Map([
  ['largest', 'large'],
  ['biggest', 'large'],
  ['smallest', 'small'],
  ['highest', 'high'],
  ['lowest', 'low'],
  ['richest', 'rich'],
  ['oldest', 'old'],
  ['fastest', 'fast'],
  ['strongest', 'strong'],
]);

/** Tokens after a superlative in which its noun comes ("largest outside investor"). */
const NOUN_REACH = 3;

interface Rank {
  /** The superlative's token and the first token of the phrase (the ordinal, when there is one). */
  at: number;
  from: number;
  key: string;
  rank: number;
}

function ranks(a: TextAnalysis): Rank[] {
  const out: Rank[] = [];
  for (let i = 0; i < a.words.length; i++) {
    const key = SAME_SUPERLATIVE.get(a.words[i] ?? '');
    if (!key) continue;
    // "second-largest" comes as "second", "-", "largest"
    const before = a.words[i - 1] === '-' ? i - 2 : i - 1;
    const rank = ORDINALS.get(a.words[before] ?? '');
    out.push({ at: i, from: rank === undefined ? i : before, key, rank: rank ?? 1 });
  }
  return out;
}

/** The first noun after token `i` within reach, or -1. */
function nounAfter(a: TextAnalysis, i: number): number {
  for (let k = i + 1; k <= Math.min(a.words.length - 1, i + NOUN_REACH); k++) if (a.pos[k] === 'NOUN' || a.pos[k] === 'PROPN') return k;
  return -1;
}

/** Conflicts of kind 'number' for each superlative of an aligned noun that the two sentences rank differently. */
export function findRankConflicts(claim: TextAnalysis, evidence: TextAnalysis, claimLinked: Int32Array, conflicts: Conflict[]): void {
  const inEvidence = ranks(evidence);
  if (inEvidence.length === 0) return;
  for (const c of ranks(claim)) {
    const noun = nounAfter(claim, c.at);
    const linked = noun < 0 ? -1 : (claimLinked[noun] ?? -1);
    if (linked < 0) continue;
    const e = inEvidence.find((r) => r.key === c.key && nounAfter(evidence, r.at) === linked);
    if (!e || e.rank === c.rank) continue;
    // "second-largest" as written: the hyphen is a token of its own
    const span = (a: TextAnalysis, r: Rank) => a.words.slice(r.from, r.at + 1).join(r.at - r.from === 2 ? '' : ' ');
    conflicts.push({
      kind: 'number',
      claimWords: span(claim, c),
      evidenceWords: span(evidence, e),
      claimIndex: range(c.from, c.at + 1),
      evidenceIndex: range(e.from, e.at + 1),
    });
  }
}
