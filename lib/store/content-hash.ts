/**
 * A stable fingerprint of an article's text, used to notice the same article saved under two addresses
 * (syndicated copies, AMP pages, tracking-parameter variants).
 *
 * Pure JavaScript and synchronous on purpose: it must give the same answer in Node (CLI, tests) and in every
 * browser, and it runs inside the save path before the IndexedDB transaction starts (SubtleCrypto is async and
 * would tempt an `await` inside a transaction). Hashes are stored: changing `normalizeContent` or the hash
 * requires a schema migration that recomputes `contentHash` for every saved page.
 */
import { normalizeText } from '../text/normalize-text';

/**
 * The text as compared for "identical content": the project's one typography fold (NFKC, quotes, dashes, invisible
 * characters), every run of whitespace one space, trimmed. Case is kept: "US" / "us" can differ in meaning.
 */
export function normalizeContent(text: string): string {
  return normalizeText(text).trim();
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash with good avalanche, exact in float64 arithmetic. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// Two independently seeded 53-bit hashes: ~106 bits, so an accidental collision among a reader's pages is
// out of reach (the store still compares the texts before calling two pages duplicates).
const SEEDS = [0, 0x9e3779b9] as const;

/** A stable hash of any string: 28 lower-case hex digits. Used for ids as well as content. */
export function stableHash(text: string): string {
  return SEEDS.map((seed) => cyrb53(text, seed).toString(16).padStart(14, '0')).join('');
}

/** The content hash of an article text: `stableHash(normalizeContent(text))`. */
export function contentHash(text: string): string {
  return stableHash(normalizeContent(text));
}
