/**
 * Numbers with unit and scale from a tokenised sentence: "$600bn", "US$0.6tn", "a trillion dollars", "40 million
 * responses", "four percent"; a span of time in days ("three months", "six weeks"), and a bare plural span as a range
 * ("weeks of work": two to eight weeks; "months": two months to two years). Years are left to `extract-dates.ts`.
 */

/** One quantity as found in a sentence. */
export interface Quantity {
  /** Value with the scale applied (600bn → 6e11). */
  value: number;
  /** Normalised unit: 'usd', 'eur', 'gbp', 'pct', or the lemma of the noun that follows; '' when none. */
  unit: string;
  /** True for "about", "roughly", "nearly", "close to", "more than"… */
  approx: boolean;
  /** Index of the first token of the quantity. */
  start: number;
  /** Index after the last token of the quantity. */
  end: number;
  /** The words as written. */
  text: string;
  /** For a bare plural span ("months"), the least and most it can mean, in the unit (days); `value` is the least. */
  upTo?: number;
}

const UNITS_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    dozen: 12,
    half: 0.5,
  }),
);
const SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    hundred: 1e2,
    thousand: 1e3,
    k: 1e3,
    million: 1e6,
    m: 1e6,
    mn: 1e6,
    mln: 1e6,
    billion: 1e9,
    bn: 1e9,
    b: 1e9,
    trillion: 1e12,
    tn: 1e12,
    trn: 1e12,
    t: 1e12,
  }),
);
const CURRENCY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    $: 'usd',
    us$: 'usd',
    usd: 'usd',
    dollar: 'usd',
    dollars: 'usd',
    '€': 'eur',
    eur: 'eur',
    euro: 'eur',
    euros: 'eur',
    '£': 'gbp',
    gbp: 'gbp',
    pound: 'gbp',
    pounds: 'gbp',
    yuan: 'cny',
    rmb: 'cny',
  }),
);
const PERCENT = new Set(['%', 'percent', 'per cent', 'pct']);
const APPROX = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'some',
  'close',
  'over',
  'more',
  'than',
  'under',
  'less',
  'fewer',
  'least',
  'most',
  'up',
  'to',
  'estimated',
  'upwards',
]);
/** Words that look like units but only carry the number further. */
const NOT_UNIT = new Set(['of', 'in', 'the', 'a', 'an', 'and', 'or', 'to', 'from', 'on', 'at', 'for', 'by']);

/** Parses one token as a plain number ("1,200", "0.6", "600bn" → 6e11 with scale); NaN when it is not one. */
function parseNumeral(tok: string): { value: number; scaled: boolean } | null {
  const m = /^(?:us)?[$€£]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)(k|m|mn|bn|b|tn|trn|t)?$/.exec(tok);
  if (!m || m[1] === undefined) return null;
  const v = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(v)) return null;
  const sc = m[2] ? (SCALES.get(m[2]) ?? 1) : 1;
  return { value: v * sc, scaled: sc !== 1 };
}

/** Whether a number token looks like a calendar year (then `extract-dates` owns it). */
export function looksLikeYear(tok: string): boolean {
  return /^(1[6-9]|20)\d\d$/.test(tok);
}

/** Days in a unit of time: a span's unit is 'day', so "two months" meets "60 days" and differs from "six weeks". */
const DAYS_IN: ReadonlyMap<string, number> = new Map([
  ['hour', 1 / 24],
  ['day', 1],
  ['week', 7],
  ['month', 30.4],
  ['year', 365],
  ['decade', 3650],
]);

/** What a bare plural span can mean, in days: "weeks" is more than a week and less than two months, and so on. */
const BARE_SPANS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['hours', [2 / 24, 2]],
  ['days', [2, 13]],
  ['weeks', [14, 59]],
  ['months', [60, 729]],
  ['years', [730, 7299]],
  ['decades', [7300, 36500]],
]);

/** Words before a bare plural that make it a count, not a span of unknown length ("the months", "those years"). */
const NOT_A_SPAN: ReadonlySet<string> = new Set([
  'the',
  'these',
  'those',
  'this',
  'that',
  'recent',
  'past',
  'last',
  'next',
  'coming',
  'previous',
  'following',
  'early',
  'later',
  'summer',
  'winter',
]);

/** Words after a bare plural that make it a point in time ("years ago", "months earlier"), not a span. */
const RELATIVE_AFTER: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'before', 'after', 'prior', 'since', 'back']);

/** Bare plural spans not inside a numbered quantity: "spared months of work", "for weeks". */
function bareSpans(tokens: readonly string[], taken: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = BARE_SPANS.get(tokens[i] ?? '');
    if (!span || taken.some((q) => q.start <= i && i < q.end)) continue;
    const before = tokens[i - 1] ?? '';
    // "the months", "recent years", "three or four weeks" (a number nearby: not bare), "years ago", "months earlier"
    // (a time, not an amount)
    if (NOT_A_SPAN.has(before) || parseNumeral(before) || UNITS_WORDS.has(before) || RELATIVE_AFTER.has(tokens[i + 1] ?? '')) continue;
    out.push({ value: span[0], upTo: span[1], unit: 'day', approx: true, start: i, end: i + 1, text: tokens[i] ?? '' });
  }
  return out;
}

/**
 * Finds quantities in lower-case tokens with their lemmas (same length). Currency symbols may be separate tokens
 * ("$", "600", "bn") as wink tokenises them, or glued ("$600bn").
 */
export function extractQuantities(tokens: readonly string[], lemmas: readonly string[]): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    let unit = '';
    let approx = false;
    // approximators right before
    for (let k = Math.max(0, i - 3); k < i; k++) if (APPROX.has(tokens[k] ?? '')) approx = true;
    let j = i;
    let cur = tokens[j] ?? '';
    if (CURRENCY.has(cur) && cur.length <= 3 && !/^[a-z]+$/.test(cur)) {
      unit = CURRENCY.get(cur) ?? '';
      j++;
    } else if (cur === 'us' && tokens[j + 1] === '$') {
      unit = 'usd';
      j += 2;
    }
    cur = tokens[j] ?? '';
    let value: number | null = null;
    let scaledInToken = false;
    const glued = /^(us\$|[$€£])/.exec(cur);
    if (glued && glued[1]) unit = CURRENCY.get(glued[1]) ?? unit;
    const num = parseNumeral(cur);
    if (num && !(looksLikeYear(cur) && !unit)) {
      value = num.value;
      scaledInToken = num.scaled;
      j++;
    } else if (UNITS_WORDS.has(cur) && !(cur === 'half' && tokens[j + 1] !== 'a')) {
      value = UNITS_WORDS.get(cur) ?? null;
      j++;
      // "twenty five", "twenty-five"
      const nxt = tokens[j] ?? '';
      if (value !== null && value >= 20 && value < 100 && UNITS_WORDS.has(nxt) && (UNITS_WORDS.get(nxt) ?? 10) < 10) {
        value += UNITS_WORDS.get(nxt) ?? 0;
        j++;
      }
    } else if ((cur === 'a' || cur === 'one') && SCALES.has(tokens[j + 1] ?? '') && (tokens[j + 1] ?? '').length > 2) {
      value = 1;
      j++;
    }
    if (value === null) {
      i = start + 1;
      continue;
    }
    // scale words: "600 billion", "1.5 trillion", "two hundred thousand"
    while (!scaledInToken && j < tokens.length && SCALES.has(tokens[j] ?? '') && ((tokens[j] ?? '').length > 1 || unit)) {
      value *= SCALES.get(tokens[j] ?? '') ?? 1;
      j++;
    }
    const after = tokens[j] ?? '';
    let unitAt = -1;
    if (PERCENT.has(after)) {
      unit = 'pct';
      j++;
    } else if (!unit && CURRENCY.has(after)) {
      unit = CURRENCY.get(after) ?? '';
      j++;
    } else if (!unit && after && !NOT_UNIT.has(after) && /^[a-z][a-z-]*$/.test(after)) {
      unit = lemmas[j] ?? after;
      unitAt = j;
    } else if (!unit && after === '-' && /^[a-z]+$/.test(tokens[j + 1] ?? '') && !NOT_UNIT.has(tokens[j + 1] ?? '')) {
      // "a three-year audit", "a 32-foot crater": the unit is hyphenated to the number
      unit = lemmas[j + 1] ?? '';
      unitAt = j + 1;
    } else if (!unit && after === 'of' && /^[a-z]+$/.test(tokens[j + 1] ?? '')) {
      unit = lemmas[j + 1] ?? '';
      unitAt = j + 1;
    }
    // a span of time counts in days, and is named with its unit ("three months" vs "six weeks")
    const days = DAYS_IN.get(unit);
    const text = tokens
      .slice(start, days !== undefined ? unitAt + 1 : j)
      .join(' ')
      .replace(/ - /g, '-');
    if (days !== undefined) [value, unit] = [value * days, 'day'];
    out.push({ value, unit, approx, start, end: j, text });
    i = Math.max(j, start + 1);
  }
  return [...out, ...bareSpans(tokens, out)].sort((a, b) => a.start - b.start);
}

/** Whether two quantities state the same amount (a tolerance when either is approximate). */
export function sameAmount(a: Quantity, b: Quantity): boolean {
  // a bare span ("months") is the same amount as anything within its range ("six months", "months")
  if (a.upTo !== undefined && b.upTo !== undefined) return a.value <= b.upTo && b.value <= a.upTo;
  if (a.upTo !== undefined || b.upTo !== undefined) {
    const [span, point] = a.upTo !== undefined ? [a, b] : [b, a];
    return point.value >= span.value * 0.85 && point.value <= span.upTo! * 1.15;
  }
  const m = Math.max(Math.abs(a.value), Math.abs(b.value));
  if (m === 0 || a.value === b.value) return true;
  // why: "about $600bn" vs "$0.6tn" or "close to 600" should meet; exact figures should not drift more than rounding
  const tol = a.approx || b.approx ? 0.15 : 0.02;
  if (Math.abs(a.value - b.value) / m > tol) return false;
  // two exact figures meet only when one is the other rounded ("$99" / "$100", "1,201" / "1,200"), not "72" / "71"
  return a.approx || b.approx || roundsTo(a.value, b.value) || roundsTo(b.value, a.value);
}

/** The place value a figure is written to: 280 → 10, 1,200 → 100, 8.7 → 0.1, 72 → 1. */
function placeOf(value: number): number {
  const v = Math.abs(value);
  if (!Number.isInteger(v)) {
    const decimals = (String(v).split('.')[1] ?? '').length;
    return 10 ** -Math.min(decimals, 6);
  }
  let place = 1;
  while (v !== 0 && v % (place * 10) === 0) place *= 10;
  return place;
}

/** Whether `rounded` is `exact` rounded to the place `rounded` is written to. */
function roundsTo(rounded: number, exact: number): boolean {
  const place = placeOf(rounded);
  return Math.abs(Math.round(exact / place) * place - rounded) < place * 1e-9;
}

/** Whether two units can describe the same quantity (equal, or one side has no unit). */
export function compatibleUnits(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit || (a.unit === '' && b.unit !== 'pct') || (b.unit === '' && a.unit !== 'pct');
}
