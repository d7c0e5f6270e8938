/** Perturbs a sentence into a contradiction of one conflict kind (negation, antonym, number, date, name…). */
import type { TextAnalysis } from '../analyse-text.ts';
import type { Prng } from './create-prng.ts';
import { replaceWord, spanText, swapFrom } from './replace-word.ts';
import type { SyntheticKind } from './synthetic-kind.ts';
import { PICKING_WORDS } from '../find-narrowed-scope.ts';
import { ANT_PAIRS, COMPARATIVE_PAIRS, DAYS, HEDGE_SWAPS, MONTHS, QUANT_SWAPS } from './synthetic-word-pairs.ts';

/** Negates a sentence: drops its "not", or adds one after an auxiliary or before the predicate. */
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

/** Changes one number (digits or a number word) by a random factor. */
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

/** Moves a year by a few, or swaps a month or weekday. */
function changeDate(text: string, prng: Prng): string | null {
  const y = /\b(19[5-9]\d|20[0-3]\d)\b/.exec(text);
  if (y) return text.slice(0, y.index) + String(Number(y[1]) + prng.pick([-3, -2, -1, 1, 2, 3])) + text.slice(y.index + 4);
  const month = MONTHS.find((m) => new RegExp(`\\b${m}\\b`).test(text));
  if (month) return replaceWord(text, month, prng.pick(MONTHS.filter((m) => m !== month)));
  const day = DAYS.find((d) => new RegExp(`\\b${d}\\b`).test(text));
  if (day) return replaceWord(text, day, prng.pick(DAYS.filter((d) => d !== day)));
  return null;
}

/** Swaps the actor, target or attribution name for one from `pool`. */
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

/** Words that narrow a plural group ("state-owned banks" are fewer than "banks"), for "only" claims. */
const NARROWING = [
  'state-owned',
  'foreign',
  'private',
  'small',
  'local',
  'senior',
  'former',
  'European',
  'independent',
  'older',
  'rural',
  'unpaid',
];

/**
 * "Only" with a narrower group than the sentence states, which the sentence then contradicts: a listed name kept alone
 * ("met Smith and Jones" → "met only Smith"), or a bare plural given a narrowing word ("banks must" → "only state-owned
 * banks must"). "Only" before a group the sentence states as is ("met Smith" → "met only Smith") is something the
 * sentence leaves out, not contradicts (`onlyClaim`).
 */
function narrowScope(text: string, a: TextAnalysis, prng: Prng): string | null {
  for (let k = 0; k + 1 < a.names.length; k++) {
    const [n1, n2] = [a.names[k]!, a.names[k + 1]!];
    if (n2.start !== n1.end + 1 || a.words[n1.end] !== 'and') continue;
    const list = spanText(text, a.words.slice(n1.start, n2.end));
    const first = spanText(text, a.words.slice(n1.start, n1.end));
    if (list && first) return text.replace(list, `only ${first}`);
  }
  const bare = a.content.filter((i) => {
    const w = a.words[i] ?? '';
    const before = a.pos[i - 1] ?? '';
    return (
      a.pos[i] === 'NOUN' &&
      w.endsWith('s') &&
      a.lemmas[i] !== w &&
      !PICKING_WORDS.has(a.words[i - 1] ?? '') &&
      !['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT'].includes(before) &&
      a.words[i - 1] !== 'only'
    );
  });
  if (bare.length === 0) return null;
  const i = prng.pick(bare);
  const w = a.words[i] ?? '';
  const start = i === 0 ? 'Only' : 'only';
  return replaceWord(text, w, `${start} ${prng.pick(NARROWING)} ${w}`);
}

/** "Only" before a name the sentence states after its predicate: a claim the sentence leaves out, or null. */
export function onlyClaim(text: string, a: TextAnalysis): string | null {
  const p = a.predicate;
  const n = a.names.find((x) => x.start > p && p >= 0);
  if (!n || a.words[n.end] === 'and' || a.words[n.start - 1] === 'only') return null;
  const orig = spanText(text, a.words.slice(n.start, n.end));
  return orig ? text.replace(orig, `only ${orig}`) : null;
}

/**
 * Whether the sentence has `word` as a word of its own, not a particle ("picked up", "over the weekend") nor an
 * inflection the pair list made up ("news" is not the plural of "new"): swapping those gave contradictions in label only.
 */
function isSwappable(word: string, a: TextAnalysis): boolean {
  for (let t = 0; t < a.words.length; t++) {
    if (a.words[t] !== word) continue;
    if (a.pos[t] === 'ADP' || a.pos[t] === 'PART') return false;
    const inflected = /(?:s|ed)$/.test(word) && a.lemmas[t] === word;
    return !inflected;
  }
  return false;
}

/** A contradiction of `kind` made from `text`, or null when the sentence offers none. */
export function contradict(kind: SyntheticKind, text: string, a: TextAnalysis, pool: readonly string[], prng: Prng): string | null {
  switch (kind) {
    case 'negation':
      return negate(text, a);
    case 'antonym':
      return swapFrom(
        text,
        ANT_PAIRS.filter(([w]) => isSwappable(w, a)),
        prng,
      );
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
    case 'scope':
      return swapFrom(text, QUANT_SWAPS, prng) ?? narrowScope(text, a, prng);
    case 'certainty':
      return swapFrom(text, HEDGE_SWAPS, prng);
    default:
      return null;
  }
}
