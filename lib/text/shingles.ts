/** Word shingles: runs of consecutive words, the unit of "the same text" (copies, syndicated wording). */
import { normalizeText } from './normalize-text';

/** Consecutive words per shingle: long enough that shared phrases ("the White House") do not count. */
const SHINGLE_WORDS = 6;
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
