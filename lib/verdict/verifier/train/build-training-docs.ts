import type { TextAnalysis } from '../analyse-text.ts';
import { splitEvidence } from '../split-evidence.ts';
import type { FncData, NliRow } from './load-training-data.ts';
import { isHeldOut } from './load-training-data.ts';
import type { Prng } from './create-prng.ts';
import { generateSyntheticPairs, type SyntheticKind } from './generate-synthetic-pairs.ts';

/**
 * Turns the sources into claim × document training items with a held-out flag by source group: FEVER by claim,
 * COVID-Fact by real claim (its source page), synthetic by FNC-1 body. "Leaves out" documents for FEVER and COVID-Fact
 * are made by pairing a claim with the evidence of another claim on the same subject.
 */

/** One claim against one document, labelled. */
export interface TrainingDoc {
  source: 'fever' | 'covidfact' | 'synthetic' | 'fnc-stance' | 'fnc-pair';
  claim: string;
  sentences: string[];
  /** The sentence the label is about when known (synthetic), else -1 (choose the best-aligned one). */
  evidenceIndex: number;
  label: 0 | 1 | 2;
  kind:
    | SyntheticKind
    | 'nli'
    | 'nli-other-evidence'
    | 'agree'
    | 'disagree'
    | 'unrelated'
    | 'agree-pair'
    | 'headline-agree'
    | 'headline-disagree'
    | 'headline-other';
  group: string;
  heldOut: boolean;
}

const LABEL_INDEX = { confirms: 0, contradicts: 1, leaves_out: 2 } as const;

/** Subject key of a claim for "same subject" pairing: its first two capitalised words, else its first word. */
function subjectKey(claim: string): string {
  const caps = claim.match(/\b[A-Z][\w-]+/g) ?? [];
  return (caps.slice(0, 2).join(' ') || claim.split(' ')[0] || '').toLowerCase();
}

/**
 * NLI rows as documents, plus other-evidence "leaves out" documents (`neitherRate` of the rows; why 0.5: about one
 * "leaves out" per two labelled rows, as FEVER/COVID-Fact have none of their own).
 */
export function nliDocs(rows: readonly NliRow[], source: 'fever' | 'covidfact', prng: Prng, neitherRate = 0.5): TrainingDoc[] {
  const out: TrainingDoc[] = [];
  const bySubject = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k =
      source === 'fever'
        ? subjectKey(r.claim)
        : r.claim
            .toLowerCase()
            .split(/\W+/)
            .filter((w) => w.length > 5)
            .slice(0, 1)
            .join('');
    const l = bySubject.get(k) ?? [];
    l.push(i);
    bySubject.set(k, l);
  });
  rows.forEach((r) => {
    const heldOut = isHeldOut(r.group);
    out.push({
      source,
      claim: r.claim,
      sentences: r.evidence,
      evidenceIndex: -1,
      label: LABEL_INDEX[r.label],
      kind: 'nli',
      group: r.group,
      heldOut,
    });
    if (prng.next() >= neitherRate) return;
    const k =
      source === 'fever'
        ? subjectKey(r.claim)
        : r.claim
            .toLowerCase()
            .split(/\W+/)
            .filter((w) => w.length > 5)
            .slice(0, 1)
            .join('');
    const same = (bySubject.get(k) ?? []).filter((j) => {
      const o = rows[j];
      return o !== undefined && o.group !== r.group && o.evidence.join(' ') !== r.evidence.join(' ') && isHeldOut(o.group) === heldOut;
    });
    if (same.length === 0) return;
    const o = rows[prng.pick(same)];
    if (!o) return;
    out.push({
      source,
      claim: r.claim,
      sentences: o.evidence,
      evidenceIndex: -1,
      label: 2,
      kind: 'nli-other-evidence',
      group: r.group,
      heldOut,
    });
  });
  return out;
}

/** Synthetic documents from FNC-1 bodies (at most `maxBodies`, in id order). */
export function syntheticDocs(
  fnc: FncData,
  analyse: (s: string) => TextAnalysis,
  prng: Prng,
  maxBodies = Infinity,
  /** why 6: enough sentences per body for variety without one long body dominating. */
  perBody = 6,
): TrainingDoc[] {
  const out: TrainingDoc[] = [];
  const ids = [...fnc.bodies.keys()].sort((a, b) => Number(a) - Number(b)).slice(0, maxBodies);
  const pool: string[] = [];
  const counts = new Map<SyntheticKind, number>();
  for (const id of ids) {
    const sentences = splitEvidence(fnc.bodies.get(id) ?? '')
      .filter((s) => s.length < 400)
      .slice(0, 30);
    const analyses = sentences.map((s) => analyse(s));
    const pairs = generateSyntheticPairs(id, sentences, analyses, pool.slice(-200), prng, counts, perBody);
    for (const a of analyses.slice(0, 6))
      for (const n of a.names) {
        const t = a.text.match(
          new RegExp(
            a.words
              .slice(n.start, n.end)
              .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('\\s*'),
            'i',
          ),
        )?.[0];
        if (t && /^[A-Z]/.test(t) && t.length > 2) pool.push(t);
      }
    const heldOut = isHeldOut(`fnc:${id}`);
    for (const p of pairs) {
      out.push({
        source: 'synthetic',
        claim: p.claim,
        sentences: p.sentences,
        evidenceIndex: p.evidenceIndex,
        label: LABEL_INDEX[p.label],
        kind: p.kind,
        group: `fnc:${id}`,
        heldOut,
      });
    }
  }
  return out;
}

/**
 * FNC-1 headline × body stances as documents: agree → confirms, disagree → contradicts, and one unrelated headline per
 * `unrelatedEvery` agree/disagree rows → leaves out. Real news wording on both sides, which the synthetic rewordings
 * lack. "discuss" is left out: a body that reports a claim without taking a side is neither label reliably. Held out by
 * body, like the synthetic pairs.
 */
export function stanceDocs(fnc: FncData, prng: Prng, maxBodies = Infinity, unrelatedEvery = 2): TrainingDoc[] {
  const ids = new Set([...fnc.bodies.keys()].sort((a, b) => Number(a) - Number(b)).slice(0, maxBodies));
  const sentencesOf = new Map<string, string[]>();
  const sentences = (id: string): string[] => {
    let s = sentencesOf.get(id);
    if (!s) {
      s = splitEvidence(fnc.bodies.get(id) ?? '')
        .filter((x) => x.length < 400)
        .slice(0, 30);
      sentencesOf.set(id, s);
    }
    return s;
  };
  const out: TrainingDoc[] = [];
  let n = 0;
  for (const r of fnc.stances) {
    if (!ids.has(r.body)) continue;
    const group = `fnc:${r.body}`;
    const heldOut = isHeldOut(group);
    if (r.stance === 'agree' || r.stance === 'disagree') {
      out.push({
        source: 'fnc-stance',
        claim: r.headline,
        sentences: sentences(r.body),
        evidenceIndex: -1,
        label: r.stance === 'agree' ? 0 : 1,
        kind: r.stance,
        group,
        heldOut,
      });
      n++;
    } else if (r.stance === 'unrelated' && n >= unrelatedEvery && prng.next() < 0.5) {
      n -= unrelatedEvery;
      out.push({
        source: 'fnc-stance',
        claim: r.headline,
        sentences: sentences(r.body),
        evidenceIndex: -1,
        label: 2,
        kind: 'unrelated',
        group,
        heldOut,
      });
    }
  }
  return out;
}
