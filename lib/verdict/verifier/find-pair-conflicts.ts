/** Conflict finders of the aligner: numbers, dates, negation, comparatives, quantifiers, certainty and attribution. */
import type { TextAnalysis, QuantifierClass } from './analyse-text.ts';
import { inSameSlot } from './in-same-slot.ts';
import type { Conflict, TokenLink } from './alignment.ts';
import type { Lookups } from './lookups.ts';
import { compatibleUnits, sameAmount } from './extract-quantities.ts';
import { compareDates } from './extract-dates.ts';
import { MODALS, PROHIBITION_CUES } from './word-lists.ts';
import { alignedAround } from './aligned-around.ts';
import { describesNoun } from './describes-noun.ts';

/** Claim|evidence quantifier classes that conflict. */
const QUANT_CONFLICTS: ReadonlySet<string> = new Set([
  'none|some',
  'none|many',
  'none|all',
  'none|only',
  'all|none',
  'all|few',
  'many|few',
  'many|none',
  'few|many',
  'few|all',
  'some|none',
  'only|many',
  'only|all',
  'all|only',
  'many|only',
]);

/** -1 hedged, +1 boosted ("definitely", "beyond doubt"), 0 stated flatly. */
function certaintyLevel(a: TextAnalysis): number {
  let hedge = false;
  let boost = false;
  for (const m of a.certainty)
    if (m.value < 0) hedge = true;
    else boost = true;
  return hedge ? -1 : boost ? 1 : 0;
}

/** Content tokens a negation cue governs directly: the first content word after it in its clause (a verb, after a prohibition or "none of"). */
function directlyNegated(a: TextAnalysis): Set<number> {
  const out = new Set<number>();
  for (const n of a.negations) {
    // "prohibit developers from using", "none of the labs use": the negation falls on the verb, not on who
    const onVerb = PROHIBITION_CUES.has(n.word) || a.words[n.index + 1] === 'of';
    const governs = onVerb ? (i: number) => a.pos[i] === 'VERB' && !describesNoun(a.words, a.pos, i) : (i: number) => a.pos[i] !== 'ADV';
    const next = a.content.find((i) => i > n.index && a.clause[i] === a.clause[n.index] && governs(i));
    if (next !== undefined) out.add(next);
  }
  return out;
}

/** The negation cue before token `i` in its clause, if any. */
function cueBefore(a: TextAnalysis, i: number): TextAnalysis['negations'][number] | undefined {
  return a.negations.filter((n) => n.index < i && a.clause[n.index] === a.clause[i]).pop();
}

/** Whether a modal or permission word comes before token `i` in its clause ("may use", "allowed to use"). */
function modalBefore(a: TextAnalysis, i: number): boolean {
  for (let j = i - 1; j >= 0 && a.clause[j] === a.clause[i]; j--)
    if (MODALS.has(a.words[j] ?? '') || MODALS.has(a.lemmas[j] ?? '')) return true;
  return false;
}

/**
 * Whether a negation mismatch on token pair (`ci`, `ei`) is a rule against a fact: "users may not copy it" and "DeepSeek
 * copied it" can both be true (breaking a rule is the story), so only a rule against a rule conflicts.
 */
function ruleAgainstFact(claim: TextAnalysis, ci: number, evidence: TextAnalysis, ei: number): boolean {
  const negClaim = (claim.negated[ci] ?? 0) === 1;
  const [neg, ni, other, oi] = negClaim ? [claim, ci, evidence, ei] : [evidence, ei, claim, ci];
  const cue = cueBefore(neg, ni);
  if (!cue) return false;
  const rule = PROHIBITION_CUES.has(cue.word) || cue.word === 'cannot' || modalBefore(neg, cue.index + 1);
  return rule && !modalBefore(other, oi);
}

/** Token indices [a, b). */
export function range(a: number, b: number): number[] {
  const r: number[] = [];
  for (let i = a; i < b; i++) r.push(i);
  return r;
}

/** Why 2: the word a bare number counts or belongs to sits right beside it ("a 32-foot deep crater", "Kim, 47,"). */
const NUMBER_REACH = 2;

/**
 * Claim quantities the evidence states, states otherwise (a conflict) or lacks. A number without a unit is the same
 * quantity as another only in the same slot: a word beside one is aligned with a word beside the other ("a 32-foot
 * deep crater" / "a 16-foot deep crater"), not "an 85-year-old woman" / "over 30 cats".
 */
export function findNumberConflicts(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  conflicts: Conflict[],
  claimLinked: Int32Array,
): { numbersMatched: number; numbersConflicting: number; numbersMissing: number } {
  const sameSlot = (q: TextAnalysis['quantities'][number], e: TextAnalysis['quantities'][number]) =>
    alignedAround(claim.words.length, q.start, e.start, claimLinked, NUMBER_REACH, NUMBER_REACH) > 0;
  // numbers
  let numbersMatched = 0;
  let numbersConflicting = 0;
  let numbersMissing = 0;
  for (const q of claim.quantities) {
    const same = evidence.quantities.find((e) => compatibleUnits(q, e) && sameAmount(q, e));
    if (same) {
      numbersMatched++;
      continue;
    }
    const other = evidence.quantities.find((e) => compatibleUnits(q, e) && ((q.unit !== '' && e.unit !== '') || sameSlot(q, e)));
    if (other) {
      numbersConflicting++;
      conflicts.push({
        kind: 'number',
        claimWords: q.text,
        evidenceWords: other.text,
        claimIndex: range(q.start, q.end),
        evidenceIndex: range(other.start, other.end),
      });
    } else numbersMissing++;
  }
  return { numbersMatched, numbersConflicting, numbersMissing };
}

/** Claim dates the evidence matches, contradicts (a conflict) or lacks. */
export function findDateConflicts(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  conflicts: Conflict[],
): { datesMatched: number; datesConflicting: number; datesMissing: number } {
  let datesMatched = 0;
  let datesConflicting = 0;
  let datesMissing = 0;
  for (const d of claim.dates) {
    let matched = false;
    let clash = null as (typeof evidence.dates)[number] | null;
    for (const e of evidence.dates) {
      const r = compareDates(d, e);
      if (r === 1) {
        matched = true;
        break;
      }
      if (r === -1) clash ??= e;
    }
    if (matched) datesMatched++;
    else if (clash) {
      datesConflicting++;
      conflicts.push({
        kind: 'date',
        claimWords: d.text,
        evidenceWords: clash.text,
        claimIndex: range(d.start, d.end),
        evidenceIndex: range(clash.start, clash.end),
      });
    } else datesMissing++;
  }
  return { datesMatched, datesConflicting, datesMissing };
}

/** Negation mismatches on aligned words; the first becomes a conflict. */
export function findNegationConflict(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  links: readonly TokenLink[],
  conflicts: Conflict[],
): { negMis: number; negPred: number } {
  // negation on aligned words, within each side's clause
  let negMis = 0;
  let negPred = 0;
  let firstNeg: TokenLink | null = null;
  const cDirect = directlyNegated(claim);
  const eDirect = directlyNegated(evidence);
  // "no company hosts …" against "the company expressed …": a negated noun is denied only by the same act
  const actUnstated = claim.predicate >= 0 && claim.pos[claim.predicate] === 'VERB' && !links.some((l) => l.claim === claim.predicate);
  for (const l of links) {
    const p = claim.pos[l.claim];
    if (actUnstated && (p === 'NOUN' || p === 'PROPN')) continue;
    // verbs and adjectives in a negated clause; other words only when the negation governs them ("is not a model")
    const direct = cDirect.has(l.claim) || eDirect.has(l.evidence);
    // why not every adjective: a negated clause runs to its end and sweeps up modifiers ("not … the alleged distillation")
    if (p !== 'VERB' && !direct) continue;
    if (!direct && describesNoun(claim.words, claim.pos, l.claim)) continue;
    if ((claim.negated[l.claim] ?? 0) !== (evidence.negated[l.evidence] ?? 0) && !ruleAgainstFact(claim, l.claim, evidence, l.evidence)) {
      negMis++;
      firstNeg ??= l;
      if (l.claim === claim.predicate) negPred = 1;
    }
  }
  if (firstNeg) {
    const negSide = (claim.negated[firstNeg.claim] ?? 0) === 1 ? claim : evidence;
    const idx = negSide === claim ? firstNeg.claim : firstNeg.evidence;
    const cue = negSide.negations.filter((n) => n.index < idx).pop();
    const cWords = negSide === claim ? `${cue?.word ?? 'not'} ${claim.words[firstNeg.claim] ?? ''}` : (claim.words[firstNeg.claim] ?? '');
    const eWords =
      negSide === evidence ? `${cue?.word ?? 'not'} ${evidence.words[firstNeg.evidence] ?? ''}` : (evidence.words[firstNeg.evidence] ?? '');
    conflicts.push({
      kind: 'negation',
      claimWords: cWords,
      evidenceWords: eWords,
      claimIndex: [firstNeg.claim],
      evidenceIndex: [firstNeg.evidence],
    });
  }
  return { negMis, negPred };
}

/** Why 2 and 3: a comparative's word ("priced below", "larger models") sits right beside it. */
const COMPARED_REACH = 2;
const COUNTERPART_REACH = 3;

/**
 * Whether a claim word and its evidence counterpart (a reversed comparative, an antonym) are about the same thing: a
 * word beside the claim's is aligned with a word beside the evidence's ("larger models" / "smaller models", "relaxed
 * its curbs" / "tightened curbs"), not "priced below" / "outperformed", "close cooperation" / "global competition".
 */
export function comparesSameThing(claim: TextAnalysis, ci: number, ei: number, claimLinked: Int32Array): boolean {
  return alignedAround(claim.words.length, ci, ei, claimLinked, COMPARED_REACH, COUNTERPART_REACH) > 0;
}

/** A comparative the evidence reverses. */
export function findComparativeConflict(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  conflicts: Conflict[],
  claimLinked: Int32Array,
): { comparativeReversed: number } {
  let comparativeReversed = 0;
  for (const c of claim.comparatives) {
    // a clause that compares both ways ("distilling smaller models from larger models") is not reversed by one comparative
    if (claim.comparatives.some((o) => o.value === -c.value && claim.clause[o.index] === claim.clause[c.index])) continue;
    const about = (e: { index: number }) =>
      comparesSameThing(claim, c.index, e.index, claimLinked) || inSameSlot(claim, evidence, c.index, e.index, claimLinked, 1);
    const opp = evidence.comparatives.find((e) => e.value === -c.value && about(e));
    // the evidence compares the same thing the claim's way ("heavier" elsewhere in it compares something else)
    const same = evidence.comparatives.find((e) => e.value === c.value && about(e));
    if (opp && !same) {
      comparativeReversed++;
      // the reversed comparative says more than a word swapped in its slot ("larger" / "smaller")
      const swapped = conflicts.findIndex((x) => x.kind === 'substitution' && x.claimIndex.includes(c.index));
      if (swapped >= 0) conflicts.splice(swapped, 1);
      if (!conflicts.some((x) => x.claimIndex.includes(c.index)))
        conflicts.push({
          kind: 'comparative',
          claimWords: c.word,
          evidenceWords: opp.word,
          claimIndex: [c.index],
          evidenceIndex: [opp.index],
        });
      break;
    }
  }
  return { comparativeReversed };
}

/** Conflicting quantifiers, and quantifiers only one side has. */
export function findQuantifierConflicts(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  conflicts: Conflict[],
): { quantifierConflict: number; quantifierClaimOnly: number; quantifierEvidenceOnly: number } {
  // quantifiers
  const qc = new Map<QuantifierClass, number>();
  for (const q of claim.quantifiers) qc.set(q.value, q.index);
  const qe = new Map<QuantifierClass, number>();
  for (const q of evidence.quantifiers) qe.set(q.value, q.index);
  let quantifierConflict = 0;
  // every clashing pair, not the first: the anchor then finds the one about the claim's subject ("common practice"
  // opens the sentence; "both China and the US" is about who uses it)
  for (const [a, ia] of qc)
    for (const q of evidence.quantifiers) {
      const [b, ib] = [q.value, q.index];
      if (QUANT_CONFLICTS.has(`${a}|${b}`)) {
        quantifierConflict = 1;
        conflicts.push({
          kind: 'scope',
          claimWords: claim.words[ia] ?? a,
          evidenceWords: evidence.words[ib] ?? b,
          claimIndex: [ia],
          evidenceIndex: [ib],
          // "none" against "some", "many" or "all" cannot both hold; "only" against "many" narrows the scope
          hard: (a === 'none') !== (b === 'none') && a !== 'only' && b !== 'only' && a !== 'few' && b !== 'few',
        });
      }
    }
  let quantifierClaimOnly = 0;
  for (const [a, ia] of qc)
    if (!qe.has(a)) {
      quantifierClaimOnly = 1;
      if (quantifierConflict === 0 && (a === 'only' || a === 'all' || a === 'none')) {
        conflicts.push({ kind: 'scope', claimWords: claim.words[ia] ?? a, evidenceWords: '', claimIndex: [ia], evidenceIndex: [] });
      }
    }
  let quantifierEvidenceOnly = 0;
  for (const b of qe.keys()) if (!qc.has(b)) quantifierEvidenceOnly = 1;
  return { quantifierConflict, quantifierClaimOnly, quantifierEvidenceOnly };
}

/** Certainty levels of both sides; opposed ones (hedged vs boosted) are a conflict. */
export function findCertaintyConflict(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  conflicts: Conflict[],
  claimLinked: Int32Array,
): { lc: number; le: number } {
  // certainty
  const lc = certaintyLevel(claim);
  const le = certaintyLevel(evidence);
  // A hedge where the claim is sure, in the same place of one sentence shape ("certainly does suggest" / "seems to
  // suggest"), even when another clause of either sentence hedges something else.
  if (lc * le >= 0)
    for (const cm of claim.certainty)
      for (const em of evidence.certainty)
        if (cm.value * em.value < 0 && inSameSlot(claim, evidence, cm.index, em.index, claimLinked, 1)) {
          conflicts.push({
            kind: 'certainty',
            claimWords: cm.word,
            evidenceWords: em.word,
            claimIndex: [cm.index],
            evidenceIndex: [em.index],
          });
          return { lc, le };
        }
  if (lc * le < 0) {
    const cm = claim.certainty[0];
    const em = evidence.certainty[0];
    conflicts.push({
      kind: 'certainty',
      claimWords: cm?.word ?? 'stated flatly',
      evidenceWords: em?.word ?? 'stated flatly',
      claimIndex: cm ? [cm.index] : [],
      evidenceIndex: em ? [em.index] : [],
    });
  }
  return { lc, le };
}

/** Whether the evidence names the claim's source, another named source (a conflict), or none. */
export function findAttributionConflict(
  claim: TextAnalysis,
  evidence: TextAnalysis,
  E: Lookups,
  conflicts: Conflict[],
): { attributionConflict: number; attributionClaimOnly: number; attributionMatch: number } {
  // attribution
  let attributionConflict = 0;
  let attributionClaimOnly = 0;
  let attributionMatch = 0;
  const cs = claim.attribution?.source ?? null;
  const es = evidence.attribution?.source ?? null;
  if (cs) {
    const csWords = cs.split(' ');
    const inEvidence = csWords.some((w) => E.byKey.has(w));
    if (es && (es === cs || es.split(' ').some((w) => csWords.includes(w)))) attributionMatch = 1;
    // another speaker only when both are named: "ChatGPT's maker" and "OpenAI" may be the same one
    else if (
      es &&
      !inEvidence &&
      claim.pos[claim.attribution?.start ?? -1] === 'PROPN' &&
      evidence.pos[evidence.attribution?.start ?? -1] === 'PROPN'
    ) {
      attributionConflict = 1;
      const ca = claim.attribution;
      const ea = evidence.attribution;
      conflicts.push({
        kind: 'attribution',
        claimWords: claim.words.slice(ca?.start ?? 0, ca?.end ?? 0).join(' '),
        evidenceWords: evidence.words.slice(ea?.start ?? 0, ea?.end ?? 0).join(' '),
        claimIndex: range(ca?.start ?? 0, ca?.end ?? 0),
        evidenceIndex: range(ea?.start ?? 0, ea?.end ?? 0),
      });
    } else if (!inEvidence) attributionClaimOnly = 1;
  }
  // said to another outlet: both name where, the names share no word, and the claim's is not in the evidence at all
  const cv = claim.venue;
  const ev = evidence.venue;
  if (cv && ev && attributionConflict === 0) {
    const cvWords = cv.key.split(' ');
    if (!ev.key.split(' ').some((w) => cvWords.includes(w)) && !cvWords.some((w) => E.byKey.has(w))) {
      attributionConflict = 1;
      conflicts.push({
        kind: 'attribution',
        venue: true,
        claimWords: claim.words.slice(cv.start, cv.end).join(' '),
        evidenceWords: evidence.words.slice(ev.start, ev.end).join(' '),
        claimIndex: range(cv.start, cv.end),
        evidenceIndex: range(ev.start, ev.end),
      });
    }
  }
  return { attributionConflict, attributionClaimOnly, attributionMatch };
}
