import { extractQuantities, type Quantity } from '../claims/extract-quantities';
import { normalizeText } from '../text/normalize-text';

/** Why a sentence that states the claim's subject states it incompatibly. */
export interface Conflict {
  kind: 'amount' | 'date' | 'number' | 'percentage' | 'direction' | 'permission' | 'negation' | 'evidence' | 'dispute';
  /** A short reason naming the difference: "amount differs: $600 billion vs $1 trillion". */
  why: string;
}

/** Word families that state opposite things about the same event. Each pair: [one side, other side, label]. */
const OPPOSITES: ReadonlyArray<readonly [RegExp, RegExp, Conflict['kind'], string]> = [
  [
    /\b(upload(s|ed|ing)?|send(s|ing)?|sent|submit(s|ted|ting)?|feed(s|ing)?|fed|push(es|ed|ing)?)\b/i,
    /\b(siphon(s|ed|ing)?|download(s|ed|ing)?|extract(s|ed|ing)?|exfiltrat(e|es|ed|ing)|scrap(e|es|ed|ing)|harvest(s|ed|ing)?|pull(s|ed|ing)?|drain(s|ed|ing)?)\b/i,
    'direction',
    'direction differs',
  ],
  [
    /\b(ris(e|es|ing)|rose|increas(e|es|ed|ing)|gain(s|ed|ing)?|soar(s|ed|ing)?|surg(e|es|ed|ing)|jump(s|ed|ing)?|climb(s|ed|ing)?|grow(s|ing)?|grew)\b/i,
    /\b(fall(s|ing)?|fell|decreas(e|es|ed|ing)|declin(e|es|ed|ing)|drop(s|ped|ping)?|plummet(s|ed|ing)?|plung(e|es|ed|ing)|slump(s|ed|ing)?|tumbl(e|es|ed|ing)|shr(ink|ank|unk)s?|sank|sink(s|ing)?)\b/i,
    'direction',
    'direction differs',
  ],
  // Not the participles: "allowing the student to mimic" states a consequence, not a permission.
  [
    /\b(allow(s|ed)?|permit(s|ted)?|lets|authori[sz](e|es|ed))\b/i,
    /\b(prohibit(s|ed|ing)?|forbid(s|ding)?|forbade|forbidden|ban(s|ned|ning)?|bar(s|red|ring)?|cannot|can't|may not|must not)\b/i,
    'permission',
    'permission differs',
  ],
  [
    /\b(confirm(s|ed|ing)?|admit(s|ted|ting)?|acknowledg(e|es|ed|ing))\b/i,
    /\b(den(y|ies|ied|ying)|reject(s|ed|ing)?|dismiss(es|ed|ing)?|refut(e|es|ed|ing))\b/i,
    'direction',
    'opposite statement',
  ],
  [
    /\b(approv(e|es|ed|ing)|accept(s|ed|ing)?)\b/i,
    /\b(reject(s|ed|ing)?|block(s|ed|ing)?|veto(es|ed|ing)?)\b/i,
    'direction',
    'opposite decision',
  ],
];

/** Any side of any OPPOSITES pair: most sentences have none, and then one test replaces ten. */
const ANY_OPPOSITE = new RegExp(OPPOSITES.flatMap(([one, other]) => [one.source, other.source]).join('|'), 'i');
const NO_OPPOSITES: ConflictFacts['opposites'] = OPPOSITES.map(() => [null, null] as const);

const NEGATION = /\b(not|never|no|none|neither|nor|nothing|without)\b|n't\b/gi;
const NO_EVIDENCE =
  /\b(no|not any|little|zero|lack of|without|found no|any) (real |hard |clear |concrete )?(evidence|proof|indication)\b|\b(unfounded|baseless|unsubstantiated)\b/i;
const STRONG_EVIDENCE = /\b(substantial|clear|strong|conclusive|solid|hard|ample|overwhelming) (evidence|proof)\b|\bprov(ed|en|es)\b/i;
const SOME_EVIDENCE = /\b(evidence|proof|indications?)\b/i;
const POSSIBLE = /\b(possible|possibility|possibly|may have|might have|could have|perhaps|potentially)\b/i;
const DISPUTE =
  /\b(contradict(s|ed|ing)?|disput(e|es|ed|ing)|den(y|ies|ied|ying)|refut(e|es|ed|ing)|rebut(s|ted|ting)?|debunk(s|ed|ing)?|contrary to|at odds with)\b/i;

/** Quantities that count as the same figure: outlets round. */
const SAME_FIGURE_TOLERANCE = 0.02;

type EvidenceLevel = 'none' | 'possible' | 'some' | 'strong' | null;

function evidenceLevel(text: string): EvidenceLevel {
  if (NO_EVIDENCE.test(text)) return 'none';
  if (STRONG_EVIDENCE.test(text)) return 'strong';
  if (POSSIBLE.test(text)) return 'possible';
  if (SOME_EVIDENCE.test(text)) return 'some';
  return null;
}

function evidenceWords(text: string, level: EvidenceLevel): string {
  if (level === null) return '';
  const pattern = level === 'none' ? NO_EVIDENCE : level === 'strong' ? STRONG_EVIDENCE : level === 'possible' ? POSSIBLE : SOME_EVIDENCE;
  return pattern.exec(text)?.[0] ?? '';
}

const QUANTITY_LABEL: Readonly<Record<Quantity['kind'], Conflict['kind']>> = {
  money: 'amount',
  percent: 'percentage',
  year: 'date',
  count: 'number',
};

/**
 * What the conflict detectors need to know about one sentence, computed once: corpus sentences are compared with
 * many claims, and the regular expressions are most of the cost of a comparison.
 */
export interface ConflictFacts {
  /** The sentence with typography normalised. */
  text: string;
  /** Per OPPOSITES entry, the word of each side the sentence uses, or null. */
  opposites: ReadonlyArray<readonly [string | null, string | null]>;
  negated: boolean;
  evidence: EvidenceLevel;
  evidenceWords: string;
  /** The disputed part ("contradicting DeepSeek's self-reported low training costs"), or null. */
  disputed: string | null;
  /** What is disputed, without the cue and the attribution words. */
  disputedStatement: string | null;
  quantities: readonly Quantity[];
}

/** Prepares a sentence for `findConflict`. */
export function conflictFacts(sentence: string): ConflictFacts {
  const text = normalizeText(sentence);
  const evidence = evidenceLevel(text);
  const disputed = disputedPart(text);
  return {
    text,
    opposites: ANY_OPPOSITE.test(text)
      ? OPPOSITES.map(([one, other]) => [one.exec(text)?.[0] ?? null, other.exec(text)?.[0] ?? null] as const)
      : NO_OPPOSITES,
    negated: negationCount(text) % 2 === 1,
    evidence,
    evidenceWords: evidenceWords(text, evidence),
    disputed,
    disputedStatement: disputed ? disputedStatement(disputed) : null,
    quantities: extractQuantities(text),
  };
}

function quantityConflict(ours: readonly Quantity[], theirs: readonly Quantity[]): Conflict | null {
  for (const kind of ['money', 'percent', 'count', 'year'] as const) {
    const a = ours.filter((q) => q.kind === kind);
    const b = theirs.filter((q) => q.kind === kind);
    if (a.length === 0 || b.length === 0) continue;
    // Years are exact; amounts and counts are rounded differently by different outlets.
    const tolerance = kind === 'year' ? 0 : SAME_FIGURE_TOLERANCE;
    const shared = a.some((x) => b.some((y) => Math.abs(x.value - y.value) <= tolerance * Math.max(x.value, y.value)));
    if (!shared) {
      const label = QUANTITY_LABEL[kind];
      return { kind: label, why: `${label} differs: ${a[0]!.text} vs ${b[0]!.text}` };
    }
  }
  return null;
}

function oppositeConflict(claim: ConflictFacts, evidence: ConflictFacts): Conflict | null {
  for (const [i, [, , kind, label]] of OPPOSITES.entries()) {
    const [claimOne, claimOther] = claim.opposites[i]!;
    const [evidenceOne, evidenceOther] = evidence.opposites[i]!;
    // Only a conflict when neither sentence uses both sides: "allowed, then banned" is not one.
    if (claimOne && evidenceOther && !evidenceOne && !claimOther) return { kind, why: `${label}: ${claimOne} vs ${evidenceOther}` };
    if (claimOther && evidenceOne && !evidenceOther && !claimOne) return { kind, why: `${label}: ${claimOther} vs ${evidenceOne}` };
  }
  return null;
}

function negationCount(text: string): number {
  return text.match(NEGATION)?.length ?? 0;
}

// Words that say who holds a view, not what the view is: "self-reported low costs" disputes the low costs.
const ATTRIBUTION_WORDS = /\b(self-reported|reported(ly)?|claimed|alleged(ly)?|so-called|purported(ly)?|stated|supposed(ly)?)\s+/gi;

/** The statement a dispute cue points at, cue included ("contradicting DeepSeek's self-reported low training costs"). */
export function disputedPart(text: string): string | null {
  const match = DISPUTE.exec(text);
  if (!match) return null;
  return text.slice(match.index).split(/[.;]/)[0]!.trim();
}

/** What a disputed part says, without the dispute cue and the attribution words ("DeepSeek's low training costs"). */
function disputedStatement(part: string): string {
  return part.replace(DISPUTE, '').replace(ATTRIBUTION_WORDS, '').trim();
}

/**
 * How the evidence sentence conflicts with the claim, if it does. A dispute ("contradicting X") is a conflict
 * whenever the other sentence states X (`related`, given that sentence's facts: `claim` or `evidence` itself); the
 * other cues only mean something on sentences that state the claim (`states`), and numbers and negation only on close
 * matches (`strong`).
 */
export function findConflict(
  claim: ConflictFacts,
  evidence: ConflictFacts,
  options: { states: boolean; strong: boolean; related: (statement: string, sentence: ConflictFacts) => boolean },
): Conflict | null {
  if (claim.disputed === null && evidence.disputed !== null && options.related(evidence.disputedStatement!, claim)) {
    return { kind: 'dispute', why: `disputes it: "${evidence.disputed}"` };
  }
  if (evidence.disputed === null && claim.disputed !== null && options.related(claim.disputedStatement!, evidence)) {
    return { kind: 'dispute', why: `the page disputes this: "${claim.disputed}"` };
  }
  if (!options.states) return null;

  const mine = claim.evidence;
  const yours = evidence.evidence;
  if (mine && yours && mine !== yours && (mine === 'none' || yours === 'none' || [mine, yours].sort().join() === 'possible,strong')) {
    return { kind: 'evidence', why: `evidence differs: "${claim.evidenceWords}" vs "${evidence.evidenceWords}"` };
  }

  const opposite = oppositeConflict(claim, evidence);
  if (opposite) return opposite;

  if (!options.strong) return null;
  const quantity = quantityConflict(claim.quantities, evidence.quantities);
  if (quantity) return quantity;
  if (claim.negated !== evidence.negated) {
    return { kind: 'negation', why: claim.negated ? 'negated: the page denies what this outlet states' : 'negated: this outlet denies it' };
  }
  return null;
}
