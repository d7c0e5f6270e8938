/**
 * The pure half of the lexicon build: WordNet's text files plus a vocabulary in, the bytes of
 * `data/lexicon.bin` out. No file system here, so tests can feed a tiny fixture
 * (`tests/fixtures/lexicon/`) and check the output is deterministic.
 *
 * Layout (all integers unsigned LEB128 varints unless noted):
 *   "CCLX" · version (1 byte) · string count · strings, sorted and front-coded
 *   (shared-prefix length, suffix byte length, UTF-8 suffix) · one part-of-speech mask byte per
 *   string (bit i = POS_ORDER[i]; 0 = only an irregular inflected form) · four relation sections
 *   (RELATION_ORDER) · four exception sections (POS_ORDER).
 *   A section: row count, then per row the row id's gap from the previous row id (minus one), the
 *   list length and the sorted target ids as gaps (minus one).
 */
import {
  LEXICON_MAGIC,
  LEXICON_VERSION,
  MORPHY_RULES,
  POS_ORDER,
  RELATION_ORDER,
  type Pos,
  type StoredRelation,
} from '../../lib/text/lexicon';

/** WordNet's text files, by part of speech: `data.<pos>`, `index.<pos>`, `<pos>.exc` contents. */
export interface WordNetFiles {
  /** `data.noun`, `data.verb`, `data.adj`, `data.adv`. */
  data: Readonly<Record<Pos, string>>;
  /** `index.noun`, `index.verb`, `index.adj`, `index.adv`. */
  index: Readonly<Record<Pos, string>>;
  /** `noun.exc`, `verb.exc`, `adj.exc`, `adv.exc` (empty string where absent). */
  exceptions: Readonly<Record<Pos, string>>;
}

/** What to keep from WordNet. */
export interface LexiconVocabulary {
  /** Lower-case word tokens from the product's text; kept with their WordNet base forms. */
  words: Iterable<string>;
  /** Stems (term-weights `df` keys): kept only where the stem is itself a WordNet word form. */
  stems?: Iterable<string>;
}

/** Counts describing a build, for the build script's report. */
export interface LexiconBuildReport {
  vocabularyLemmas: number;
  strings: number;
  links: Record<StoredRelation, number>;
  exceptions: number;
  /** Pairs that WordNet makes both synonyms and antonyms (relation() reports 'synonym'). */
  synonymAntonymOverlap: number;
}

/**
 * Senses (in WordNet's frequency order) of a word used for synonyms: rare senses make false
 * friends ("bank" ≈ "depository"), and three covers the everyday senses of news verbs and nouns.
 */
export const SYNONYM_SENSES = 3;
/** Senses used for hypernyms: same reasoning as synonyms; deeper senses give odd categories. */
export const HYPERNYM_SENSES = 3;
/** Hypernym levels kept (levels that contain a vocabulary word): one is often too specific ("chief executive" → "executive" → "administrator"). */
export const HYPERNYM_LEVELS = 2;
/** Synset steps climbed at most while looking for those levels: past four, categories turn abstract ("entity"). */
export const HYPERNYM_MAX_STEPS = 4;
/**
 * Senses used for antonym and derivation pointers: these are lexical (word-to-word) links, far
 * less prone to false friends than shared synsets, and "rise"/"fall" pair only in later senses.
 */
export const LEXICAL_LINK_SENSES = 8;

/**
 * Function words that WordNet lists as nouns or verbs ("can" = tin can, "may" = hawthorn, "us" =
 * United States, "will" = testament): in news text they are almost never the content sense, and
 * the auxiliaries "be"/"have"/"do" would link to half the verb lexicon. Contraction stubs ("don"
 * from "don't") are here too.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after again against all almost along already also although always am among an and another any anyone ' +
    'anything are aren around as at be because been before being below between both but by can cannot could couldn did didn do does ' +
    'doesn doing done don during each either else ever every few for from further had hadn has hasn have haven having he her here hers ' +
    'herself him himself his how however i if in into is isn it its itself just least less ll may me might more most much must my ' +
    'myself neither no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps quite ' +
    'rather re same shall she should shouldn since so some such than that the their theirs them themselves then there these they this ' +
    'those though through thus to too toward towards under until up upon us ve very via was wasn we were weren what whatever when ' +
    'where whether which while who whom whose why will with within without would wouldn yet you your yours yourself'
  ).split(' '),
);

/** A word form we can look up: lower-case letters, optionally hyphenated ("well-known"). */
const WORD_FORM = /^[a-z]+(?:-[a-z]+)*$/;
/** Shortest word kept: single letters are initials or list markers, and WordNet reads them as vitamins. */
const MIN_WORD_LENGTH = 2;

interface Pointer {
  symbol: string;
  /** Key of the target synset (`pos:offset`, satellites under 'a'). */
  target: string;
  /** 1-based word number in the source synset; 0 = the whole synset. */
  source: number;
  /** 1-based word number in the target synset; 0 = the whole synset. */
  targetWord: number;
}

interface Synset {
  satellite: boolean;
  words: string[];
  pointers: Pointer[];
}

const POS_OF_LETTER: Readonly<Record<string, Pos>> = Object.freeze({ n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' });

function posOfLetter(letter: string): Pos {
  const pos = Object.hasOwn(POS_OF_LETTER, letter) ? POS_OF_LETTER[letter] : undefined;
  if (!pos) throw new Error(`WordNet: unknown part of speech ${JSON.stringify(letter)}`);
  return pos;
}

/** Parses a `data.<pos>` file into synsets keyed `pos:offset`. */
function parseData(text: string, filePos: Pos, into: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const bar = line.indexOf(' | ');
    const fields = (bar === -1 ? line : line.slice(0, bar)).trim().split(' ');
    let i = 0;
    const next = (): string => {
      const value = fields[i];
      if (value === undefined) throw new Error(`WordNet: short data line ${line.slice(0, 40)}`);
      i += 1;
      return value;
    };
    const offset = next();
    next(); // lexicographer file number
    const type = next();
    const wordCount = parseInt(next(), 16);
    const words: string[] = [];
    for (let w = 0; w < wordCount; w += 1) {
      // Adjective markers "(a)", "(p)", "(ip)" are syntax notes, not part of the lemma.
      words.push(
        next()
          .replace(/\([a-z]+\)$/, '')
          .toLowerCase(),
      );
      next(); // lex_id
    }
    const pointerCount = parseInt(next(), 10);
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p += 1) {
      const symbol = next();
      const targetOffset = next();
      const targetPos = posOfLetter(next());
      const sourceTarget = next();
      pointers.push({
        symbol,
        target: `${targetPos}:${targetOffset}`,
        source: parseInt(sourceTarget.slice(0, 2), 16),
        targetWord: parseInt(sourceTarget.slice(2, 4), 16),
      });
    }
    into.set(`${filePos}:${offset}`, { satellite: type === 's', words, pointers });
  }
}

/** Parses an `index.<pos>` file: lemma → synset keys in WordNet's sense (frequency) order. */
function parseIndex(text: string, pos: Pos): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    const synsetCount = parseInt(fields[2] ?? '', 10);
    if (lemma === undefined || !Number.isFinite(synsetCount)) continue;
    out.set(
      lemma,
      fields.slice(fields.length - synsetCount).map((offset) => `${pos}:${offset}`),
    );
  }
  return out;
}

/** Parses a `<pos>.exc` file: irregular form → base forms. */
function parseExceptions(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [form, ...bases] = line.trim().split(' ');
    if (!form || bases.length === 0) continue;
    out.set(form, [...(out.get(form) ?? []), ...bases]);
  }
  return out;
}

/** Adds `b` to `a`'s set in a relation map. */
function link(map: Map<string, Set<string>>, a: string, b: string): void {
  if (a === b) return;
  let set = map.get(a);
  if (!set) {
    set = new Set();
    map.set(a, set);
  }
  set.add(b);
}

function symmetrise(map: Map<string, Set<string>>): void {
  for (const [a, set] of [...map]) for (const b of set) link(map, b, a);
}

class Writer {
  private readonly chunks: number[] = [];
  byte(value: number): void {
    this.chunks.push(value & 0xff);
  }
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`lexicon: bad varint ${value}`);
    let rest = value;
    while (rest >= 0x80) {
      this.chunks.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.chunks.push(rest);
  }
  bytes(values: Uint8Array): void {
    for (const b of values) this.chunks.push(b);
  }
  finish(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

function writeSection(writer: Writer, rows: Map<number, number[]>): void {
  const ids = [...rows.keys()].sort((x, y) => x - y);
  writer.varint(ids.length);
  let prevRow = -1;
  for (const id of ids) {
    const targets = [...new Set(rows.get(id) ?? [])].sort((x, y) => x - y);
    writer.varint(id - prevRow - 1);
    prevRow = id;
    writer.varint(targets.length);
    let prev = -1;
    for (const target of targets) {
      writer.varint(target - prev - 1);
      prev = target;
    }
  }
}

/**
 * Compiles WordNet restricted to a vocabulary into the `CCLX` lexicon bytes (see the file header
 * for the layout). Deterministic: every set is sorted before it is written.
 */
export function buildLexicon(files: WordNetFiles, vocabulary: LexiconVocabulary): { bytes: Uint8Array; report: LexiconBuildReport } {
  const synsets = new Map<string, Synset>();
  const index = new Map<Pos, Map<string, string[]>>();
  const exceptions = new Map<Pos, Map<string, string[]>>();
  for (const pos of POS_ORDER) {
    parseData(files.data[pos], pos, synsets);
    index.set(pos, parseIndex(files.index[pos], pos));
    exceptions.set(pos, parseExceptions(files.exceptions[pos]));
  }
  const senses = (lemma: string, pos: Pos): string[] => index.get(pos)?.get(lemma) ?? [];
  const isLemma = (word: string, pos: Pos): boolean => senses(word, pos).length > 0;
  const keep = (word: string): boolean => word.length >= MIN_WORD_LENGTH && WORD_FORM.test(word) && !FUNCTION_WORDS.has(word);

  /** Morphy, as the loader runs it, but against the full WordNet index. */
  const morphy = (word: string): Map<Pos, Set<string>> => {
    const out = new Map<Pos, Set<string>>();
    for (const pos of POS_ORDER) {
      const found = new Set<string>();
      const irregular = exceptions.get(pos)?.get(word);
      if (irregular) {
        if (isLemma(word, pos)) found.add(word);
        for (const base of irregular) if (isLemma(base, pos)) found.add(base);
      } else {
        if (isLemma(word, pos)) found.add(word);
        for (const [suffix, replacement] of MORPHY_RULES[pos]) {
          if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
          const base = word.slice(0, word.length - suffix.length) + replacement;
          if (isLemma(base, pos)) found.add(base);
        }
      }
      if (found.size > 0) out.set(pos, found);
    }
    return out;
  };

  // The vocabulary: base forms of the product's words, as lemmas with their parts of speech.
  const vocab = new Map<string, Set<Pos>>();
  const addLemma = (lemma: string, pos: Pos): void => {
    if (!keep(lemma)) return;
    let set = vocab.get(lemma);
    if (!set) {
      set = new Set();
      vocab.set(lemma, set);
    }
    set.add(pos);
  };
  for (const word of vocabulary.words) {
    if (!keep(word)) continue;
    for (const [pos, lemmas] of morphy(word)) for (const lemma of lemmas) addLemma(lemma, pos);
  }
  for (const stem of vocabulary.stems ?? []) {
    if (!keep(stem)) continue;
    for (const pos of POS_ORDER) {
      if (isLemma(stem, pos)) addLemma(stem, pos);
      for (const base of exceptions.get(pos)?.get(stem) ?? []) if (isLemma(base, pos)) addLemma(base, pos);
    }
  }
  const inVocab = (word: string, pos?: Pos): boolean => (pos === undefined ? vocab.has(word) : vocab.get(word)?.has(pos) === true);

  const synonym = new Map<string, Set<string>>();
  const antonym = new Map<string, Set<string>>();
  const hypernym = new Map<string, Set<string>>();
  const derived = new Map<string, Set<string>>();
  const synsetOf = (key: string): Synset | undefined => synsets.get(key);
  const rank = (word: string, pos: Pos, key: string): number => senses(word, pos).indexOf(key);
  /** Words a lexical pointer reaches (one word, or the whole synset for word number 0). */
  const targetsOf = (pointer: Pointer): string[] => {
    const words = synsetOf(pointer.target)?.words ?? [];
    if (pointer.targetWord === 0) return words;
    const word = words[pointer.targetWord - 1];
    return word === undefined ? [] : [word];
  };
  /** Lexical pointers of one word in one synset (its own, or the synset's when source is 0). */
  const pointersOf = (synset: Synset, word: string, symbol: string): Pointer[] => {
    const position = synset.words.indexOf(word) + 1;
    return synset.pointers.filter((p) => p.symbol === symbol && (p.source === 0 || p.source === position));
  };

  const sortedVocab = [...vocab.keys()].sort();
  for (const word of sortedVocab) {
    for (const pos of [...(vocab.get(word) ?? [])].sort()) {
      const wordSenses = senses(word, pos);
      // Synonyms: lemmas sharing a synset that is among the first senses of both words.
      for (const key of wordSenses.slice(0, SYNONYM_SENSES)) {
        for (const other of synsetOf(key)?.words ?? []) {
          if (other === word || !inVocab(other, pos)) continue;
          const otherRank = rank(other, pos, key);
          if (otherRank >= 0 && otherRank < SYNONYM_SENSES) link(synonym, word, other);
        }
      }
      // Hypernyms (nouns and verbs carry '@'; instance hypernyms '@i' are for proper names).
      // A level counts only when it yields a vocabulary word: WordNet's chains pass through
      // multi-word synsets ("car" → "motor vehicle" → "self-propelled vehicle" → … "vehicle").
      if (pos === 'n' || pos === 'v') {
        let level = wordSenses.slice(0, HYPERNYM_SENSES);
        let levels = 0;
        for (let depth = 0; depth < HYPERNYM_MAX_STEPS && levels < HYPERNYM_LEVELS && level.length > 0; depth += 1) {
          const up: string[] = [];
          let found = false;
          for (const key of level) {
            for (const pointer of synsetOf(key)?.pointers ?? []) {
              if (pointer.symbol !== '@') continue;
              up.push(pointer.target);
              for (const general of synsetOf(pointer.target)?.words ?? []) {
                if (general !== word && inVocab(general, pos)) {
                  link(hypernym, word, general);
                  found = true;
                }
              }
            }
          }
          if (found) levels += 1;
          level = [...new Set(up)].sort();
        }
      }
      // Synset antonymy among everyday senses: "allow" shares "permit"'s synset, which WordNet
      // opposes to "forbid"'s, though the '!' pointer itself links only permit ↔ forbid.
      for (const key of wordSenses.slice(0, SYNONYM_SENSES)) {
        const synset = synsetOf(key);
        for (const pointer of synset?.pointers ?? []) {
          if (pointer.symbol !== '!') continue;
          for (const other of synsetOf(pointer.target)?.words ?? []) {
            const otherRank = rank(other, pos, pointer.target);
            if (inVocab(other, pos) && otherRank >= 0 && otherRank < SYNONYM_SENSES) link(antonym, word, other);
          }
        }
      }
      for (const key of wordSenses.slice(0, LEXICAL_LINK_SENSES)) {
        const synset = synsetOf(key);
        if (!synset) continue;
        // Direct antonyms.
        for (const pointer of pointersOf(synset, word, '!')) {
          for (const other of targetsOf(pointer)) if (inVocab(other)) link(antonym, word, other);
        }
        // Satellite adjectives: the antonyms of their head ("relaxed" ~ "loose" ! "tight").
        if (synset.satellite && rank(word, pos, key) < SYNONYM_SENSES) {
          for (const similar of synset.pointers) {
            if (similar.symbol !== '&') continue;
            for (const headPointer of synsetOf(similar.target)?.pointers ?? []) {
              if (headPointer.symbol !== '!') continue;
              for (const other of synsetOf(headPointer.target)?.words ?? []) {
                if (inVocab(other)) link(antonym, word, other);
              }
            }
          }
        }
        // Derivation: "decision" ↔ "decide", and antonyms carried across it
        // ("tighten" + "tightness" ! "looseness" + "loosen").
        for (const pointer of pointersOf(synset, word, '+')) {
          const middle = synsetOf(pointer.target);
          for (const form of targetsOf(pointer)) {
            if (inVocab(form)) link(derived, word, form);
            if (!middle) continue;
            for (const opposite of pointersOf(middle, form, '!')) {
              const far = synsetOf(opposite.target);
              for (const oppositeForm of targetsOf(opposite)) {
                if (!far) continue;
                for (const back of pointersOf(far, oppositeForm, '+')) {
                  if (back.target.slice(0, 1) !== pos) continue;
                  for (const result of targetsOf(back)) if (inVocab(result, pos)) link(antonym, word, result);
                }
              }
            }
          }
        }
      }
    }
  }
  symmetrise(synonym);
  symmetrise(antonym);
  symmetrise(derived);

  // Irregular forms whose base is in the vocabulary (the form itself may be unseen so far).
  const irregular = new Map<Pos, Map<string, string[]>>();
  const strings = new Set<string>(sortedVocab);
  for (const pos of POS_ORDER) {
    const kept = new Map<string, string[]>();
    for (const [form, bases] of exceptions.get(pos) ?? []) {
      if (!WORD_FORM.test(form) || FUNCTION_WORDS.has(form)) continue;
      const inside = bases.filter((base) => inVocab(base, pos));
      if (inside.length === 0) continue;
      kept.set(form, inside);
      strings.add(form);
    }
    irregular.set(pos, kept);
  }

  const table = [...strings].sort();
  // The loader splits the expanded string table on newlines.
  for (const value of table) if (value.includes('\n')) throw new Error(`lexicon: newline in ${JSON.stringify(value)}`);
  const idOf = new Map<string, number>();
  table.forEach((value, id) => idOf.set(value, id));
  const toRows = (map: Map<string, Iterable<string>>): Map<number, number[]> => {
    const rows = new Map<number, number[]>();
    for (const [from, tos] of map) {
      const fromId = idOf.get(from);
      if (fromId === undefined) continue;
      const targets: number[] = [];
      for (const to of tos) {
        const toId = idOf.get(to);
        if (toId !== undefined) targets.push(toId);
      }
      if (targets.length > 0) rows.set(fromId, targets);
    }
    return rows;
  };

  const writer = new Writer();
  writer.bytes(new TextEncoder().encode(LEXICON_MAGIC));
  writer.byte(LEXICON_VERSION);
  writer.varint(table.length);
  const encoder = new TextEncoder();
  let previous = '';
  for (const value of table) {
    let shared = 0;
    while (shared < previous.length && shared < value.length && previous[shared] === value[shared]) shared += 1;
    const suffix = encoder.encode(value.slice(shared));
    writer.varint(shared);
    writer.varint(suffix.length);
    writer.bytes(suffix);
    previous = value;
  }
  for (const value of table) {
    let mask = 0;
    POS_ORDER.forEach((pos, bit) => {
      if (inVocab(value, pos)) mask |= 1 << bit;
    });
    writer.byte(mask);
  }
  const sections: Record<StoredRelation, Map<string, Set<string>>> = { synonym, antonym, hypernym, derived };
  const links = { synonym: 0, antonym: 0, hypernym: 0, derived: 0 };
  for (const name of RELATION_ORDER) {
    const rows = toRows(sections[name]);
    for (const targets of rows.values()) links[name] += targets.length;
    writeSection(writer, rows);
  }
  let exceptionCount = 0;
  for (const pos of POS_ORDER) {
    const rows = toRows(irregular.get(pos) ?? new Map());
    for (const targets of rows.values()) exceptionCount += targets.length;
    writeSection(writer, rows);
  }

  let overlap = 0;
  for (const [a, set] of synonym) for (const b of set) if (antonym.get(a)?.has(b)) overlap += 1;

  return {
    bytes: writer.finish(),
    report: {
      vocabularyLemmas: sortedVocab.length,
      strings: table.length,
      links,
      exceptions: exceptionCount,
      synonymAntonymOverlap: overlap,
    },
  };
}
