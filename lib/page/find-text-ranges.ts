import { foldCharacter } from '../text/normalize-text';

/** Text inside these elements is not page text a reader sees as the article. */
const SKIPPED = 'script, style, noscript, template, textarea, select, option';

/** Whitespace never takes part in matching (invisible characters fold to nothing). */
const IGNORED = /\s/;

/**
 * A claim split by markup the extractor dropped (a footnote mark, an inline ad) is still found when its
 * two pieces are, in order, within this factor of the claim's length.
 */
const MAX_SPLIT_STRETCH = 1.5;
/** Pieces shorter than this (folded characters) match too many places to locate a claim by. */
const MIN_PIECE_LENGTH = 24;

/** Folds text for matching: no whitespace, lower case, typographic variants unified. */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) {
    if (IGNORED.test(char)) continue;
    out += foldCharacter(char).toLowerCase();
  }
  return out;
}

interface TextIndex {
  folded: string;
  nodes: Text[];
  /** Per folded character: index into `nodes`, and start/end offsets in that node's data. */
  node: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const chunks: string[] = [];
  const node: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    const text = current as Text;
    if (text.parentElement?.closest(SKIPPED)) continue;
    const data = text.data;
    const nodeIndex = nodes.push(text) - 1;
    let offset = 0;
    for (const char of data) {
      const next = offset + char.length;
      if (!IGNORED.test(char)) {
        const folded = foldCharacter(char).toLowerCase();
        chunks.push(folded);
        // A character that folds to several ("…" → "...") maps each of them back to itself.
        for (let k = 0; k < folded.length; k++) {
          node.push(nodeIndex);
          start.push(offset);
          end.push(next);
        }
      }
      offset = next;
    }
  }
  return {
    folded: chunks.join(''),
    nodes,
    node: Int32Array.from(node),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
  };
}

function rangeOf(index: TextIndex, from: number, to: number): Range {
  const first = index.nodes[index.node[from]!]!;
  const last = index.nodes[index.node[to - 1]!]!;
  const range = first.ownerDocument.createRange();
  range.setStart(first, index.start[from]!);
  range.setEnd(last, index.end[to - 1]!);
  return range;
}

/** Finds one needle in the folded page text at or after `from`, else anywhere. Returns [start, end) or null. */
function locate(haystack: string, needle: string, from: number): [number, number] | null {
  if (needle === '') return null;
  let at = haystack.indexOf(needle, from);
  if (at < 0) at = haystack.indexOf(needle);
  if (at >= 0) return [at, at + needle.length];
  if (needle.length < 2 * MIN_PIECE_LENGTH) return null;
  // One interruption: match as much of the claim as the page has in a row, then find the rest shortly after.
  const anchor = needle.slice(0, MIN_PIECE_LENGTH);
  for (let h = haystack.indexOf(anchor); h >= 0; h = haystack.indexOf(anchor, h + 1)) {
    let k = MIN_PIECE_LENGTH;
    while (k < needle.length && haystack[h + k] === needle[k]) k++;
    const rest = needle.slice(k);
    if (rest.length < MIN_PIECE_LENGTH) continue;
    const t = haystack.indexOf(rest, h + k);
    if (t >= 0 && t + rest.length - h <= needle.length * MAX_SPLIT_STRETCH) return [h, t + rest.length];
  }
  return null;
}

/**
 * Maps each needle (a claim as the extractor saw it) to a DOM Range over the text nodes under `root`, or null
 * where it is not on the page. Matching ignores whitespace, case and typographic quote/dash variants, because
 * extraction re-flows text. Needles are expected in page order: each is looked for after the previous match
 * first, so a sentence repeated in a summary box maps to its occurrence in the body in turn.
 * The page is only read: no node is split or changed.
 */
export function findTextRanges(root: Node, needles: readonly string[]): Array<Range | null> {
  const index = indexText(root);
  let cursor = 0;
  return needles.map((needle) => {
    const found = locate(index.folded, foldText(needle), cursor);
    if (!found) return null;
    cursor = found[1];
    return rangeOf(index, found[0], found[1]);
  });
}
