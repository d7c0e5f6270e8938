/**
 * Sentence splitting with Intl.Segmenter (ICU's sentence rules, built into browsers and Node),
 * repaired for what news text does to it: sentences glued without a space, and abbreviations
 * such as "U.S." that ICU treats as sentence ends.
 */

/** Abbreviations after which ICU wrongly ends a sentence. Lower-cased, without the final period. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'approx', 'dept', 'est', 'fig', 'vol',
]);

// A word of two or more characters, sentence punctuation, an optional closing quote, then straight into a
// capitalised word: `distillation."This technique`, `ChatGPT.The Commerce` — sentences glued together by the
// page's markup. Requiring two characters before the dot keeps initials ("U.S.House") intact.
const GLUED_SENTENCES = /((?<![\w.])[\w%)]{2,}[.!?]["'”’]?)(?=["“‘]?[A-Z][a-z])/g;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Puts the missing space back between sentences glued together ("distillation."This technique). */
export function unglueSentences(text: string): string {
  return text.replace(GLUED_SENTENCES, (match, _end: string, offset: number, whole: string) => {
    // Leave domain names and versions alone ("OpenAI.com", "v2.Beta" are rare; "Node.js" has no capital after the dot).
    const before = whole.slice(Math.max(0, offset - 12), offset + 1);
    if (/https?:\/\/\S*$|www\.\S*$/.test(before)) return match;
    return `${match} `;
  });
}

function endsWithAbbreviation(segment: string): boolean {
  const lastWord = /(\S+)\.\s*$/.exec(segment)?.[1];
  if (!lastWord) return false;
  return ABBREVIATIONS.has(lastWord.replace(/^[("“'‘]+/, '').toLowerCase());
}

/** Splits text into trimmed sentences, in order. Line breaks always end a sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    const prepared = unglueSentences(line.replace(/\s+/g, ' ').trim());
    if (prepared === '') continue;
    let pending = '';
    for (const { segment } of segmenter.segment(prepared)) {
      pending += segment;
      if (endsWithAbbreviation(pending)) continue;
      const sentence = pending.trim();
      if (sentence !== '') sentences.push(sentence);
      pending = '';
    }
    const rest = pending.trim();
    if (rest !== '') sentences.push(rest);
  }
  return sentences;
}
