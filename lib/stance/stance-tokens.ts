/**
 * Word tokens for the stance model: lower-cased letter/digit runs with a light suffix stemmer, so
 * "claims", "claimed" and "claiming" meet. Kept deliberately simple: the same code runs on FNC-1
 * headlines at training time and on claim sentences in the browser, and must give the same tokens.
 */

// Letter/digit runs; an inner apostrophe keeps "don't" whole so the negation survives; numbers may hold . or , ("1,500", "2.5").
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Function words that carry no topic. Negations ("not", "no", "never") are left out on purpose:
 * they are cues for disagreement.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then else of to in on at by for with from as into onto about over under ' +
    "is are was were be been being am do does did doing have has had having it its it's this that these those " +
    'he she they we you i me him her them us my your his their our its who whom whose which what when where why how ' +
    'there here than so such too very just also only s t can will would shall should up out off down again ' +
    'further once all any both each few more most other some own same after before while during through ' +
    'because until against between above below'
  ).split(' '),
);

/** Strips common English inflections (plural, -ed, -ing). Short words are left alone. */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ied') && n > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && n > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && n > 4) return word.slice(0, -2);
  return word;
}

/** Raw lower-cased tokens, in order (numbers lose their thousands separators). */
export function rawTokens(text: string): string[] {
  const out = text.toLowerCase().match(TOKEN_RE) ?? [];
  return out.map((t) => (/^\p{N}/u.test(t) ? t.replace(/,/g, '') : t.replace(/’/g, "'")));
}

/** Stemmed content tokens (stopwords dropped), in order. */
export function contentTokens(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of raw) if (!STOPWORDS.has(t)) out.push(stem(t));
  return out;
}
