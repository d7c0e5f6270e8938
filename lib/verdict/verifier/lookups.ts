/** Per-analysis lookups and lexicon expansions the aligner probes, cached on the (immutable) analysis objects. */
import type { TextAnalysis } from './analyse-text.ts';
import { expandWord, type Expansion, type LexiconLike } from './lexicon-like.ts';
import { backgroundWeight } from '../../match/term-weights.ts';

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

/** One claim word's lexicon expansion: interned word → relation, and the same as arrays to walk without allocating. */
export interface WordExpansion {
  get(id: number): Expansion | undefined;
  readonly size: number;
  ids: Int32Array;
  kinds: readonly Expansion[];
}

function wordExpansion(m: Map<number, Expansion>): WordExpansion {
  return { get: (id) => m.get(id), size: m.size, ids: Int32Array.from(m.keys()), kinds: [...m.values()] };
}

const expansionCache = new WeakMap<LexiconLike, WeakMap<TextAnalysis, Map<number, WordExpansion>>>();

/** Lexicon expansions of a claim's content words, computed once per analysis and lexicon. */
export function expansions(a: TextAnalysis, lex: LexiconLike): Map<number, WordExpansion> {
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
    e.set(i, wordExpansion(m));
  }
  perLex.set(a, e);
  return e;
}

/** Per-analysis lookups. */
export interface Lookups {
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
export function lookups(a: TextAnalysis): Lookups {
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
