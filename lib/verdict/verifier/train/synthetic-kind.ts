/** The kinds and shape of FactCC-style synthetic training pairs. */

/** What a synthetic pair was made by. */
export type SyntheticKind =
  | 'reword'
  | 'negation'
  | 'antonym'
  | 'comparative'
  | 'number'
  | 'date'
  | 'actor'
  | 'target'
  | 'scope'
  | 'certainty'
  | 'attribution'
  | 'same-story'
  | 'extra-detail';

/** Contradiction kinds, in the order. */
export const CONTRADICTION_KINDS: readonly SyntheticKind[] = [
  'negation',
  'antonym',
  'comparative',
  'number',
  'date',
  'actor',
  'target',
  'scope',
  'certainty',
  'attribution',
];

/** One generated claim against a document window of a real body. */
export interface SyntheticPair {
  claim: string;
  /** Sentences of the document window (real sentences of the body). */
  sentences: string[];
  /** Index in `sentences` of the sentence the pair was made from, or -1 for same-story pairs. */
  evidenceIndex: number;
  label: 'confirms' | 'contradicts' | 'leaves_out';
  kind: SyntheticKind;
  /** FNC-1 body id: the held-out split is by body. */
  group: string;
}
