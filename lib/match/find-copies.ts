/** Copies of one article: the page's own copy in the corpus, syndicated or re-saved versions. */
import { containment } from '../text/shingles';

/** Half the page's six-word runs: a copy with a changed intro or a trimmed ending is still the same article. */
export const SAME_ARTICLE = 0.5;

/** Every document holding at least `threshold` of the page's shingles, the closest copy first. */
export function findCopies(
  page: ReadonlySet<string>,
  docs: Iterable<readonly [number, ReadonlySet<string>]>,
  threshold = SAME_ARTICLE,
): number[] {
  const copies: Array<[number, number]> = [];
  for (const [index, doc] of docs) {
    const score = containment(page, doc);
    if (score >= threshold) copies.push([index, score]);
  }
  return copies.sort((a, b) => b[1] - a[1]).map(([index]) => index);
}

/** Documents tried as copies of the page: the ones most often among a claim's best-scoring documents. */
const COPY_CANDIDATES = 5;
/** A claim's best documents counted for that: a page's copies tie for first place, so more than one. */
const TOP_DOCS_PER_CLAIM = 3;

/**
 * The documents a page's copies are looked for among: those most often among its claims' best documents (a page's
 * own copy is the top document for many of its claims). `shortlists` come best document first.
 */
export function copyCandidates(shortlists: Iterable<Iterable<number>>, count = COPY_CANDIDATES): Set<number> {
  const wins = new Map<number, number>();
  for (const docs of shortlists) {
    let rank = 0;
    for (const doc of docs) {
      if (rank++ >= TOP_DOCS_PER_CLAIM) break;
      wins.set(doc, (wins.get(doc) ?? 0) + 1);
    }
  }
  return new Set(
    [...wins.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([doc]) => doc),
  );
}
