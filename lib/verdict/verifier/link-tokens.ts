/** First alignment pass: links claim content words to evidence words (same key, then lexicon relations). */
import type { TextAnalysis } from './analyse-text.ts';
import type { Conflict, TokenLink } from './alignment.ts';
import type { Expansion, LexiconLike } from './lexicon-like.ts';
import { expansions, type Lookups } from './lookups.ts';

const NONE: readonly number[] = [];

/** Why: names and numbers decide what a sentence is about; adverbs rarely do. */
const POS_WEIGHT: ReadonlyMap<string, number> = new Map([
  ['PROPN', 2],
  ['NUM', 1.5],
  ['NOUN', 1.5],
  ['VERB', 1.2],
  ['ADJ', 1],
  ['ADV', 0.6],
]);

/** Whether two words differ by at most one letter inserted, dropped or changed ("Sacks" / "Sachs"). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + (a.length === b.length ? 1 : 0));
  return a.length >= b.length ? rest(a, b) : rest(b, a);
}

/**
 * The evidence name a claim name is a misspelling of ("David Sachs" for "David Sacks"): the same person, not another
 * actor. Names of five letters or more only, so "Ford" and "Lord" stay apart.
 */
function misspeltName(claim: TextAnalysis, i: number, evidence: TextAnalysis, evUsed: ReadonlySet<number>): number[] | undefined {
  const word = claim.words[i] ?? '';
  if (claim.pos[i] !== 'PROPN' || word.length < 5) return undefined;
  for (let j = 0; j < evidence.words.length; j++) {
    const other = evidence.words[j] ?? '';
    if (evidence.pos[j] === 'PROPN' && !evUsed.has(j) && other.length >= 5 && oneEditApart(word, other)) return [j];
  }
  return undefined;
}

/** Slots of the first evidence index per relation that `noteRelation` fills for one claim word (-1: none). */
const ANTONYM = 0;
const SYNONYM = 1;
const RELATED = 2;

/** Keeps the first evidence index `j` per relation; an evidence word the claim already shares is not its opposite. */
function noteRelation(first: Int32Array, kind: Expansion, j: number, evUsed: ReadonlySet<number>): void {
  const slot = kind === 'antonym' ? ANTONYM : kind === 'synonym' ? SYNONYM : RELATED;
  // "smaller … larger" / "simpler … larger": a shared word is not an opposite
  if (slot === ANTONYM && evUsed.has(j)) return;
  if (first[slot]! < 0 || j < first[slot]!) first[slot] = j;
}

/** What the linking pass found: links, unmatched claim words, antonym conflicts and the coverage weights. */
export interface TokenLinks {
  links: TokenLink[];
  unmatched: number[];
  conflicts: Conflict[];
  evUsed: Set<number>;
  claimLinked: Int32Array;
  wAll: number;
  wSame: number;
  wSyn: number;
  rAll: number;
  rCov: number;
  predVia: TokenLink['via'] | null;
}

/** Links each claim content word to an evidence word by key, else through the lexicon; notes antonyms as conflicts. */
export function linkTokens(claim: TextAnalysis, evidence: TextAnalysis, lexicon: LexiconLike, C: Lookups, E: Lookups): TokenLinks {
  const links: TokenLink[] = [];
  const unmatched: number[] = [];
  const conflicts: Conflict[] = [];
  const evUsed = new Set<number>();
  const claimLinked = new Int32Array(claim.words.length).fill(-1);
  let wAll = 0;
  let wSame = 0;
  let wSyn = 0;
  let rAll = 0;
  let rCov = 0;
  const pending: number[] = [];
  for (const i of claim.content) {
    if (C.numeric.has(i)) continue;
    const w = POS_WEIGHT.get(claim.pos[i] ?? '') ?? 1;
    wAll += w;
    const r = C.rarity[i] ?? 0;
    rAll += r;
    const hit = E.byKey.get(claim.keys[i] ?? '') ?? misspeltName(claim, i, evidence, evUsed);
    if (hit && hit.length > 0) {
      // Of several same-key words, an unused one of the same part of speech ("use" the verb, not "terms of use").
      let j = -1;
      for (const x of hit) if (!evUsed.has(x) && (j < 0 || (evidence.pos[x] === claim.pos[i] && evidence.pos[j] !== claim.pos[i]))) j = x;
      if (j < 0) j = hit[0] ?? 0;
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
  const first = new Int32Array(3);
  for (const i of pending) {
    const w = POS_WEIGHT.get(claim.pos[i] ?? '') ?? 1;
    const cl = claim.lemmas[i] ?? '';
    const cw = claim.words[i] ?? '';
    const xi = X?.get(i);
    let found = -1;
    let via: TokenLink['via'] = 'synonym';
    if (xi) {
      first.fill(-1);
      if (xi.size > 2 * E.plain.length) {
        // a long expansion list: probe it with the (fewer) evidence words instead; same first index per relation
        for (const j of E.plain) {
          const kl = xi.get(E.lemmaId[j] ?? -1);
          if (kl !== undefined) noteRelation(first, kl, j, evUsed);
          const kw = xi.get(E.wordId[j] ?? -1);
          if (kw !== undefined) noteRelation(first, kw, j, evUsed);
        }
      } else {
        // walk the claim word's (usually short) expansion list and probe the evidence's word index
        for (let k = 0; k < xi.ids.length; k++) {
          const j = E.idIndex.get(xi.ids[k]!);
          if (j !== undefined) noteRelation(first, xi.kinds[k]!, j, evUsed);
        }
      }
      const ant = first[ANTONYM]!;
      const syn = first[SYNONYM]!;
      const rel = first[RELATED]!;
      if (ant >= 0) {
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
    // without expansion lists, the lexicon is asked about each evidence word
    for (const j of xi ? NONE : E.plain) {
      const r = lexicon.relation(cl, evidence.lemmas[j] ?? '') ?? lexicon.relation(cw, evidence.words[j] ?? '');
      if (r === 'antonym' && !evUsed.has(j)) {
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
  return { links, unmatched, conflicts, evUsed, claimLinked, wAll, wSame, wSyn, rAll, rCov, predVia };
}
