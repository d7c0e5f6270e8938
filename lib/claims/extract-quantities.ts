/** A number the text states, with what kind of thing it counts. */
export interface Quantity {
  kind: 'money' | 'percent' | 'year' | 'count';
  value: number;
  /** The words as written ("$1 trillion"). */
  text: string;
}

/** Scale words by value. Maps, not objects: the keys are page words ("constructor" must find nothing). */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
]);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['twelve', 12],
  ['twenty', 20],
  ['hundred', 100],
  ['dozen', 12],
  ['dozens', 24],
  ['hundreds', 200],
  ['thousands', 2000],
  ['millions', 2e6],
  ['billions', 2e9],
]);

// Money ($1 trillion, US$600bn, €5 million, 5 billion dollars), percentages, years, plain counts with a scale.
const QUANTITY = new RegExp(
  [
    // "$600bn", "US$ 1.5 million"
    String.raw`(?<currency>(?:US)?[$€£¥])\s?(?<amount>\d[\d,]*(?:\.\d+)?)\s?(?<scale>thousand|million|billion|trillion|bn|mn|tn|k|m|b)?\b`,
    // "600 billion dollars", "12 per cent", "40%"
    String.raw`(?<amount2>\d[\d,]*(?:\.\d+)?)\s?(?<scale2>thousand|million|billion|trillion)?\s?(?<unit>dollars|euros|pounds|yuan|per ?cent|%)`,
    String.raw`\b(?<year>(?:19|20)\d\d)\b`,
    String.raw`\b(?<count>\d[\d,]*(?:\.\d+)?)\s?(?<scale3>thousand|million|billion|trillion)?\b`,
    String.raw`\b(?<word>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens?|hundreds?|thousands|millions|billions)\b`,
  ].join('|'),
  'gi',
);

function parseNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The quantities a sentence states, in order. */
export function extractQuantities(sentence: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of sentence.matchAll(QUANTITY)) {
    const g = match.groups ?? {};
    const text = match[0].trim();
    if (g.currency && g.amount) {
      quantities.push({ kind: 'money', value: parseNumber(g.amount) * (SCALES.get(g.scale?.toLowerCase() ?? '') ?? 1), text });
    } else if (g.amount2 && g.unit) {
      const isPercent = /cent|%/i.test(g.unit);
      const value = parseNumber(g.amount2) * (SCALES.get(g.scale2?.toLowerCase() ?? '') ?? 1);
      quantities.push({ kind: isPercent ? 'percent' : 'money', value, text });
    } else if (g.year) {
      quantities.push({ kind: 'year', value: Number(g.year), text });
    } else if (g.count) {
      quantities.push({ kind: 'count', value: parseNumber(g.count) * (SCALES.get(g.scale3?.toLowerCase() ?? '') ?? 1), text });
    } else if (g.word) {
      quantities.push({ kind: 'count', value: NUMBER_WORDS.get(g.word.toLowerCase()) ?? 0, text });
    }
  }
  return quantities;
}
