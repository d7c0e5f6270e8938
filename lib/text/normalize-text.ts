/**
 * The one typography fold of the project: what copies of a story on different sites write differently (CMS "smart"
 * quotes, dashes, ellipses, invisible characters) made one form. The tokenizer, the content hash, the page's text
 * ranges, the word diff and correction keys all read text through it, so a claim found by one is found by all.
 */

/** Each typographic variant and the ASCII it stands for; invisible characters map to nothing. */
const TYPOGRAPHY: ReadonlyMap<string, string> = new Map([
  ...[...'\u2018\u2019\u201a\u201b\u2032\u02bc'].map((c) => [c, "'"] as const),
  ...[...'\u201c\u201d\u201e\u201f\u2033'].map((c) => [c, '"'] as const),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((c) => [c, '-'] as const),
  ['\u2026', '...'],
  // Soft hyphens and zero-width characters are invisible and inserted by some CMSes.
  ...[...'\u00ad\u200b\u200c\u200d\u2060\ufeff'].map((c) => [c, ''] as const),
]);

const TYPOGRAPHIC = new RegExp(`[${[...TYPOGRAPHY.keys()].join('')}]`, 'gu');

/** One character as the fold reads it: its ASCII stand-in, '' for an invisible one, else itself. */
export function foldCharacter(char: string): string {
  return TYPOGRAPHY.get(char) ?? char;
}

/**
 * Unicode NFKC, typographic variants folded, every run of whitespace one space. Case is kept ("US" / "us").
 * Content hashes are stored: a change here needs a store migration that recomputes them.
 */
export function normalizeText(text: string): string {
  // Plain single-spaced ASCII, which most sentences are, has nothing to normalise (and is normalised text itself).
  if (!/[^ -~]| {2}/.test(text)) return text;
  // NFKC is the slowest step and changes nothing in plain ASCII.
  return (/[^ -~]/.test(text) ? text.normalize('NFKC') : text).replace(TYPOGRAPHIC, foldCharacter).replace(/\s+/g, ' ');
}
