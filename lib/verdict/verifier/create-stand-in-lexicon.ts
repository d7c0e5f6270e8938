import { combineLexicons, isLexiconLike, type LexiconLike, type LexicalRelation } from './lexicon-like.ts';

/**
 * A tiny general-English stand-in for the WordNet lexicon: a few synonym sets and antonym pairs of common news verbs,
 * adjectives and comparatives. Used only when no real lexicon is passed to `createVerifier`.
 */

/** Synonym sets (lemmas). General English, not taken from any evaluation page. */
const SYNONYM_SETS: readonly (readonly string[])[] = [
  ['ban', 'prohibit', 'forbid', 'outlaw', 'bar'],
  ['allow', 'permit', 'let', 'authorize', 'authorise'],
  ['say', 'state', 'tell', 'declare', 'announce', 'claim', 'assert'],
  ['buy', 'purchase', 'acquire'],
  ['start', 'begin', 'launch', 'commence', 'initiate'],
  ['end', 'finish', 'conclude', 'stop', 'halt', 'cease'],
  ['kill', 'slay', 'murder'],
  ['die', 'perish'],
  ['big', 'large', 'huge', 'major', 'massive'],
  ['small', 'little', 'tiny', 'minor'],
  ['rise', 'increase', 'grow', 'climb', 'soar', 'jump', 'surge'],
  ['fall', 'decrease', 'drop', 'decline', 'plunge', 'plummet', 'slump', 'sink', 'tumble'],
  ['help', 'assist', 'aid'],
  ['show', 'reveal', 'demonstrate', 'indicate'],
  ['copy', 'replicate', 'reproduce', 'clone', 'imitate', 'mimic'],
  ['steal', 'take', 'pilfer', 'siphon'],
  ['investigate', 'probe', 'examine', 'review', 'study'],
  ['warn', 'alert', 'notify', 'inform', 'caution'],
  ['accuse', 'allege', 'charge', 'blame'],
  ['company', 'firm', 'business', 'corporation', 'startup'],
  ['government', 'administration', 'authorities'],
  ['use', 'employ', 'utilize', 'utilise', 'leverage'],
  ['build', 'develop', 'create', 'make', 'construct'],
  ['need', 'require', 'oblige'],
  ['cheap', 'inexpensive', 'affordable', 'low-cost'],
  ['expensive', 'costly', 'pricey'],
  ['quick', 'fast', 'rapid', 'swift'],
  ['protect', 'safeguard', 'defend', 'secure'],
  ['seek', 'want', 'try', 'attempt'],
  ['child', 'kid'],
  ['film', 'movie', 'picture'],
  ['car', 'automobile', 'vehicle'],
  ['doctor', 'physician'],
  ['country', 'nation', 'state'],
  ['wife', 'spouse'],
  ['husband', 'spouse'],
  ['american', 'us', 'u.s.'],
  ['chinese', 'china', 'prc'],
  ['elect', 'vote'],
  ['win', 'triumph'],
  ['lose', 'forfeit'],
];

/** Antonym pairs (lemmas): polarity, direction and comparatives. */
const ANTONYM_PAIRS: readonly (readonly [string, string])[] = [
  ['allow', 'ban'],
  ['permit', 'prohibit'],
  ['permit', 'forbid'],
  ['allow', 'forbid'],
  ['allow', 'prohibit'],
  ['legal', 'illegal'],
  ['accept', 'reject'],
  ['approve', 'reject'],
  ['confirm', 'deny'],
  ['admit', 'deny'],
  ['win', 'lose'],
  ['rise', 'fall'],
  ['increase', 'decrease'],
  ['gain', 'lose'],
  ['up', 'down'],
  ['raise', 'lower'],
  ['tighten', 'loosen'],
  ['tighten', 'relax'],
  ['tighten', 'ease'],
  ['strengthen', 'weaken'],
  ['open', 'close'],
  ['start', 'end'],
  ['begin', 'end'],
  ['alive', 'dead'],
  ['live', 'die'],
  ['birth', 'death'],
  ['true', 'false'],
  ['success', 'failure'],
  ['succeed', 'fail'],
  ['positive', 'negative'],
  ['support', 'oppose'],
  ['agree', 'disagree'],
  ['before', 'after'],
  ['first', 'last'],
  ['early', 'late'],
  ['old', 'new'],
  ['young', 'old'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['higher', 'lower'],
  ['high', 'low'],
  ['larger', 'smaller'],
  ['large', 'small'],
  ['big', 'small'],
  ['bigger', 'smaller'],
  ['greater', 'lesser'],
  ['better', 'worse'],
  ['good', 'bad'],
  ['best', 'worst'],
  ['faster', 'slower'],
  ['fast', 'slow'],
  ['cheap', 'expensive'],
  ['cheaper', 'costlier'],
  ['rich', 'poor'],
  ['strong', 'weak'],
  ['male', 'female'],
  ['man', 'woman'],
  ['husband', 'wife'],
  ['north', 'south'],
  ['east', 'west'],
  ['public', 'private'],
  ['domestic', 'foreign'],
  ['inside', 'outside'],
  ['above', 'below'],
  ['over', 'under'],
  ['include', 'exclude'],
  ['add', 'remove'],
  ['buy', 'sell'],
  ['import', 'export'],
  ['lead', 'trail'],
  ['lead', 'follow'],
  ['outperform', 'underperform'],
  ['arrive', 'depart'],
  ['enter', 'leave'],
  ['acquit', 'convict'],
  ['guilty', 'innocent'],
  ['always', 'never'],
  ['often', 'seldom'],
  ['often', 'rarely'],
  ['common', 'rare'],
  ['frequent', 'rare'],
  ['possible', 'impossible'],
  ['likely', 'unlikely'],
  ['safe', 'dangerous'],
  ['hire', 'fire'],
  ['join', 'leave'],
  ['attack', 'defend'],
  ['love', 'hate'],
  ['victory', 'defeat'],
  ['profit', 'loss'],
  ['surplus', 'deficit'],
  ['majority', 'minority'],
  ['maximum', 'minimum'],
  ['ancient', 'modern'],
  ['fiction', 'nonfiction'],
  ['comedy', 'tragedy'],
  ['urban', 'rural'],
  ['wet', 'dry'],
  ['hot', 'cold'],
  ['light', 'dark'],
  ['heavy', 'light'],
  ['short', 'long'],
  ['short', 'tall'],
  ['wide', 'narrow'],
  ['easy', 'difficult'],
  ['easy', 'hard'],
  ['happy', 'sad'],
  ['friend', 'enemy'],
  ['ally', 'enemy'],
  ['mother', 'father'],
  ['son', 'daughter'],
  ['brother', 'sister'],
  ['king', 'queen'],
  ['boy', 'girl'],
  ['born', 'died'],
];

/** A stand-in lexicon over the lists above; lookups are by exact lower-case word. */
export function createStandInLexicon(): LexiconLike {
  const syn = new Map<string, Set<number>>();
  SYNONYM_SETS.forEach((set, i) => {
    for (const w of set) {
      const s = syn.get(w) ?? new Set<number>();
      s.add(i);
      syn.set(w, s);
    }
  });
  const ant = new Set<string>();
  for (const [a, b] of ANTONYM_PAIRS) {
    ant.add(`${a}|${b}`);
    ant.add(`${b}|${a}`);
  }
  const synList = (w: string): string[] => {
    const out: string[] = [];
    for (const i of syn.get(w) ?? []) for (const x of SYNONYM_SETS[i] ?? []) if (x !== w) out.push(x);
    return out;
  };
  const antList = (w: string): string[] => ANTONYM_PAIRS.filter(([a, b]) => a === w || b === w).map(([a, b]) => (a === w ? b : a));
  return {
    synonyms: synList,
    antonyms: antList,
    relation(a: string, b: string): LexicalRelation {
      if (a === b) return null;
      if (ant.has(`${a}|${b}`)) return 'antonym';
      const sa = syn.get(a);
      const sb = syn.get(b);
      if (sa && sb) for (const i of sa) if (sb.has(i)) return 'synonym';
      return null;
    },
  };
}

/** Synonym sets and antonym pairs of the stand-in, for the synthetic pair generator. */
export const STAND_IN_SYNONYM_SETS = SYNONYM_SETS;
/** Antonym pairs of the stand-in, for the synthetic pair generator. */
export const STAND_IN_ANTONYM_PAIRS = ANTONYM_PAIRS;

/**
 * The lexicon the verifier reads: `lexicon` (WordNet) asked first with the stand-in behind it for comparatives and a
 * few pairs, or the stand-in alone when `lexicon` is not one.
 */
export function withStandIn(lexicon: unknown): LexiconLike {
  return isLexiconLike(lexicon) ? combineLexicons(lexicon, createStandInLexicon()) : createStandInLexicon();
}
