/**
 * A compact WordNet lexicon for the claim × sentence verifier: base forms, synonyms, antonyms,
 * hypernyms and derivational links for the vocabulary of news English the project sees.
 *
 * The data is compiled at build time by `scripts/build-lexicon.ts` into `data/lexicon.bin`
 * (see `docs/lexicon.md`); this module only decodes it, so it is pure and browser-safe.
 * Every lookup goes through `Map`s keyed by strings, never plain objects, because the words come
 * from hostile page text ("constructor", "__proto__" and "toString" are ordinary words here).
 */

/** How word `b` relates to word `a` (see {@link Lexicon.relation}). */
export type LexicalRelation = 'same' | 'synonym' | 'antonym' | 'hypernym' | 'hyponym' | 'derived';

/** Lookups over the compiled WordNet subset. All words are expected lower-case. */
export interface Lexicon {
  /**
   * WordNet base form(s) of a lower-case word ("fell" → ["fall","fell"]), by WordNet's morphy:
   * the exception lists, else the word itself and its suffix-rule reductions, kept only where the
   * result is a lemma of the lexicon. Sorted; empty when the lexicon knows no base form.
   */
  lemmas(word: string): string[];
  /** Lemmas sharing one of the word's first few senses (over all its base forms), sorted. */
  synonyms(word: string): string[];
  /** Direct, similar-to (adjectives) and derivation-mediated antonyms (over all base forms), sorted. */
  antonyms(word: string): string[];
  /** More general lemmas, up to two hypernym levels above the word's first few senses, sorted. */
  hypernyms(word: string): string[];
  /**
   * How b relates to a, over their lemmas: same lemma, synonym, antonym, a's hypernym
   * ('hypernym' = b is more general), hyponym (b is more specific), derivationally related, or
   * null. Checked in that order, so a pair that is both the same lemma and something else is 'same'.
   */
  relation(a: string, b: string): LexicalRelation | null;
  /** Derivationally related lemmas ("decision" ↔ "decide"), sorted. */
  derived(word: string): string[];
  /** Sizes, for reports and tests. */
  readonly stats: LexiconStats;
}

/** Counts of what a parsed lexicon holds (directed links: a symmetric pair counts twice). */
export interface LexiconStats {
  /** Strings in the table: lemmas plus irregular inflected forms. */
  readonly strings: number;
  /** Strings that are lemmas (have a part of speech). */
  readonly lemmas: number;
  readonly synonymLinks: number;
  readonly antonymLinks: number;
  readonly hypernymLinks: number;
  readonly derivedLinks: number;
  /** Irregular form → base entries over all parts of speech. */
  readonly exceptions: number;
}

/** File magic: "CCLX" (Crosscheck LeXicon), so a wrong file fails loudly instead of decoding noise. */
export const LEXICON_MAGIC = 'CCLX';
/** Format version; bump on any layout change so an old loader rejects a new file. */
export const LEXICON_VERSION = 1;

/** Parts of speech in file order; bit i of a string's part-of-speech mask is POS_ORDER[i]. */
export const POS_ORDER = ['n', 'v', 'a', 'r'] as const;
/** A WordNet part of speech: noun, verb, adjective (heads and satellites), adverb. */
export type Pos = (typeof POS_ORDER)[number];

/** Relation sections in file order. */
export const RELATION_ORDER = ['synonym', 'antonym', 'hypernym', 'derived'] as const;
/** A relation stored as adjacency lists in the file. */
export type StoredRelation = (typeof RELATION_ORDER)[number];

/**
 * WordNet's morphy detachment rules (morph.c), per part of speech: [suffix, replacement].
 * Adverbs have none: WordNet reduces adverbs through the exception list only.
 */
export const MORPHY_RULES: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = Object.freeze({
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
});

/** Lemma results kept per parsed lexicon before the cache is dropped: bounds memory on long pages. */
const LEMMA_CACHE_LIMIT = 50_000;

/** Reads the byte layout written by the builder; throws on anything malformed. */
class Reader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  byte(): number {
    const b = this.bytes[this.pos];
    if (b === undefined) throw new Error('lexicon: unexpected end of data');
    this.pos += 1;
    return b;
  }
  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i += 1) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
    throw new Error('lexicon: varint too long');
  }
  slice(length: number): Uint8Array {
    if (this.pos + length > this.bytes.length) throw new Error('lexicon: unexpected end of data');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
  get done(): boolean {
    return this.pos === this.bytes.length;
  }
}

/** Compressed sparse rows: targets of row i are `targets[offsets[i] .. offsets[i+1])`. */
interface Adjacency {
  offsets: Uint32Array;
  /** Sorted ascending within each row, so membership is a binary search of a short row. */
  targets: Uint32Array;
}

/** Whether `target` is in row `row` of a table. */
function hasLink(table: Adjacency, row: number, target: number): boolean {
  let lo = table.offsets[row] ?? 0;
  let hi = (table.offsets[row + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = table.targets[mid] ?? 0;
    if (value === target) return true;
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function readAdjacency(reader: Reader, stringCount: number): Adjacency {
  const rows = reader.varint();
  const rowIds = new Uint32Array(rows);
  const lengths = new Uint32Array(rows);
  const flat: number[] = [];
  let prevRow = -1;
  for (let r = 0; r < rows; r += 1) {
    const row = prevRow + 1 + reader.varint();
    if (row >= stringCount) throw new Error('lexicon: row out of range');
    prevRow = row;
    const length = reader.varint();
    rowIds[r] = row;
    lengths[r] = length;
    let prev = -1;
    for (let k = 0; k < length; k += 1) {
      const target = prev + 1 + reader.varint();
      if (target >= stringCount) throw new Error('lexicon: target out of range');
      flat.push(target);
      prev = target;
    }
  }
  const offsets = new Uint32Array(stringCount + 1);
  let cursor = 0;
  let next = 0;
  for (let id = 0; id < stringCount; id += 1) {
    offsets[id] = cursor;
    if (next < rows && rowIds[next] === id) {
      cursor += lengths[next] ?? 0;
      next += 1;
    }
  }
  offsets[stringCount] = cursor;
  return { offsets, targets: Uint32Array.from(flat) };
}

/**
 * Decodes `data/lexicon.bin` (or any file the builder wrote) into fast lookups. All maps are
 * built here, once, so each later lookup is a handful of `Map`/`Set` probes.
 * @throws if the bytes are not a lexicon of this version.
 */
export function parseLexicon(bytes: Uint8Array): Lexicon {
  const reader = new Reader(bytes);
  const magic = new TextDecoder().decode(reader.slice(4));
  if (magic !== LEXICON_MAGIC) throw new Error(`lexicon: bad magic ${JSON.stringify(magic)}`);
  const version = reader.byte();
  if (version !== LEXICON_VERSION) throw new Error(`lexicon: unsupported version ${version}`);

  // String table, front-coded: shared prefix with the previous string, then the new suffix.
  // Expanded into one newline-separated byte buffer and decoded in a single call: far faster
  // than building 17k strings piecewise. Lemmas never contain a newline (the builder checks).
  const stringCount = reader.varint();
  let expanded = new Uint8Array(Math.max(1024, bytes.length));
  let length = 0;
  let previousStart = 0;
  let previousLength = 0;
  for (let i = 0; i < stringCount; i += 1) {
    const shared = reader.varint();
    const suffix = reader.slice(reader.varint());
    if (shared > previousLength) throw new Error('lexicon: bad string prefix');
    const needed = length + shared + suffix.length + 1;
    if (needed > expanded.length) {
      const grown = new Uint8Array(needed * 2);
      grown.set(expanded.subarray(0, length));
      expanded = grown;
    }
    const start = length;
    expanded.copyWithin(length, previousStart, previousStart + shared);
    length += shared;
    expanded.set(suffix, length);
    length += suffix.length;
    previousStart = start;
    previousLength = length - start;
    expanded[length] = 0x0a;
    length += 1;
  }
  const strings = stringCount === 0 ? [] : new TextDecoder().decode(expanded.subarray(0, length - 1)).split('\n');
  if (strings.length !== stringCount) throw new Error('lexicon: bad string table');
  const ids = new Map<string, number>();
  strings.forEach((value, id) => ids.set(value, id));

  const posMasks = reader.slice(stringCount).slice();
  const relations = new Map<StoredRelation, Adjacency>();
  for (const name of RELATION_ORDER) relations.set(name, readAdjacency(reader, stringCount));
  const exceptions: Adjacency[] = POS_ORDER.map(() => readAdjacency(reader, stringCount));
  if (!reader.done) throw new Error('lexicon: trailing bytes');

  const adjacency = (name: StoredRelation): Adjacency => {
    const found = relations.get(name);
    if (!found) throw new Error(`lexicon: missing ${name}`);
    return found;
  };
  const synonym = adjacency('synonym');
  const antonym = adjacency('antonym');
  const hypernym = adjacency('hypernym');
  const derivation = adjacency('derived');

  const isLemma = (word: string, posBit: number): boolean => {
    const id = ids.get(word);
    return id !== undefined && ((posMasks[id] ?? 0) & posBit) !== 0;
  };

  const lemmaCache = new Map<string, readonly number[]>();
  /** Lemma ids of a word, by morphy over every part of speech; cached. */
  const lemmaIds = (word: string): readonly number[] => {
    const cached = lemmaCache.get(word);
    if (cached) return cached;
    const found = new Set<number>();
    POS_ORDER.forEach((pos, bit) => {
      const posBit = 1 << bit;
      const id = ids.get(word);
      const exception = exceptions[bit];
      if (id !== undefined && exception) {
        const start = exception.offsets[id] ?? 0;
        const end = exception.offsets[id + 1] ?? 0;
        if (end > start) {
          // As in morphy, an irregular form reduces through its exception entry only.
          if (((posMasks[id] ?? 0) & posBit) !== 0) found.add(id);
          for (let k = start; k < end; k += 1) found.add(exception.targets[k] ?? 0);
          return;
        }
      }
      if (isLemma(word, posBit) && id !== undefined) found.add(id);
      for (const [suffix, replacement] of MORPHY_RULES[pos]) {
        if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
        const base = word.slice(0, word.length - suffix.length) + replacement;
        const baseId = ids.get(base);
        if (baseId !== undefined && ((posMasks[baseId] ?? 0) & posBit) !== 0) found.add(baseId);
      }
    });
    const result = Object.freeze([...found].sort((x, y) => x - y));
    if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
    lemmaCache.set(word, result);
    return result;
  };

  const neighbours = (table: Adjacency, word: string): string[] => {
    const out = new Set<string>();
    for (const id of lemmaIds(word)) {
      const end = table.offsets[id + 1] ?? 0;
      for (let k = table.offsets[id] ?? 0; k < end; k += 1) out.add(strings[table.targets[k] ?? 0] ?? '');
    }
    return [...out].sort();
  };

  const anyPair = (table: Adjacency, from: readonly number[], to: readonly number[]): boolean => {
    for (const x of from) {
      for (const y of to) if (hasLink(table, x, y)) return true;
    }
    return false;
  };

  let exceptionCount = 0;
  for (const table of exceptions) exceptionCount += table.targets.length;
  let lemmaCount = 0;
  for (const mask of posMasks) if (mask !== 0) lemmaCount += 1;
  const stats: LexiconStats = Object.freeze({
    strings: stringCount,
    lemmas: lemmaCount,
    synonymLinks: synonym.targets.length,
    antonymLinks: antonym.targets.length,
    hypernymLinks: hypernym.targets.length,
    derivedLinks: derivation.targets.length,
    exceptions: exceptionCount,
  });

  return {
    stats,
    lemmas: (word) => lemmaIds(word).map((id) => strings[id] ?? ''),
    synonyms: (word) => neighbours(synonym, word),
    antonyms: (word) => neighbours(antonym, word),
    hypernyms: (word) => neighbours(hypernym, word),
    derived: (word) => neighbours(derivation, word),
    relation(a, b) {
      if (a === b) return 'same';
      const la = lemmaIds(a);
      const lb = lemmaIds(b);
      if (la.length === 0 || lb.length === 0) return null;
      for (const x of la) if (lb.includes(x)) return 'same';
      if (anyPair(synonym, la, lb)) return 'synonym';
      if (anyPair(antonym, la, lb)) return 'antonym';
      if (anyPair(hypernym, la, lb)) return 'hypernym';
      if (anyPair(hypernym, lb, la)) return 'hyponym';
      if (anyPair(derivation, la, lb)) return 'derived';
      return null;
    },
  };
}
