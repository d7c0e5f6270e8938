/**
 * A cheaper necessary condition for Readability's `isProbablyReaderable`, run first on every page auto mode sees.
 *
 * `isProbablyReaderable` scores the page's paragraphs (`p, pre, article`, and divs of `<br>`-separated text): each
 * visible, likely, non-list paragraph of at least 140 characters adds √(length − 140), and the page is readable past
 * 20. Per paragraph it calls into the DOM seven times (style, attributes, class, id, `matches`, text); on a front
 * page of 600 short teasers that is most of the bail-out cost. Here each paragraph costs one call (its text length),
 * and every other condition is dropped. Dropping conditions can only raise the score, so when even this score stays
 * at or under 20 `isProbablyReaderable` says no too — and it is then never called.
 */

/** Readability's defaults for `isProbablyReaderable`, which the extension uses. */
const MIN_CONTENT_LENGTH = 140;
const MIN_SCORE = 20;

/** False when `isProbablyReaderable(doc)` is certainly false; true when it may be true (ask it). */
export function mayBeReaderable(doc: Document): boolean {
  let score = 0;
  const count = (node: Node | null): boolean => {
    // Untrimmed length: never shorter than the trimmed one Readability measures, and no copy of the text.
    const length = node?.textContent?.length ?? 0;
    if (length >= MIN_CONTENT_LENGTH) score += Math.sqrt(length - MIN_CONTENT_LENGTH);
    return score > MIN_SCORE;
  };
  // The nodes of `querySelectorAll('p, pre, article')`, by tag: the tag collections are cheaper to walk cold.
  for (const tag of ['p', 'pre', 'article']) {
    const nodes = doc.getElementsByTagName(tag);
    for (let i = 0; i < nodes.length; i++) if (count(nodes[i]!)) return true;
  }
  // Readability adds each div holding a <br> once; counting one twice only raises this bound further.
  const breaks = doc.querySelectorAll('div > br');
  let last: Node | null = null;
  for (let i = 0; i < breaks.length; i++) {
    const parent = breaks[i]!.parentNode;
    if (parent === last) continue;
    last = parent;
    if (count(parent)) return true;
  }
  return false;
}
