import type { TextAnalysis } from './analyse-text.ts';
import type { Alignment, Conflict } from './align-pair.ts';
import { combineLexicons, isLexiconLike, type LexiconLike } from './lexicon-like.ts';
import { createStandInLexicon } from './create-stand-in-lexicon.ts';
import { pairFeatures } from './pair-features.ts';
import { LABELS, modelLogits, softmax3, type VerifierLabel, type VerifierModel } from './verifier-model.ts';

/** Verdict on one claim × sentence pair. */
export interface PairVerdict {
  label: VerifierLabel;
  p: { confirms: number; contradicts: number; leaves_out: number };
  why: string;
  /** Evidence words aligned with the claim. */
  aligned: string[];
  /** Evidence words in conflict with the claim (the panel marks them). */
  conflicting: string[];
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

/** A reason a reader can check against the two sentences. */
export function explain(label: VerifierLabel, claim: TextAnalysis, evidence: TextAnalysis, a: Alignment): string {
  const c = pickConflict(a);
  if (label === 'contradicts') {
    if (!c) return 'contradicts: states otherwise about the same subject';
    const ev = c.evidenceWords || 'not said';
    if (c.kind === 'negation') return `contradicts: negated: "${c.claimWords}" vs "${ev}"`;
    if (c.kind === 'certainty') return `contradicts: certainty differs: "${c.claimWords}" vs "${ev}"`;
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
  if (c && c.kind !== 'substitution') {
    return `leaves out: not clearly the same statement (${c.claimWords || c.kind} vs ${c.evidenceWords || 'not said'})${parts.length ? `; does not say ${parts.join(', ')}` : ''}`;
  }
  if (parts.length === 0) return 'leaves out: no sentence states the claim';
  return `leaves out: does not say ${parts.join(', ')}`;
}

function uniqueWords(a: TextAnalysis, idx: Iterable<number>): string[] {
  const s = new Set<string>();
  for (const i of idx) {
    const w = a.words[i];
    if (w) s.add(w);
  }
  return [...s];
}

/**
 * Creates a verifier from parsed weights. `lexicon` is the WordNet lexicon (`lib/text/lexicon.ts`) or anything with a
 * `relation(a, b)` method; without one a small stand-in is used.
 */
export function createVerifier(model: VerifierModel, lexicon?: unknown): Verifier {
  const lex: LexiconLike = isLexiconLike(lexicon) ? combineLexicons(lexicon, createStandInLexicon()) : createStandInLexicon();
  const z = new Float64Array(3);
  const hidden = new Float64Array(model.nHidden);

  function scorePair(
    claim: TextAnalysis,
    evidence: TextAnalysis,
    context?: { title?: TextAnalysis; neighbours?: readonly TextAnalysis[] },
  ): { p: Float64Array; a: Alignment } {
    const { x, alignment } = pairFeatures(claim, evidence, lex, context);
    modelLogits(model, x, z, hidden);
    return { p: softmax3(Float64Array.from(z)), a: alignment };
  }

  function toVerdict(p: Float64Array, claim: TextAnalysis, evidence: TextAnalysis, a: Alignment): PairVerdict {
    let best = 0;
    for (let c = 1; c < 3; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
    const label = LABELS[best] ?? 'leaves_out';
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
    };
  }

  return {
    verifyPair(claim, evidence, context) {
      const { p, a } = scorePair(claim, evidence, context);
      return toVerdict(p, claim, evidence, a);
    },
    verifyDocument(claim, candidates, context) {
      if (candidates.length === 0) {
        return {
          label: 'leaves_out',
          p: { confirms: 0, contradicts: 0, leaves_out: 1 },
          why: 'leaves out: no sentence to compare',
          aligned: [],
          conflicting: [],
          evidenceIndex: null,
        };
      }
      let bestI = 0;
      let bestScore = -1;
      let bestP: Float64Array = new Float64Array(3);
      let bestA: Alignment | null = null;
      for (let i = 0; i < candidates.length; i++) {
        const ev = candidates[i];
        if (!ev) continue;
        const neighbours: TextAnalysis[] = [];
        const prev = candidates[i - 1];
        const next = candidates[i + 1];
        if (prev) neighbours.push(prev);
        if (next) neighbours.push(next);
        const { p, a } = scorePair(claim, ev, { title: context?.title, neighbours });
        // the most decisive sentence carries the document
        const s = Math.max(p[0] ?? 0, p[1] ?? 0);
        if (s > bestScore) {
          bestScore = s;
          bestI = i;
          bestP = p;
          bestA = a;
        }
      }
      const q = new Float64Array(3);
      for (let c = 0; c < 3; c++) q[c] = Math.log(Math.max(1e-9, bestP[c] ?? 0)) + (model.docBias[c] ?? 0);
      softmax3(q);
      const ev = candidates[bestI];
      if (!ev || !bestA)
        return {
          label: 'leaves_out',
          p: { confirms: 0, contradicts: 0, leaves_out: 1 },
          why: 'leaves out',
          aligned: [],
          conflicting: [],
          evidenceIndex: null,
        };
      const v = toVerdict(q, claim, ev, bestA);
      return { ...v, evidenceIndex: bestI };
    },
  };
}
