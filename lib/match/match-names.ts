import Fuse from 'fuse.js';
import { termOf } from '../text/tokenize';

/**
 * Fuzzy matching of names, where fuse.js pays: outlets misspell people and companies ("Sacks" / "Sachs"),
 * and a name is short, so bitap over one document's names costs microseconds — unlike whole sentences.
 */
const NAME_FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  // 0 is exact; one wrong letter in a five-letter name scores about 0.2. Above 0.3 unrelated names start to meet.
  threshold: 0.3,
  // Names are matched as whole strings: where the typo sits must not matter.
  ignoreLocation: true,
});

/** Shortest capitalised word treated as a name that may be misspelt: short names ("Li", "Ma") collide with everything. */
const MIN_NAME_LENGTH = 4;
/** Letters by which a name and its variant may differ in length: misspellings swap or drop one ("Sacks" / "Sachs"). */
const MAX_LENGTH_DIFFERENCE = 1;

const NAME = /\b\p{Lu}[\p{Ll}\p{Lu}]{3,}\b/gu;

/** Capitalised words of a text that look like names (not sentence-initial function words). */
export function namesIn(text: string): string[] {
  return [...text.matchAll(NAME)].map((match) => match[0]);
}

/** Finds, for a name of the claim, the document's term that spells the same name differently. */
export interface NameMatcher {
  /** The document's term for this name, or null when it has no similar name. */
  match(name: string): string | null;
}

/** Builds a matcher over the names a document uses. */
export function createNameMatcher(names: readonly string[]): NameMatcher {
  const distinct = [...new Set(names.filter((name) => name.length >= MIN_NAME_LENGTH))];
  let fuse: Fuse<string> | null = null;
  const cache = new Map<string, string | null>();
  return {
    match(name) {
      const cached = cache.get(name);
      if (cached !== undefined) return cached;
      let found: string | null = null;
      if (name.length >= MIN_NAME_LENGTH && distinct.length > 0) {
        fuse ??= new Fuse(distinct, NAME_FUSE_OPTIONS);
        const best = fuse.search(name, { limit: 1 })[0];
        if (best && Math.abs(best.item.length - name.length) <= MAX_LENGTH_DIFFERENCE && best.item.toLowerCase() !== name.toLowerCase()) {
          found = termOf(best.item.toLowerCase());
        }
      }
      cache.set(name, found);
      return found;
    },
  };
}
