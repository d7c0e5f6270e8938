import type { TextAnalysis } from '../analyse-text.ts';
import { STAND_IN_ANTONYM_PAIRS, STAND_IN_SYNONYM_SETS } from '../create-stand-in-lexicon.ts';
import type { Prng } from './create-prng.ts';

/**
 * FactCC-style training pairs from news sentences (FNC-1 bodies only): rewordings as confirmations, one perturbation
 * of each conflict kind as contradictions, and same-story sentences or claims with an extra detail as "leaves out".
 * The claim is the generated side; the evidence is a real sentence with its real neighbours as the document.
 */

/** What a synthetic pair was made by. */
export type SyntheticKind =
  | 'reword'
  | 'negation'
  | 'antonym'
  | 'comparative'
  | 'number'
  | 'date'
  | 'actor'
  | 'target'
  | 'scope'
  | 'certainty'
  | 'attribution'
  | 'same-story'
  | 'extra-detail';

/** Contradiction kinds, in the order. */
export const CONTRADICTION_KINDS: readonly SyntheticKind[] = [
  'negation',
  'antonym',
  'comparative',
  'number',
  'date',
  'actor',
  'target',
  'scope',
  'certainty',
  'attribution',
];

/** One generated claim against a document window of a real body. */
export interface SyntheticPair {
  claim: string;
  /** Sentences of the document window (real sentences of the body). */
  sentences: string[];
  /** Index in `sentences` of the sentence the pair was made from, or -1 for same-story pairs. */
  evidenceIndex: number;
  label: 'confirms' | 'contradicts' | 'leaves_out';
  kind: SyntheticKind;
  /** FNC-1 body id: the held-out split is by body. */
  group: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the first whole-word, case-insensitive occurrence of `from` by `to`, keeping an initial capital. */
function replaceWord(text: string, from: string, to: string): string | null {
  const re = new RegExp(`(^|[^A-Za-z0-9'])(${esc(from)})(?=$|[^A-Za-z0-9])`, 'i');
  const m = re.exec(text);
  if (!m || m[2] === undefined) return null;
  const orig = m[2];
  const rep = /^[A-Z]/.test(orig) ? to.charAt(0).toUpperCase() + to.slice(1) : to;
  const at = m.index + (m[1]?.length ?? 0);
  return text.slice(0, at) + rep + text.slice(at + orig.length);
}

/** Finds the original-case text of an analysed token span. */
function spanText(text: string, words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const re = new RegExp(words.map(esc).join('\\s*'), 'i');
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Inflected variants of a base word, paired with the same inflection of another base. */
function inflect(a: string, b: string): [string, string][] {
  const ed = (w: string): string => (w.endsWith('e') ? `${w}d` : `${w}ed`);
  const s = (w: string): string =>
    /(s|x|ch|sh)$/.test(w) ? `${w}es` : w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  return [
    [a, b],
    [s(a), s(b)],
    [ed(a), ed(b)],
  ];
}

const SYN_PAIRS: [string, string][] = [];
for (const set of STAND_IN_SYNONYM_SETS)
  for (const a of set) for (const b of set) if (a !== b && !a.includes('.') && !b.includes('.')) SYN_PAIRS.push(...inflect(a, b));
const ANT_PAIRS: [string, string][] = [];
for (const [a, b] of STAND_IN_ANTONYM_PAIRS) {
  ANT_PAIRS.push(...inflect(a, b), ...inflect(b, a));
}
const COMPARATIVE_PAIRS: [string, string][] = [
  ['more', 'less'],
  ['less', 'more'],
  ['fewer', 'more'],
  ['higher', 'lower'],
  ['lower', 'higher'],
  ['larger', 'smaller'],
  ['smaller', 'larger'],
  ['bigger', 'smaller'],
  ['greater', 'smaller'],
  ['increased', 'decreased'],
  ['decreased', 'increased'],
  ['rose', 'fell'],
  ['fell', 'rose'],
  ['rising', 'falling'],
  ['up', 'down'],
  ['above', 'below'],
  ['below', 'above'],
  ['before', 'after'],
  ['after', 'before'],
  ['most', 'least'],
  ['faster', 'slower'],
  ['better', 'worse'],
  ['worse', 'better'],
  ['increase', 'decrease'],
  ['decrease', 'increase'],
  ['over', 'under'],
  ['longer', 'shorter'],
];
const QUANT_SWAPS: [string, string][] = [
  ['all', 'no'],
  ['every', 'no'],
  ['many', 'few'],
  ['most', 'few'],
  ['few', 'many'],
  ['some', 'no'],
  ['several', 'no'],
  ['always', 'never'],
  ['never', 'always'],
  ['often', 'rarely'],
  ['rarely', 'often'],
  ['none', 'all'],
  ['no', 'some'],
  ['both', 'neither'],
  ['only', 'also'],
];
const HEDGE_SWAPS: [string, string][] = [
  ['may have', 'definitely'],
  ['might have', 'definitely'],
  ['could have', 'definitely'],
  ['may', 'will definitely'],
  ['might', 'will definitely'],
  ['could', 'will certainly'],
  ['possibly', 'certainly'],
  ['reportedly', 'definitely'],
  ['allegedly', 'definitely'],
  ['likely', 'certainly'],
  ['believed', 'known'],
  ['suspected', 'confirmed'],
  ['apparently', 'certainly'],
  ['appears to', 'certainly does'],
  ['seems to', 'certainly does'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EXTRA_DETAILS = [
  'in {year}',
  'on {day}',
  'for the second time',
  'in Paris',
  'in London',
  'after a two-year investigation',
  'for {n} million dollars',
  'with {n} other countries',
  'at the request of the White House',
  'in a closed meeting',
];

function negate(text: string, a: TextAnalysis): string | null {
  if (/\b(not|never)\b|n't\b/i.test(text)) {
    const r = text
      .replace(/\s+not\b/i, '')
      .replace(/\bnever\b/i, 'once')
      .replace(/n't\b/i, '');
    return r !== text ? r.replace(/\bca\b/i, 'can').replace(/\bwo\b/i, 'will') : null;
  }
  const aux = /\b(is|was|are|were|will|would|could|can|has|have|had|should|does|did|do|must)\b(?!\s+not)/i.exec(text);
  if (aux && aux.index < text.length * 0.8)
    return text.slice(0, aux.index + aux[0].length) + ' not' + text.slice(aux.index + aux[0].length);
  const p = a.predicate;
  if (p < 0) return null;
  const w = a.words[p] ?? '';
  const l = a.lemmas[p] ?? '';
  if (!w || !l || (w === l && !/s$/.test(w))) return null;
  const helper = w.endsWith('ed') || (w !== l && !w.endsWith('s')) ? 'did not' : w.endsWith('s') ? 'does not' : 'do not';
  return replaceWord(text, w, `${helper} ${l}`);
}

function swapFrom(text: string, pairs: readonly [string, string][], prng: Prng): string | null {
  const hits = pairs.filter(([a]) => new RegExp(`(^|[^A-Za-z])${esc(a)}(?=$|[^A-Za-z])`, 'i').test(text));
  if (hits.length === 0) return null;
  const [a, b] = prng.pick(hits);
  return replaceWord(text, a, b);
}

function changeNumber(text: string, prng: Prng): string | null {
  const nums = [...text.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,]*\d)/g)].filter(
    (m) => !/^(1[6-9]|20)\d\d$/.test(m[1] ?? ''),
  );
  if (nums.length > 0) {
    const m = prng.pick(nums);
    const v = Number((m[1] ?? '0').replace(/,/g, ''));
    const f = prng.pick([2, 3, 0.5, 10, 0.25, 1.5]);
    let nv = v * f;
    if (Number.isInteger(v)) nv = Math.max(v + 1, Math.round(nv));
    const out = String(Number.isInteger(nv) ? nv : Number(nv.toFixed(1)));
    return text.slice(0, m.index) + out + text.slice((m.index ?? 0) + (m[1]?.length ?? 0));
  }
  const words = [
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'dozens',
    'hundreds',
    'thousands',
    'millions',
    'billions',
  ];
  const hit = words.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(text));
  if (hit.length === 0) return null;
  const w = prng.pick(hit);
  const others = words.filter((x) => x !== w && x.endsWith('s') === w.endsWith('s'));
  return replaceWord(text, w, prng.pick(others));
}

function changeDate(text: string, prng: Prng): string | null {
  const y = /\b(19[5-9]\d|20[0-3]\d)\b/.exec(text);
  if (y) return text.slice(0, y.index) + String(Number(y[1]) + prng.pick([-3, -2, -1, 1, 2, 3])) + text.slice(y.index + 4);
  const month = MONTHS.find((m) => new RegExp(`\\b${m}\\b`).test(text));
  if (month) return replaceWord(text, month, prng.pick(MONTHS.filter((m) => m !== month)));
  const day = DAYS.find((d) => new RegExp(`\\b${d}\\b`).test(text));
  if (day) return replaceWord(text, day, prng.pick(DAYS.filter((d) => d !== day)));
  return null;
}

function swapName(
  text: string,
  a: TextAnalysis,
  which: 'actor' | 'target' | 'attribution',
  pool: readonly string[],
  prng: Prng,
): string | null {
  let span: { start: number; end: number; key: string } | undefined;
  if (which === 'attribution') {
    const at = a.attribution;
    if (!at?.source) return null;
    span = a.names.find((n) => n.start === at.start);
  } else {
    const p = a.predicate;
    if (p < 0) return null;
    const src = a.attribution?.start ?? -1;
    span =
      which === 'actor' ? a.names.filter((n) => n.end <= p && n.start !== src).pop() : a.names.find((n) => n.start > p && n.start !== src);
  }
  if (!span) return null;
  const orig = spanText(text, a.words.slice(span.start, span.end));
  if (!orig) return null;
  const keyWords = orig.toLowerCase().split(/\s+/);
  const cands = pool.filter(
    (n) =>
      !n
        .toLowerCase()
        .split(/\s+/)
        .some((w) => keyWords.includes(w)) && !text.includes(n),
  );
  if (cands.length === 0) return null;
  return text.replace(orig, prng.pick(cands));
}

/** Generic sources outlets add or drop when they retell a statement ("X said"), without naming a new speaker. */
const GENERIC_SOURCES = ['officials said', 'reports say', 'sources said', 'the report said', 'it was reported'];

/**
 * A rewording as outlets make them: 1–3 operations (synonym swap, dropping a trailing or a "which"/"who" clause,
 * moving, adding or dropping the attribution, moving a fronted phrase, dropping an adverb).
 */
function reword(text: string, a: TextAnalysis, prng: Prng): string {
  let out = text;
  const ops = prng.shuffle([0, 1, 2, 3, 4, 5, 6, 7]);
  let applied = 0;
  const goal = 1 + prng.int(3);
  for (const op of ops) {
    if (applied >= goal) break;
    let r: string | null = null;
    if (op === 0) r = swapFrom(out, SYN_PAIRS, prng);
    else if (op === 1) {
      // keep the main clause, drop a trailing one: the shorter claim is entailed
      const cut = out.lastIndexOf(', ');
      if (cut > 40 && out.slice(0, cut).split(' ').length >= 7 && !/\b(not|no|never)\b/i.test(out.slice(cut))) r = `${out.slice(0, cut)}.`;
    } else if (op === 2) {
      const m = /^(.{3,60}?) (said|says|told reporters|announced) (?:that )?(.{20,})[.]?$/.exec(out);
      if (m && m[3]) r = `${m[3].replace(/[.]$/, '')}, ${m[1]} ${m[2]}.`;
      const m2 = /^(.{20,}), ([A-Z][\w. ]{2,40}) (said|says)\.$/.exec(out);
      if (!r && m2) r = `According to ${m2[2]}, ${m2[1]}.`;
    } else if (op === 3) {
      const m = /^(In|On|At|By|During|After|Before|Earlier|Last) ([^,]{2,30}), (.+?)[.]?$/.exec(out);
      if (m && m[3]) r = `${m[3].charAt(0).toUpperCase()}${m[3].slice(1)} ${m[1]?.toLowerCase() ?? ''} ${m[2] ?? ''}.`;
    } else if (op === 4) {
      const adv = a.words.filter(
        (w, i) =>
          a.pos[i] === 'ADV' && /ly$/.test(w) && !['only', 'reportedly', 'allegedly', 'likely', 'possibly', 'rarely', 'hardly'].includes(w),
      );
      if (adv.length > 0) r = out.replace(new RegExp(`\\s${esc(prng.pick(adv))}\\b`, 'i'), '');
    } else if (op === 5) {
      // attribution added: "…, officials said." / "According to reports, …"
      if (!a.attribution && !/\b(said|says|according)\b/i.test(out)) {
        const body = out.replace(/[.!?]["”]?$/, '');
        r =
          prng.next() < 0.5
            ? `${body}, ${prng.pick(GENERIC_SOURCES)}.`
            : `According to reports, ${body.charAt(0).toLowerCase()}${body.slice(1)}.`;
      }
    } else if (op === 6) {
      // a non-restrictive "which"/"who" clause dropped: the rest is still said
      const m = /, (which|who) [^,]{5,80}, /i.exec(out);
      if (m && !/\b(not|no|never)\b/i.test(m[0])) r = out.slice(0, m.index) + ' ' + out.slice(m.index + m[0].length);
    } else if (op === 7) {
      // attribution dropped: "X said that …" → "…"
      const m = /^(?:[A-Z][\w.' -]{1,40}) (?:said|says|told [\w ]{2,20}|announced) that (.{20,})$/.exec(out);
      if (m && m[1]) r = `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)}`;
    }
    if (r && r !== out) {
      out = r;
      applied++;
    }
  }
  return out;
}

function contradict(kind: SyntheticKind, text: string, a: TextAnalysis, pool: readonly string[], prng: Prng): string | null {
  switch (kind) {
    case 'negation':
      return negate(text, a);
    case 'antonym':
      return swapFrom(text, ANT_PAIRS, prng);
    case 'comparative':
      return swapFrom(text, COMPARATIVE_PAIRS, prng);
    case 'number':
      return changeNumber(text, prng);
    case 'date':
      return changeDate(text, prng);
    case 'actor':
      return swapName(text, a, 'actor', pool, prng);
    case 'target':
      return swapName(text, a, 'target', pool, prng);
    case 'attribution':
      return swapName(text, a, 'attribution', pool, prng);
    case 'scope': {
      const q = swapFrom(text, QUANT_SWAPS, prng);
      if (q) return q;
      const p = a.predicate;
      const n = a.names.find((x) => x.start > p && p >= 0);
      const orig = n ? spanText(text, a.words.slice(n.start, n.end)) : null;
      return orig ? text.replace(orig, `only ${orig}`) : null;
    }
    case 'certainty':
      return swapFrom(text, HEDGE_SWAPS, prng);
    default:
      return null;
  }
}

function addDetail(text: string, a: TextAnalysis, prng: Prng): string {
  let d = prng.pick(EXTRA_DETAILS);
  if (a.dates.length > 0 && (d.includes('{year}') || d.includes('{day}'))) d = 'for the second time';
  if (a.quantities.length > 0 && d.includes('{n}')) d = 'in a closed meeting';
  d = d
    .replace('{year}', String(2005 + prng.int(15)))
    .replace('{day}', prng.pick(DAYS))
    .replace('{n}', String(2 + prng.int(40)));
  return `${text.replace(/[.!?]["”]?$/, '')} ${d}.`;
}

/** Sentences fit to become claims: a verb, 8–45 words, no URL or handle. */
export function isClaimLike(s: string, a: TextAnalysis): boolean {
  const n = a.words.length;
  return n >= 8 && n <= 45 && a.predicate >= 0 && /^[A-Z"“]/.test(s) && !/https?:|@\w|#\w|\t/.test(s);
}

/**
 * Generates pairs for one FNC-1 body. `sentences` are the body's sentences and `analyses` their analyses (same length);
 * `namePool` are proper names of other bodies for swaps. Deterministic for a given PRNG state.
 */
export function generateSyntheticPairs(
  bodyId: string,
  sentences: readonly string[],
  analyses: readonly TextAnalysis[],
  namePool: readonly string[],
  prng: Prng,
  kindCounts: Map<SyntheticKind, number>,
  perBody = 6,
): SyntheticPair[] {
  const out: SyntheticPair[] = [];
  const eligible: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const a = analyses[i];
    if (a && isClaimLike(sentences[i] ?? '', a)) eligible.push(i);
  }
  const localNames: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const a = analyses[i];
    if (!a) continue;
    for (const n of a.names) {
      const t = spanText(sentences[i] ?? '', a.words.slice(n.start, n.end));
      if (t && /^[A-Z]/.test(t) && !localNames.includes(t)) localNames.push(t);
    }
  }
  const chosen = prng.shuffle([...eligible]).slice(0, perBody);
  const window = (k: number, skip: number): { sentences: string[]; at: number } => {
    const lo = Math.max(0, k - 2);
    const hi = Math.min(sentences.length, k + 3);
    const ss: string[] = [];
    let at = -1;
    for (let i = lo; i < hi; i++) {
      if (i === skip) continue;
      if (i === k) at = ss.length;
      ss.push(sentences[i] ?? '');
    }
    return { sentences: ss, at };
  };
  for (const k of chosen) {
    const s = sentences[k] ?? '';
    const a = analyses[k];
    if (!a) continue;
    const w = window(k, -1);
    // confirms
    out.push({ claim: reword(s, a, prng), sentences: w.sentences, evidenceIndex: w.at, label: 'confirms', kind: 'reword', group: bodyId });
    // contradicts: the least-used applicable kind, for balance across kinds
    const pool = [...localNames, ...namePool];
    const kinds = [...CONTRADICTION_KINDS].sort((x, y) => (kindCounts.get(x) ?? 0) - (kindCounts.get(y) ?? 0));
    for (const kind of kinds) {
      const c = contradict(kind, s, a, pool, prng);
      if (c && c !== s) {
        kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
        out.push({ claim: c, sentences: w.sentences, evidenceIndex: w.at, label: 'contradicts', kind, group: bodyId });
        break;
      }
    }
    // leaves_out: a same-story sentence sharing a name or two content words, or an extra detail
    {
      const keys = new Set(a.content.map((i) => a.keys[i]));
      const other = eligible
        .filter((j) => Math.abs(j - k) > 2)
        .find((j) => {
          const b = analyses[j];
          if (!b) return false;
          const shared = b.content.filter((i) => keys.has(b.keys[i])).length;
          return shared >= 2 || b.names.some((n) => a.names.some((m) => m.key === n.key));
        });
      if (other !== undefined) {
        out.push({
          claim: sentences[other] ?? '',
          sentences: w.sentences,
          evidenceIndex: -1,
          label: 'leaves_out',
          kind: 'same-story',
          group: bodyId,
        });
        // why 0.5: half the sentences also get an extra-detail claim, so both kinds of "leaves out" are common
        if (prng.next() < 0.5) continue;
      }
    }
    out.push({
      claim: addDetail(s, a, prng),
      sentences: w.sentences,
      evidenceIndex: w.at,
      label: 'leaves_out',
      kind: 'extra-detail',
      group: bodyId,
    });
  }
  return out;
}
