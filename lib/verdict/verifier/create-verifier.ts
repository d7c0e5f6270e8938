import type { TextAnalysis } from './analyse-text.ts';
import type { Alignment, Conflict } from './align-pair.ts';
import { withStandIn } from './create-stand-in-lexicon.ts';
import { pairFeatures } from './pair-features.ts';
import { alignPair, sharesContent } from './align-pair.ts';
import { findNarrowedScope, type NarrowedScope } from './find-narrowed-scope.ts';
import { LABELS, modelLogits, softmax3, type VerifierLabel, type VerifierModel } from './verifier-model.ts';
import { statesNothing, statesNothingWhy } from './states-nothing.ts';
import { unstatedNegation } from './unstated-negation.ts';

/** Verdict on one claim × sentence pair. */
export interface PairVerdict {
  label: VerifierLabel;
  p: { confirms: number; contradicts: number; leaves_out: number };
  why: string;
  /** Evidence words aligned with the claim. */
  aligned: string[];
  /** Evidence words in conflict with the claim (the panel marks them). */
  conflicting: string[];
  /**
   * The claim's scope words ("only", "all", "none") the evidence does not state: a sentence without them does not
   * confirm the claim, whatever else it shares.
   */
  unstated: string[];
  /**
   * The kind of conflict the reason names when the verdict is not "confirms" and rests on one a reader can check in
   * both sentences (a date, a number, a negation…), else null: a sentence in such a conflict does not confirm.
   */
  conflictKind: Conflict['kind'] | null;
  /**
   * Whether a negation in either sentence sits in a clause holding words aligned with the other sentence: a "not"
   * about what both say, not one in a clause about something else ("…and claims she had no idea she was pregnant").
   */
  negationOnShared: boolean;
  /** Whether the claim states a number or a date the evidence does not state at all. */
  missingDetail: boolean;
  /** The claim's "only" group when the evidence states it more widely ("only state-owned banks" / "banks"), else null. */
  narrowed: NarrowedScope | null;
}

/** Verdict on one claim × document; `evidenceIndex` is the candidate sentence it rests on. */
export interface DocumentVerdict extends PairVerdict {
  evidenceIndex: number | null;
}

/** Decides claims against sentences and documents. */
export interface Verifier {
  verifyPair(
    claim: TextAnalysis,
    evidence: TextAnalysis,
    context?: { title?: TextAnalysis; neighbours?: readonly TextAnalysis[] },
  ): PairVerdict;
  verifyDocument(claim: TextAnalysis, candidates: readonly TextAnalysis[], context?: { title?: TextAnalysis }): DocumentVerdict;
  /**
   * `verifyDocument`'s verdict when it is "contradicts", else null — without running the model when no candidate has
   * a conflict anchored enough to contradict (most documents), for callers that act only on a contradiction.
   */
  findContradiction(claim: TextAnalysis, candidates: readonly TextAnalysis[], context?: { title?: TextAnalysis }): DocumentVerdict | null;
  /** The claim's "not" ("no", "never"…) when the sentence negates nothing at all (`unstatedNegation`), else null. */
  unstatedNegation(claim: TextAnalysis, evidence: TextAnalysis): string | null;
}

/** Order in which conflicts are named in a reason: the most specific first. */
const CONFLICT_ORDER: readonly Conflict['kind'][] = [
  'negation',
  'number',
  'date',
  'antonym',
  'comparative',
  'scope',
  'actor',
  'target',
  'attribution',
  'certainty',
  'substitution',
];

function pickConflict(a: Alignment): Conflict | null {
  for (const k of CONFLICT_ORDER) {
    const c = a.conflicts.find((x) => x.kind === k);
    if (c) return c;
  }
  return null;
}

/** The conflict a contradiction rests on: one a reader can check in both sentences, the best anchored first. */
function pickCheckable(a: Alignment): Conflict | null {
  let best: Conflict | null = null;
  for (const k of CONFLICT_ORDER) {
    if (k === 'substitution') continue;
    for (const c of a.conflicts)
      if (c.kind === k && c.evidenceIndex.length > 0 && (best === null || (c.anchor ?? 0) > (best.anchor ?? 0))) best = c;
  }
  return best;
}

/** A reason a reader can check against the two sentences. */
export function explain(label: VerifierLabel, claim: TextAnalysis, evidence: TextAnalysis, a: Alignment): string {
  const c = label === 'contradicts' ? (pickCheckable(a) ?? pickConflict(a)) : pickConflict(a);
  if (label === 'contradicts') {
    if (!c) return 'contradicts: states otherwise about the same subject';
    const ev = c.evidenceWords || 'not said';
    if (c.kind === 'negation') return `contradicts: negated: "${c.claimWords}" vs "${ev}"`;
    if (c.kind === 'certainty') return `contradicts: certainty differs: "${c.claimWords}" vs "${ev}"`;
    if (c.kind === 'attribution' && c.venue) return `contradicts: said to whom: ${c.claimWords} vs ${ev}`;
    if (c.kind === 'attribution') return `contradicts: says who: ${c.claimWords} vs ${ev}`;
    if (c.kind === 'scope' && !c.evidenceWords) return `contradicts: scope differs: "${c.claimWords}" is not in the source`;
    return `contradicts: ${c.claimWords} vs ${ev}`;
  }
  if (label === 'confirms') {
    const syn = a.links.filter((l) => l.via !== 'same').slice(0, 2);
    if (syn.length > 0) {
      return `confirms in other words: ${syn.map((l) => `${claim.words[l.claim] ?? ''} ≈ ${evidence.words[l.evidence] ?? ''}`).join(', ')}`;
    }
    const same = a.links.filter((l) => claim.pos[l.claim] === 'VERB' || claim.pos[l.claim] === 'PROPN').slice(0, 3);
    return `confirms: same statement (${(same.length > 0 ? same : a.links.slice(0, 3)).map((l) => evidence.words[l.evidence] ?? '').join(', ')})`;
  }
  const missing = a.unmatched
    .filter(
      (i) =>
        claim.pos[i] === 'PROPN' || claim.pos[i] === 'NOUN' || claim.pos[i] === 'VERB' || claim.pos[i] === 'NUM' || claim.pos[i] === 'ADJ',
    )
    .slice(0, 3)
    .map((i) => claim.words[i] ?? '');
  const qs = claim.quantities.filter((q) => !evidence.quantities.some((e) => e.unit === q.unit)).map((q) => q.text);
  const parts = [...qs, ...missing].slice(0, 3);
  if (c && c.kind === 'scope' && !c.evidenceWords)
    return `leaves out: does not say "${c.claimWords}"${parts.length ? `, ${parts.join(', ')}` : ''}`;
  if (c && c.kind !== 'substitution') {
    return `leaves out: not clearly the same statement (${c.claimWords || c.kind} vs ${c.evidenceWords || 'not said'})${parts.length ? `; does not say ${parts.join(', ')}` : ''}`;
  }
  if (parts.length === 0) return 'leaves out: no sentence states the claim';
  return `leaves out: does not say ${parts.join(', ')}`;
}

/** Whether a negation cue of either sentence shares its clause with a word aligned with the other sentence. */
function negationOnShared(claim: TextAnalysis, evidence: TextAnalysis, a: Alignment): boolean {
  const side = (t: TextAnalysis, linked: (l: Alignment['links'][number]) => number) => {
    if (t.negations.length === 0) return false;
    const clauses = new Set(a.links.map((l) => t.clause[linked(l)]));
    return t.negations.some((n) => clauses.has(t.clause[n.index]));
  };
  return side(claim, (l) => l.claim) || side(evidence, (l) => l.evidence);
}

function uniqueWords(a: TextAnalysis, idx: Iterable<number>): string[] {
  const s = new Set<string>();
  for (const i of idx) {
    const w = a.words[i];
    if (w) s.add(w);
  }
  return [...s];
}

/** One scored candidate sentence of a document: class probabilities and the alignment evidence the gates read. */
export interface CandidateScore {
  p: [number, number, number];
  /** Rarity-weighted share of the claim the sentence covers. */
  rareCoverage: number;
  /** Highest anchor among the sentence's conflicts (0 when none). */
  anchor: number;
}

/** Probabilities given to a sentence that shares no content word with the claim (skipped before feature work). */
const UNRELATED_P: [number, number, number] = [0.005, 0.005, 0.99];

/**
 * The document aggregation, a pure function of the candidates' scores and the learned gates and biases:
 * - a sentence may confirm the document only when its rarity-weighted coverage reaches `gate[0]`;
 * - it may contradict only when one of its conflicts is anchored at least `gate[1]` (on the claim's predicate or an
 *   aligned slot);
 * - the best eligible confirmation and the best eligible contradiction compete; the more decisive one carries the
 *   document, otherwise the best-covering sentence does (as "leaves out");
 * - log-space biases then apply.
 * Returns the class probabilities and the index of the sentence the verdict rests on.
 */
export function aggregateDocument(
  scores: readonly CandidateScore[],
  gate: ArrayLike<number>,
  bias: ArrayLike<number>,
): { p: [number, number, number]; index: number } {
  let bc = -1;
  let bx = -1;
  let bl = -1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s.rareCoverage >= (gate[0] ?? 0) && (bc < 0 || s.p[0] > scores[bc]!.p[0])) bc = i;
    if (s.anchor >= (gate[1] ?? 0) && (bx < 0 || s.p[1] > scores[bx]!.p[1])) bx = i;
    if (bl < 0 || s.rareCoverage > scores[bl]!.rareCoverage) bl = i;
  }
  let index = bl;
  if (bc >= 0 && (bx < 0 || scores[bc]!.p[0] >= scores[bx]!.p[1])) index = bc;
  else if (bx >= 0) index = bx;
  const s = scores[index];
  if (!s) return { p: [0, 0, 1], index: -1 };
  const allowC = index === bc || s.rareCoverage >= (gate[0] ?? 0);
  const allowX = index === bx || s.anchor >= (gate[1] ?? 0);
  const q: [number, number, number] = [0, 0, 0];
  for (let c = 0; c < 3; c++) q[c] = Math.log(Math.max(1e-9, s.p[c] ?? 0)) + (bias[c] ?? 0);
  // a class the gates do not allow may not win; it stays just below "leaves out", keeping its order with the other
  if (!allowC) q[0] = Math.min(q[0], q[2] - 0.01);
  if (!allowX) q[1] = Math.min(q[1], q[2] - 0.01);
  const mx = Math.max(q[0], q[1], q[2]);
  let sum = 0;
  for (let c = 0; c < 3; c++) {
    q[c] = Math.exp(q[c]! - mx);
    sum += q[c]!;
  }
  for (let c = 0; c < 3; c++) q[c] = q[c]! / sum;
  return { p: q, index };
}

/**
 * Creates a verifier from parsed weights. `lexicon` is the WordNet lexicon (`lib/text/lexicon.ts`) or anything with a
 * `relation(a, b)` method; without one a small stand-in is used.
 */
export function createVerifier(
  model: VerifierModel,
  lexicon?: unknown,
): Verifier & {
  /** Scores each candidate (with its neighbours as context) for the document aggregation; used by training. */
  scoreCandidates(claim: TextAnalysis, candidates: readonly TextAnalysis[], context?: { title?: TextAnalysis }): CandidateScore[];
} {
  const lex = withStandIn(lexicon);
  const z = new Float64Array(3);
  const hidden = new Float64Array(model.nHidden);
  const xBuf = new Float64Array(model.nFeatures);
  const neighbours: TextAnalysis[] = [];

  // The document pass leaves each alignment here for the one later call that guards the same sentence's
  // confirmation, which takes it out: a claim is aligned with a sentence once per check, and never reused across checks.
  const handOver = new WeakMap<TextAnalysis, WeakMap<TextAnalysis, Alignment | null>>();
  /** The pair's alignment, or null when the sentence shares nothing with the claim or states nothing (a question). */
  function align(claim: TextAnalysis, evidence: TextAnalysis, keep: boolean): Alignment | null {
    const left = handOver.get(claim);
    const kept = left?.get(evidence);
    if (kept !== undefined && !keep) {
      left!.delete(evidence);
      return kept;
    }
    const a = sharesContent(claim, evidence, lex) && !statesNothing(claim, evidence) ? alignPair(claim, evidence, lex) : null;
    if (keep) {
      if (left) left.set(evidence, a);
      else handOver.set(claim, new WeakMap([[evidence, a]]));
    }
    return a;
  }

  /** Class probabilities of one pair, or null when the sentence shares nothing with the claim. */
  function scorePair(
    claim: TextAnalysis,
    evidence: TextAnalysis,
    context?: { title?: TextAnalysis; neighbours?: readonly TextAnalysis[] },
    aligned = align(claim, evidence, false),
  ): { p: [number, number, number]; a: Alignment } | null {
    if (!aligned) return null;
    const { x, alignment } = pairFeatures(claim, evidence, lex, context, xBuf, aligned);
    modelLogits(model, x, z, hidden);
    softmax3(z);
    return { p: [z[0] ?? 0, z[1] ?? 0, z[2] ?? 0], a: alignment };
  }

  function toVerdict(p: readonly number[], claim: TextAnalysis, evidence: TextAnalysis, a: Alignment): PairVerdict {
    let best = 0;
    for (let c = 1; c < 3; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
    const label = LABELS[best] ?? 'leaves_out';
    const unstated = a.conflicts.filter((c) => c.kind === 'scope' && c.evidenceIndex.length === 0).map((c) => c.claimWords);
    const negation = label === 'contradicts' ? null : unstatedNegation(claim, evidence, lex);
    const conflictIdx = new Set<number>();
    if (label !== 'confirms') for (const c of a.conflicts) for (const j of c.evidenceIndex) conflictIdx.add(j);
    return {
      label,
      p: { confirms: p[0] ?? 0, contradicts: p[1] ?? 0, leaves_out: p[2] ?? 0 },
      why: explain(label, claim, evidence, a),
      aligned: uniqueWords(
        evidence,
        a.links.map((l) => l.evidence).filter((j) => !conflictIdx.has(j)),
      ),
      conflicting: uniqueWords(evidence, conflictIdx),
      unstated: negation ? [...unstated, negation] : unstated,
      conflictKind: label === 'confirms' ? null : (pickCheckable(a)?.kind ?? null),
      negationOnShared: negationOnShared(claim, evidence, a),
      missingDetail: a.numbersMissing > 0 || a.datesMissing > 0,
      // only where the evidence lacks the claim's scope word: the one case the group could be stated more widely
      narrowed: unstated.length > 0 ? findNarrowedScope(claim, evidence, a.links) : null,
    };
  }

  function unrelated(claim: TextAnalysis, evidence: TextAnalysis | null): PairVerdict {
    const missing = claim.content
      .filter((i) => claim.pos[i] === 'PROPN' || claim.pos[i] === 'NOUN' || claim.pos[i] === 'VERB')
      .slice(0, 3)
      .map((i) => claim.words[i] ?? '');
    return {
      label: 'leaves_out',
      p: { confirms: UNRELATED_P[0], contradicts: UNRELATED_P[1], leaves_out: UNRELATED_P[2] },
      why: evidence && missing.length > 0 ? `leaves out: does not say ${missing.join(', ')}` : 'leaves out: no sentence states the claim',
      aligned: [],
      conflicting: [],
      unstated: [],
      conflictKind: null,
      negationOnShared: false,
      missingDetail: false,
      narrowed: null,
    };
  }

  /** Each candidate's context: its neighbours in the document, and the title. */
  function contextOf(candidates: readonly TextAnalysis[], i: number, title: TextAnalysis | undefined) {
    neighbours.length = 0;
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    if (prev) neighbours.push(prev);
    if (next) neighbours.push(next);
    return { title, neighbours };
  }

  /** Scores every candidate from its alignment (null: it shares nothing with the claim), with its neighbours as context. */
  function scoreAll(
    claim: TextAnalysis,
    candidates: readonly TextAnalysis[],
    title: TextAnalysis | undefined,
    aligned: ReadonlyArray<Alignment | null>,
  ): CandidateScore[] {
    return candidates.map((ev, i) => {
      const r = scorePair(claim, ev, contextOf(candidates, i, title), aligned[i] ?? null);
      return r
        ? { p: r.p, rareCoverage: r.a.rareCoverage, anchor: r.a.checkableAnchored }
        : { p: [...UNRELATED_P], rareCoverage: 0, anchor: 0 };
    });
  }

  function scoreCandidates(claim: TextAnalysis, candidates: readonly TextAnalysis[], context?: { title?: TextAnalysis }): CandidateScore[] {
    return scoreAll(
      claim,
      candidates,
      context?.title,
      candidates.map((ev) => align(claim, ev, false)),
    );
  }

  /** The document's verdict from its scored candidates, with the reason built for the winning sentence only. */
  function decideDocument(
    claim: TextAnalysis,
    candidates: readonly TextAnalysis[],
    scores: readonly CandidateScore[],
    alignments: ReadonlyArray<Alignment | null>,
  ): DocumentVerdict {
    const { p, index } = aggregateDocument(scores, model.docGate, model.docBias);
    const ev = candidates[index];
    if (!ev) return { ...unrelated(claim, null), evidenceIndex: null };
    const a = alignments[index];
    if (!a) return { ...unrelated(claim, ev), evidenceIndex: index };
    return { ...toVerdict(p, claim, ev, a), evidenceIndex: index };
  }

  return {
    scoreCandidates,
    unstatedNegation: (claim, evidence) => unstatedNegation(claim, evidence, lex),
    verifyPair(claim, evidence, context) {
      const r = scorePair(claim, evidence, context);
      if (!r) {
        const nothing = statesNothing(claim, evidence);
        return nothing ? { ...unrelated(claim, evidence), why: statesNothingWhy(nothing) } : unrelated(claim, evidence);
      }
      // the same rule as for documents: "contradicts" needs a conflict anchored on what both sentences share
      if (r.a.checkableAnchored < (model.docGate[1] ?? 0) && r.p[1] >= r.p[2]) {
        const p1 = r.p[2] * 0.99;
        const sum = r.p[0] + p1 + r.p[2];
        r.p = [r.p[0] / sum, p1 / sum, r.p[2] / sum];
      }
      return toVerdict(r.p, claim, evidence, r.a);
    },
    verifyDocument(claim, candidates, context) {
      if (candidates.length === 0) return { ...unrelated(claim, null), evidenceIndex: null, why: 'leaves out: no sentence to compare' };
      const aligned = candidates.map((ev) => align(claim, ev, false));
      return decideDocument(claim, candidates, scoreAll(claim, candidates, context?.title, aligned), aligned);
    },
    findContradiction(claim, candidates, context) {
      // "contradicts" may win only on a sentence with a conflict anchored at least the gate (aggregateDocument)
      const gate = model.docGate[1] ?? 0;
      const aligned = candidates.map((ev) => align(claim, ev, true));
      if (!aligned.some((a) => (a?.checkableAnchored ?? 0) >= gate)) return null;
      const decided = decideDocument(claim, candidates, scoreAll(claim, candidates, context?.title, aligned), aligned);
      return decided.label === 'contradicts' ? decided : null;
    },
  };
}
