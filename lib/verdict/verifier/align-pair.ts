import type { TextAnalysis, QuantifierClass } from './analyse-text.ts';
import { expandWord, type Expansion, type LexiconLike } from './lexicon-like.ts';
import { compatibleUnits, sameAmount } from './extract-quantities.ts';
import { compareDates } from './extract-dates.ts';
import { backgroundWeight } from '../../match/term-weights.ts';

/**
 * Aligns a claim with one evidence sentence: which claim words the sentence covers (same word, other words via the
 * lexicon) and what conflicts (negation within the clause, antonyms, reversed comparatives, other numbers and dates,
 * another actor or target in the same slot, changed quantifier, certainty or attribution).
 */

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
  /** Conflicts whose anchor is below one half (about something else). */
  unanchoredConflicts: number;
}

/** Why: a substituted word sits within a few tokens of words both sentences share. */
const SLOT_REACH = 3;

/** Why: names and numbers decide what a sentence is about; adverbs rarely do. */
const POS_WEIGHT: ReadonlyMap<string, number> = new Map([
  ['PROPN', 2],
  ['NUM', 1.5],
  ['NOUN', 1.5],
  ['VERB', 1.2],
  ['ADJ', 1],
  ['ADV', 0.6],
]);

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

/** Coarse POS class for slot substitution. */
function slotClass(p: string): string {
  return p === 'PROPN' ? 'N' : p === 'NOUN' ? 'n' : p === 'VERB' ? 'v' : p === 'ADJ' ? 'a' : p === 'NUM' ? '#' : p;
}

/** Tokens of a span that belong to a quantity or a date (compared separately, not as words). */
function numericTokens(a: TextAnalysis): Set<number> {
  const s = new Set<number>();
  for (const q of a.quantities)
    for (let i = q.start; i < q.end; i++) if (a.pos[i] === 'NUM' || a.pos[i] === 'SYM' || /^\d/.test(a.words[i] ?? '')) s.add(i);
  for (const d of a.dates) for (let i = d.start; i < d.end; i++) s.add(i);
  return s;
}

/** Words interned to integers so the per-pair lexicon checks are integer map probes. Grows with the vocabulary. */
const INTERN = new Map<string, number>();
function intern(w: string): number {
  let id = INTERN.get(w);
  if (id === undefined) {
    id = INTERN.size;
    INTERN.set(w, id);
  }
  return id;
}

const expansionCache = new WeakMap<LexiconLike, WeakMap<TextAnalysis, Map<number, Map<number, Expansion>>>>();

/** Lexicon expansions of a claim's content words, computed once per analysis and lexicon. */
function expansions(a: TextAnalysis, lex: LexiconLike): Map<number, Map<number, Expansion>> {
  let perLex = expansionCache.get(lex);
  if (!perLex) {
    perLex = new WeakMap();
    expansionCache.set(lex, perLex);
  }
  let e = perLex.get(a);
  if (e) return e;
  e = new Map();
  for (const i of a.content) {
    const m = new Map<number, Expansion>();
    for (const [w, x] of expandWord(lex, a.words[i] ?? '', a.lemmas[i] ?? '')) m.set(intern(w), x);
    e.set(i, m);
  }
  perLex.set(a, e);
  return e;
}

/** Per-analysis lookups. */
interface Lookups {
  byKey: Map<string, number[]>;
  numeric: Set<number>;
  nameOf: Int32Array;
  lemmaId: Int32Array;
  wordId: Int32Array;
  isContent: Uint8Array;
  /** Content tokens that are not part of a number or date. */
  plain: number[];
  /** Interned lemma and word of each plain content token → its first index. */
  idIndex: Map<number, number>;
  /** News-English rarity (0–1) of each token's key. */
  rarity: Float64Array;
}

const indexCache = new WeakMap<TextAnalysis, Lookups>();

/** Per-analysis lookups, computed once and cached on the (immutable) analysis object. */
function lookups(a: TextAnalysis): Lookups {
  let c = indexCache.get(a);
  if (c) return c;
  const byKey = new Map<string, number[]>();
  for (const i of a.content) {
    const k = a.keys[i] ?? '';
    const l = byKey.get(k);
    if (l) l.push(i);
    else byKey.set(k, [i]);
  }
  const nameOf = new Int32Array(a.words.length).fill(-1);
  a.names.forEach((n, ni) => {
    for (let i = n.start; i < n.end; i++) nameOf[i] = ni;
  });
  const numeric = numericTokens(a);
  const isContent = new Uint8Array(a.words.length);
  for (const i of a.content) isContent[i] = 1;
  c = {
    byKey,
    numeric,
    nameOf,
    isContent,
    lemmaId: Int32Array.from(a.lemmas, intern),
    wordId: Int32Array.from(a.words, intern),
    plain: a.content.filter((i) => !numeric.has(i)),
    idIndex: new Map(),
    rarity: Float64Array.from(a.keys, (k) => Math.max(0.05, backgroundWeight(k))),
  };
  for (const i of c.plain) {
    const l = c.lemmaId[i] ?? -1;
    const w = c.wordId[i] ?? -1;
    if (!c.idIndex.has(l)) c.idIndex.set(l, i);
    if (!c.idIndex.has(w)) c.idIndex.set(w, i);
  }
  indexCache.set(a, c);
  return c;
}

/** -1 hedged, +1 boosted ("definitely", "beyond doubt"), 0 stated flatly. */
function certaintyLevel(a: TextAnalysis): number {
  let hedge = false;
  let boost = false;
  for (const m of a.certainty)
    if (m.value < 0) hedge = true;
    else boost = true;
  return hedge ? -1 : boost ? 1 : 0;
}

/** Aligns `claim` with `evidence`; `lexicon` supplies synonyms and antonyms. */
export function alignPair(claim: TextAnalysis, evidence: TextAnalysis, lexicon: LexiconLike): Alignment {
  const C = lookups(claim);
  const E = lookups(evidence);
  const links: TokenLink[] = [];
  const unmatched: number[] = [];
  const conflicts: Conflict[] = [];
  const evUsed = new Set<number>();
  const claimLinked = new Int32Array(claim.words.length).fill(-1);
  let wAll = 0;
  let wSame = 0;
  let wSyn = 0;
  let antonyms = 0;
  let rAll = 0;
  let rCov = 0;
  const pending: number[] = [];
  for (const i of claim.content) {
    if (C.numeric.has(i)) continue;
    const w = POS_WEIGHT.get(claim.pos[i] ?? '') ?? 1;
    wAll += w;
    const r = C.rarity[i] ?? 0;
    rAll += r;
    const hit = E.byKey.get(claim.keys[i] ?? '');
    if (hit && hit.length > 0) {
      const j = hit.find((x) => !evUsed.has(x)) ?? hit[0] ?? 0;
      links.push({ claim: i, evidence: j, via: 'same' });
      evUsed.add(j);
      claimLinked[i] = j;
      wSame += w;
      rCov += r;
    } else pending.push(i);
  }
  let predVia: TokenLink['via'] | null = claim.predicate >= 0 && claimLinked[claim.predicate]! >= 0 ? 'same' : null;
  const useLists = typeof lexicon.synonyms === 'function';
  const X = useLists ? expansions(claim, lexicon) : null;
  for (const i of pending) {
    const w = POS_WEIGHT.get(claim.pos[i] ?? '') ?? 1;
    const cl = claim.lemmas[i] ?? '';
    const cw = claim.words[i] ?? '';
    const xi = X?.get(i);
    let found = -1;
    let via: TokenLink['via'] = 'synonym';
    if (xi) {
      // walk the claim word's (usually short) expansion list and probe the evidence's word index
      let ant = -1;
      let syn = -1;
      let rel = -1;
      const note = (kind: Expansion, j: number): void => {
        if (kind === 'antonym') {
          if (ant < 0 || j < ant) ant = j;
        } else if (kind === 'synonym') {
          if (syn < 0 || j < syn) syn = j;
        } else if (rel < 0 || j < rel) rel = j;
      };
      if (xi.size > 2 * E.plain.length) {
        // a long expansion list: probe it with the (fewer) evidence words instead; same first index per relation
        for (const j of E.plain) {
          const kl = xi.get(E.lemmaId[j] ?? -1);
          if (kl !== undefined) note(kl, j);
          const kw = xi.get(E.wordId[j] ?? -1);
          if (kw !== undefined) note(kw, j);
        }
      } else {
        for (const [id, kind] of xi) {
          const j = E.idIndex.get(id);
          if (j !== undefined) note(kind, j);
        }
      }
      if (ant >= 0) {
        antonyms++;
        conflicts.push({
          kind: 'antonym',
          claimWords: cw,
          evidenceWords: evidence.words[ant] ?? '',
          claimIndex: [i],
          evidenceIndex: [ant],
        });
        found = -2;
      } else if (syn >= 0) found = syn;
      else if (rel >= 0) {
        found = rel;
        via = 'related';
      }
    }
    for (const j of xi ? [] : E.plain) {
      const r = xi
        ? (xi.get(E.lemmaId[j] ?? -1) ?? xi.get(E.wordId[j] ?? -1) ?? null)
        : (lexicon.relation(cl, evidence.lemmas[j] ?? '') ?? lexicon.relation(cw, evidence.words[j] ?? ''));
      if (r === 'antonym') {
        antonyms++;
        conflicts.push({
          kind: 'antonym',
          claimWords: claim.words[i] ?? '',
          evidenceWords: evidence.words[j] ?? '',
          claimIndex: [i],
          evidenceIndex: [j],
        });
        found = -2;
        break;
      }
      if (r === 'same' || r === 'synonym' || ((r === 'hypernym' || r === 'hyponym' || r === 'derived') && found < 0)) {
        found = j;
        via = r === 'synonym' || r === 'same' ? 'synonym' : 'related';
        if (via === 'synonym') break;
      }
    }
    if (found >= 0) {
      links.push({ claim: i, evidence: found, via });
      evUsed.add(found);
      claimLinked[i] = found;
      wSyn += via === 'synonym' ? w : w * 0.5;
      rCov += (C.rarity[i] ?? 0) * (via === 'synonym' ? 1 : 0.5);
      if (i === claim.predicate) predVia = via;
    } else unmatched.push(i);
  }
  // slot substitutions: an unmatched claim word whose aligned neighbours frame an unmatched evidence word of its class
  let nameSubs = 0;
  let slotSubs = 0;
  for (const i of unmatched) {
    if (conflicts.some((c) => c.claimIndex.includes(i))) continue;
    // why 3: a swapped actor/target sits right beside words both sentences share; farther away it is another fact
    let jl = -1;
    let jr = -1;
    for (let k = i - 1; k >= Math.max(0, i - SLOT_REACH); k--)
      if ((claimLinked[k] ?? -1) >= 0) {
        jl = claimLinked[k] ?? -1;
        break;
      }
    for (let k = i + 1; k < Math.min(claim.words.length, i + 1 + SLOT_REACH); k++)
      if ((claimLinked[k] ?? -1) >= 0) {
        jr = claimLinked[k] ?? -1;
        break;
      }
    if (jl < 0 && jr < 0) continue;
    const lo = jl >= 0 ? jl + 1 : Math.max(0, jr - SLOT_REACH);
    const hi = jr >= 0 && jr >= lo ? jr : Math.min(evidence.words.length, lo + SLOT_REACH);
    if (hi - lo > SLOT_REACH + 1) continue;
    const cls = slotClass(claim.pos[i] ?? '');
    // verbs are reworded far more often than swapped: a verb in the slot is not taken as a substitution
    if (cls === 'v') continue;
    for (let j = lo; j < hi; j++) {
      if (evUsed.has(j) || E.numeric.has(j) || E.isContent[j] !== 1) continue;
      if (slotClass(evidence.pos[j] ?? '') !== cls) continue;
      const isName = cls === 'N';
      if (isName) nameSubs++;
      else slotSubs++;
      const cn = C.nameOf[i] ?? -1;
      const en = E.nameOf[j] ?? -1;
      const cWords =
        cn >= 0 ? claim.words.slice(claim.names[cn]?.start ?? i, claim.names[cn]?.end ?? i + 1).join(' ') : (claim.words[i] ?? '');
      const eWords =
        en >= 0
          ? evidence.words.slice(evidence.names[en]?.start ?? j, evidence.names[en]?.end ?? j + 1).join(' ')
          : (evidence.words[j] ?? '');
      const kind: Conflict['kind'] = isName ? (claim.predicate >= 0 && i < claim.predicate ? 'actor' : 'target') : 'substitution';
      if (!conflicts.some((c) => c.claimWords === cWords)) {
        conflicts.push({ kind, claimWords: cWords, evidenceWords: eWords, claimIndex: [i], evidenceIndex: [j] });
      }
      evUsed.add(j);
      break;
    }
  }
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
    const other = evidence.quantities.find((e) => compatibleUnits(q, e) && (q.unit !== '' || e.unit !== ''));
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
  // negation on aligned words, within each side's clause
  let negMis = 0;
  let negPred = 0;
  let firstNeg: TokenLink | null = null;
  const cDirect = directlyNegated(claim);
  const eDirect = directlyNegated(evidence);
  for (const l of links) {
    const p = claim.pos[l.claim];
    // verbs and adjectives in a negated clause; other words only when the negation governs them ("is not a model")
    const direct = cDirect.has(l.claim) || eDirect.has(l.evidence);
    // why not every adjective: a negated clause runs to its end and sweeps up modifiers ("not … the alleged distillation")
    if (p !== 'VERB' && !direct) continue;
    if ((claim.negated[l.claim] ?? 0) !== (evidence.negated[l.evidence] ?? 0)) {
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
  // comparatives
  let comparativeReversed = 0;
  for (const c of claim.comparatives) {
    const opp = evidence.comparatives.find((e) => e.value === -c.value);
    const same = evidence.comparatives.find((e) => e.value === c.value);
    if (opp && !same) {
      comparativeReversed++;
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
  // quantifiers
  const qc = new Map<QuantifierClass, number>();
  for (const q of claim.quantifiers) qc.set(q.value, q.index);
  const qe = new Map<QuantifierClass, number>();
  for (const q of evidence.quantifiers) qe.set(q.value, q.index);
  let quantifierConflict = 0;
  for (const [a, ia] of qc)
    for (const [b, ib] of qe) {
      if (QUANT_CONFLICTS.has(`${a}|${b}`) && quantifierConflict === 0) {
        quantifierConflict = 1;
        conflicts.push({
          kind: 'scope',
          claimWords: claim.words[ia] ?? a,
          evidenceWords: evidence.words[ib] ?? b,
          claimIndex: [ia],
          evidenceIndex: [ib],
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
  // certainty
  const lc = certaintyLevel(claim);
  const le = certaintyLevel(evidence);
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
  // names
  let namesCovered = 0;
  let namesMissing = 0;
  for (const n of claim.names) {
    let hit = false;
    for (let i = n.start; i < n.end; i++) if ((claimLinked[i] ?? -1) >= 0) hit = true;
    if (hit) namesCovered++;
    else namesMissing++;
  }
  // longest in-order run of aligned claim content
  let run = 0;
  let best = 0;
  let lastJ = -1;
  for (const i of claim.content) {
    const j = claimLinked[i] ?? -1;
    if (j >= 0 && j > lastJ) {
      run++;
      lastJ = j;
    } else if (j >= 0) {
      run = 1;
      lastJ = j;
    } else {
      run = 0;
      lastJ = -1;
    }
    if (run > best) best = run;
  }
  // anchors: a conflict counts when it sits among words both sentences share, near the claim's predicate
  const predJ = claim.predicate >= 0 ? (claimLinked[claim.predicate] ?? -1) : -1;
  let hardAnchored = 0;
  let softAnchored = 0;
  let unanchoredConflicts = 0;
  for (const c of conflicts) {
    const anchor = conflictAnchor(c, claim, evidence, E, evUsed, predJ, wAll > 0 ? (wSame + wSyn) / wAll : 0);
    c.anchor = anchor;
    // a common noun in the slot of another is mostly rewording ("staff" / "researchers"): not a checkable conflict
    if (c.kind === 'substitution') continue;
    if (HARD_KINDS.has(c.kind)) hardAnchored = Math.max(hardAnchored, anchor);
    else softAnchored = Math.max(softAnchored, anchor);
    if (anchor < 0.5) unanchoredConflicts++;
  }
  let rareUncoveredMax = 0;
  for (const i of unmatched) rareUncoveredMax = Math.max(rareUncoveredMax, C.rarity[i] ?? 0);
  const evContent = E.plain.length;
  return {
    rareCoverage: rAll > 0 ? rCov / rAll : 0,
    rareUncoveredMax,
    predicateCover: predVia === null ? 0 : predVia === 'related' ? 0.5 : 1,
    hardAnchored,
    softAnchored,
    unanchoredConflicts,
    links,
    unmatched,
    conflicts,
    coverage: wAll > 0 ? (wSame + wSyn) / wAll : 0,
    coverageSame: wAll > 0 ? wSame / wAll : 0,
    coverageSynonym: wAll > 0 ? wSyn / wAll : 0,
    evidenceExtra: evContent > 0 ? 1 - Math.min(1, evUsed.size / evContent) : 0,
    namesCovered,
    namesMissing,
    predicateAligned: claim.predicate >= 0 && (claimLinked[claim.predicate] ?? -1) >= 0 ? 1 : 0,
    longestRun: claim.content.length > 0 ? best / claim.content.length : 0,
    numbersMatched,
    numbersConflicting,
    numbersMissing,
    datesMatched,
    datesConflicting,
    datesMissing,
    negationMismatch: negMis,
    negationPredicate: negPred,
    antonyms,
    comparativeReversed,
    quantifierConflict,
    quantifierClaimOnly,
    quantifierEvidenceOnly,
    certaintyClaimStronger: lc > le ? 1 : 0,
    certaintyClaimWeaker: lc < le ? 1 : 0,
    certaintyOpposed: lc * le < 0 ? 1 : 0,
    attributionConflict,
    attributionClaimOnly,
    attributionMatch,
    nameSubstitutions: nameSubs,
    slotSubstitutions: slotSubs,
    claimContent: claim.content.length,
    evidenceContent: evContent,
  };
}

const HARD_KINDS: ReadonlySet<Conflict['kind']> = new Set(['negation', 'antonym', 'number', 'date', 'actor', 'target', 'comparative']);

/** Why 5: a modifier, a negation or a swapped name sits within a few words of what it changes. */
const ANCHOR_REACH = 5;

/**
 * Anchor of one conflict (0–1): half the aligned share of the evidence's content words within `ANCHOR_REACH` of it (in
 * its clause or beside it), half whether it is within reach (or in the clause) of the word aligned with the claim's
 * predicate. A conflict only on the claim's side ("only" the evidence lacks) takes the claim's coverage.
 */
function conflictAnchor(
  c: Conflict,
  claim: TextAnalysis,
  evidence: TextAnalysis,
  E: Lookups,
  evUsed: ReadonlySet<number>,
  predJ: number,
  coverage: number,
): number {
  const j0 = c.evidenceIndex[0];
  if (j0 === undefined) {
    const i0 = c.claimIndex[0] ?? -1;
    const sameClause = claim.predicate >= 0 && i0 >= 0 && claim.clause[i0] === claim.clause[claim.predicate];
    return coverage * (sameClause ? 1 : 0.5);
  }
  const j1 = c.evidenceIndex[c.evidenceIndex.length - 1] ?? j0;
  const cl = evidence.clause[j0];
  let n = 0;
  let hit = 0;
  for (let j = Math.max(0, j0 - ANCHOR_REACH); j <= Math.min(evidence.words.length - 1, j1 + ANCHOR_REACH); j++) {
    if (j >= j0 && j <= j1) continue;
    if (E.isContent[j] !== 1 || E.numeric.has(j)) continue;
    n++;
    if (evUsed.has(j)) hit++;
  }
  const local = n > 0 ? hit / n : 0;
  let near = 0;
  if (predJ >= 0) {
    if (predJ >= j0 && predJ <= j1) near = 1;
    else if (Math.min(Math.abs(predJ - j0), Math.abs(predJ - j1)) <= ANCHOR_REACH) near = 1;
    else if (evidence.clause[predJ] === cl) near = 0.75;
  }
  // the claim's side: a conflict on the claim's predicate or beside it ("rose" / "fell", "fell to 4 percent") is anchored
  // when the evidence around it is about the same thing (its neighbourhood mostly aligned)
  const i0 = c.claimIndex[0] ?? -1;
  const p = claim.predicate;
  if (local >= 0.5 && p >= 0 && i0 >= 0 && claim.clause[i0] === claim.clause[p]) {
    near = Math.max(near, Math.abs(i0 - p) <= ANCHOR_REACH ? 1 : 0.75);
  }
  return 0.5 * local + 0.5 * near;
}

/** Content tokens a negation cue governs directly: the first content word after it in its clause. */
function directlyNegated(a: TextAnalysis): Set<number> {
  const out = new Set<number>();
  for (const n of a.negations) {
    const next = a.content.find((i) => i > n.index && a.clause[i] === a.clause[n.index] && a.pos[i] !== 'ADV');
    if (next !== undefined) out.add(next);
  }
  return out;
}

function range(a: number, b: number): number[] {
  const r: number[] = [];
  for (let i = a; i < b; i++) r.push(i);
  return r;
}

/**
 * Whether the evidence shares any claim content word by key or through the lexicon (synonym, related word or
 * antonym). A sentence sharing none cannot be about the claim; the verifier skips it before any feature work.
 */
export function sharesContent(claim: TextAnalysis, evidence: TextAnalysis, lexicon: LexiconLike): boolean {
  const C = lookups(claim);
  const E = lookups(evidence);
  for (const i of C.plain) if (E.byKey.has(claim.keys[i] ?? '')) return true;
  if (typeof lexicon.synonyms !== 'function') return claim.content.length === 0 ? false : E.plain.length > 0;
  const X = expansions(claim, lexicon);
  for (const i of C.plain) {
    const xi = X.get(i);
    if (!xi) continue;
    for (const id of xi.keys()) if (E.idIndex.has(id)) return true;
  }
  return false;
}
