import type { TextAnalysis } from '../analyse-text.ts';
import { alignPair } from '../align-pair.ts';
import type { LexiconLike } from '../lexicon-like.ts';
import { splitEvidence } from '../split-evidence.ts';
import type { FncData } from './load-training-data.ts';
import { isHeldOut } from './load-training-data.ts';
import type { TrainingDoc } from './build-training-docs.ts';

/**
 * Real outlet paraphrase from FNC-1 (never the seeds or dev pages): each FNC-1 headline is reported by several bodies,
 * and FNC-1 says which of them agree with it. Two bodies that agree with the same headline state it in their own
 * words, which is what a cross-check meets. Weak labels, weighted below the clean sources:
 * - `agree-pair` (confirms): the sentence of body A that best states the headline, against body B's best sentence
 *   with its real neighbours (both agree with the headline);
 * - `headline-agree` (confirms): the headline against an agreeing body's best sentence;
 * - `headline-disagree` (contradicts): the headline against a disagreeing body's best sentence;
 * - `headline-other` (leaves out): the headline against a same-story sentence (an agree/discuss body) that shares its
 *   words but not its predicate.
 * Held out by body (pairs of two bodies only when both are on the same side of the split; mixed pairs are dropped).
 */

/** Why 0.5: a sentence covering half the headline's rare words is about the headline; below that it rarely states it. */
const MIN_STATES = 0.5;
/** Why these bounds: a same-story sentence shares some of the headline's distinctive words but far from all. */
const OTHER_MIN = 0.2;
const OTHER_MAX = 0.45;
/** Why 3: a few pairs per headline keep big stories (hundreds of bodies) from dominating. */
const PER_HEADLINE = 3;

interface Best {
  body: string;
  sentences: string[];
  index: number;
  cover: number;
}

/** Builds the FNC-1 paraphrase documents; deterministic (ordered by headline and body id, no randomness). */
export function fncPairDocs(fnc: FncData, analyse: (s: string) => TextAnalysis, lex: LexiconLike, maxBodies = Infinity): TrainingDoc[] {
  const allowed = new Set([...fnc.bodies.keys()].sort((a, b) => Number(a) - Number(b)).slice(0, maxBodies));
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
  const byHeadline = new Map<string, { body: string; stance: string }[]>();
  for (const r of fnc.stances) {
    if (!allowed.has(r.body) || r.stance === 'unrelated') continue;
    const l = byHeadline.get(r.headline) ?? [];
    if (!l.some((x) => x.body === r.body)) l.push({ body: r.body, stance: r.stance });
    byHeadline.set(r.headline, l);
  }
  const window = (ss: readonly string[], k: number): { sentences: string[]; at: number } => {
    const lo = Math.max(0, k - 2);
    return { sentences: ss.slice(lo, Math.min(ss.length, k + 3)), at: k - lo };
  };
  const out: TrainingDoc[] = [];
  const headlines = [...byHeadline.keys()].sort();
  for (const h of headlines) {
    const rows = (byHeadline.get(h) ?? []).sort((a, b) => Number(a.body) - Number(b.body));
    const head = analyse(h);
    if (head.content.length < 3) continue;
    const bestOf = (body: string): Best | null => {
      const ss = sentences(body);
      let best: Best | null = null;
      ss.forEach((s, i) => {
        if (s.split(' ').length < 6) return;
        const a = alignPair(head, analyse(s), lex);
        if (!best || a.rareCoverage > best.cover) best = { body, sentences: ss, index: i, cover: a.rareCoverage };
      });
      return best;
    };
    const agree: Best[] = [];
    let nHeadAgree = 0;
    let nDisagree = 0;
    let nOther = 0;
    for (const r of rows) {
      const held = isHeldOut(`fnc:${r.body}`);
      const group = `fnc:${r.body}`;
      if (r.stance === 'agree' || r.stance === 'disagree') {
        const b = bestOf(r.body);
        if (!b || b.cover < MIN_STATES) continue;
        const w = window(b.sentences, b.index);
        if (r.stance === 'agree') {
          agree.push(b);
          if (nHeadAgree++ < PER_HEADLINE)
            out.push({
              source: 'fnc-pair',
              claim: h,
              sentences: w.sentences,
              evidenceIndex: w.at,
              label: 0,
              kind: 'headline-agree',
              group,
              heldOut: held,
            });
        } else if (nDisagree++ < PER_HEADLINE) {
          out.push({
            source: 'fnc-pair',
            claim: h,
            sentences: w.sentences,
            evidenceIndex: w.at,
            label: 1,
            kind: 'headline-disagree',
            group,
            heldOut: held,
          });
        }
      }
      if ((r.stance === 'discuss' || r.stance === 'agree') && nOther < PER_HEADLINE) {
        const ss = sentences(r.body);
        for (let i = 0; i < ss.length; i++) {
          const s = ss[i] ?? '';
          if (s.split(' ').length < 6) continue;
          const a = alignPair(head, analyse(s), lex);
          if (a.rareCoverage >= OTHER_MIN && a.rareCoverage <= OTHER_MAX && a.predicateCover === 0 && a.conflicts.length === 0) {
            const w = window(ss, i);
            out.push({
              source: 'fnc-pair',
              claim: h,
              sentences: w.sentences,
              evidenceIndex: w.at,
              label: 2,
              kind: 'headline-other',
              group,
              heldOut: held,
            });
            nOther++;
            break;
          }
        }
      }
    }
    // pairs of agreeing bodies: A's best sentence as the claim, B's as the evidence
    let nPairs = 0;
    for (let x = 0; x < agree.length && nPairs < PER_HEADLINE; x++)
      for (let y = 0; y < agree.length && nPairs < PER_HEADLINE; y++) {
        const A = agree[x];
        const B = agree[y];
        if (!A || !B || x === y) continue;
        const claim = A.sentences[A.index] ?? '';
        const ev = B.sentences[B.index] ?? '';
        if (!claim || claim === ev || claim.split(' ').length > 45) continue;
        const ha = isHeldOut(`fnc:${A.body}`);
        const hb = isHeldOut(`fnc:${B.body}`);
        if (ha !== hb) continue;
        const w = window(B.sentences, B.index);
        out.push({
          source: 'fnc-pair',
          claim,
          sentences: w.sentences,
          evidenceIndex: w.at,
          label: 0,
          kind: 'agree-pair',
          group: `fnc:${B.body}`,
          heldOut: hb,
        });
        nPairs++;
      }
  }
  return out;
}
