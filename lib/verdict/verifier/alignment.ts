/** The result of aligning a claim with one evidence sentence: token links, conflicts and the counts features use. */

/** How one claim token met an evidence token. */
export interface TokenLink {
  claim: number;
  evidence: number;
  via: 'same' | 'synonym' | 'related';
}

/** One conflict between the claim and the evidence, in words a reader can check. */
export interface Conflict {
  kind:
    | 'negation'
    | 'antonym'
    | 'comparative'
    | 'number'
    | 'date'
    | 'actor'
    | 'target'
    | 'substitution'
    | 'scope'
    | 'certainty'
    | 'attribution';
  claimWords: string;
  evidenceWords: string;
  claimIndex: number[];
  evidenceIndex: number[];
  /** A scope conflict that is a plain contradiction ("none" against "some", "many", "all"): anchored as a hard one. */
  hard?: boolean;
  /** An attribution conflict about whom or where it was said ("told CNN" / "told Fox News"), not who said it. */
  venue?: boolean;
  /**
   * How firmly the conflict sits on what the claim and the sentence share (0–1): the aligned share of the content words
   * around it in the evidence, and whether it is near the word aligned with the claim's predicate. A conflict in a
   * clause about something else scores low and should not decide.
   */
  anchor?: number;
}

/** Everything the features and the reason are built from. */
export interface Alignment {
  links: TokenLink[];
  /** Claim content tokens nothing in the evidence covers, with their weight. */
  unmatched: number[];
  conflicts: Conflict[];
  /** Weighted share of claim content covered (0–1). */
  coverage: number;
  coverageSame: number;
  coverageSynonym: number;
  /** Share of evidence content tokens no claim token aligns with. */
  evidenceExtra: number;
  namesCovered: number;
  namesMissing: number;
  predicateAligned: number;
  longestRun: number;
  numbersMatched: number;
  numbersConflicting: number;
  numbersMissing: number;
  datesMatched: number;
  datesConflicting: number;
  datesMissing: number;
  negationMismatch: number;
  negationPredicate: number;
  antonyms: number;
  comparativeReversed: number;
  quantifierConflict: number;
  quantifierClaimOnly: number;
  quantifierEvidenceOnly: number;
  certaintyClaimStronger: number;
  certaintyClaimWeaker: number;
  /** One side hedged, the other boosted ("definitely" vs "it's possible"): a real change of certainty. */
  certaintyOpposed: number;
  attributionConflict: number;
  attributionClaimOnly: number;
  attributionMatch: number;
  nameSubstitutions: number;
  slotSubstitutions: number;
  claimContent: number;
  evidenceContent: number;
  /** Claim content covered, each word weighted by its news-English rarity (FNC-1 document frequency). */
  rareCoverage: number;
  /** Rarity (0–1) of the rarest claim content word nothing covers. */
  rareUncoveredMax: number;
  /** How the claim's predicate is covered: 0 not, 0.5 by a related word, 1 by the same word or a synonym. */
  predicateCover: number;
  /** Highest anchor of a negation, antonym, number, date, actor, target or comparative conflict (0 when none). */
  hardAnchored: number;
  /** Highest anchor of a scope, certainty, attribution or other-word conflict (0 when none). */
  softAnchored: number;
  /**
   * Highest anchor of a conflict a reader can check on both sides (not a claim word the evidence merely lacks, such as
   * "only"): what the document gates let a contradiction rest on. Not a model feature.
   */
  checkableAnchored: number;
  /** Conflicts whose anchor is below one half (about something else). */
  unanchoredConflicts: number;
}
