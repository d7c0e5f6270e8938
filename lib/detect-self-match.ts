import { normalizeText } from './tokenize';

/** Consecutive words per shingle: long enough that shared phrases ("the White House") do not count. */
const SHINGLE_WORDS = 6;
/** Share of the page's shingles found in a document for the two to be the same article. */
const SAME_ARTICLE_CONTAINMENT = 0.5;

/** Word shingles of a text, for near-duplicate detection. */
export function shingles(text: string): Set<string> {
  const words = normalizeText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // One string of the words, cut at word starts: a substring per shingle instead of a slice and a join.
  const joined = words.join(' ');
  const starts = new Array<number>(words.length + 1);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    starts[i] = at;
    at += words[i]!.length + 1;
  }
  starts[words.length] = at;
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) result.add(joined.slice(starts[i]!, starts[i + SHINGLE_WORDS]! - 1));
  return result;
}

/** Share of `page` shingles that `doc` also has (0–1). */
export function containment(page: ReadonlySet<string>, doc: ReadonlySet<string>): number {
  if (page.size === 0) return 0;
  let shared = 0;
  for (const shingle of page) if (doc.has(shingle)) shared++;
  return shared / page.size;
}

/** Every document holding at least `threshold` of the page's shingles, the closest copy first. */
export function findCopies(
  page: ReadonlySet<string>,
  docs: Iterable<readonly [number, ReadonlySet<string>]>,
  threshold = SAME_ARTICLE_CONTAINMENT,
): number[] {
  const copies: Array<[number, number]> = [];
  for (const [index, doc] of docs) {
    const score = containment(page, doc);
    if (score >= threshold) copies.push([index, score]);
  }
  return copies.sort((a, b) => b[1] - a[1]).map(([index]) => index);
}
