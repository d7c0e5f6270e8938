/** Word pairs and phrases the synthetic-pair generator swaps or adds (synonyms, antonyms, comparatives, hedges…). */
import { STAND_IN_ANTONYM_PAIRS, STAND_IN_SYNONYM_SETS } from '../create-stand-in-lexicon.ts';

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

/** Inflected synonym pairs from the stand-in lexicon (rewordings). */
export const SYN_PAIRS: [string, string][] = [];
for (const set of STAND_IN_SYNONYM_SETS)
  for (const a of set) for (const b of set) if (a !== b && !a.includes('.') && !b.includes('.')) SYN_PAIRS.push(...inflect(a, b));
/** Inflected antonym pairs from the stand-in lexicon, both ways. */
export const ANT_PAIRS: [string, string][] = [];
for (const [a, b] of STAND_IN_ANTONYM_PAIRS) {
  ANT_PAIRS.push(...inflect(a, b), ...inflect(b, a));
}
/** Comparative words and their reversal. */
export const COMPARATIVE_PAIRS: [string, string][] = [
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
  ['longer', 'shorter'],
];
/** Quantifier swaps that change a sentence's scope. */
export const QUANT_SWAPS: [string, string][] = [
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
/** Hedge-to-booster swaps that change a sentence's certainty. */
export const HEDGE_SWAPS: [string, string][] = [
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
/** Month names a date swap picks from (as listed: without May). */
export const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Weekday names. */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Extra details a "leaves out" claim adds; {year}, {day} and {n} are filled in. */
export const EXTRA_DETAILS = [
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
