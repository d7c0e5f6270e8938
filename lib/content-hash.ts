/**
 * A stable fingerprint of an article's text, used to notice the same article saved under two addresses
 * (syndicated copies, AMP pages, tracking-parameter variants).
 *
 * Pure JavaScript and synchronous on purpose: it must give the same answer in Node (CLI, tests) and in every
 * browser, and it runs inside the save path before the IndexedDB transaction starts (SubtleCrypto is async and
 * would tempt an `await` inside a transaction). Hashes are stored: changing `normalizeContent` or the hash
 * requires a schema migration that recomputes `contentHash` for every saved page.
 */

// Typographic variants that differ between copies of the same story on different sites (CMS "smart quotes").
const TYPOGRAPHIC: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  // Zero-width characters and soft hyphens are invisible and inserted by some CMSes.
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''],
];

/**
 * The text as compared for "identical content": Unicode NFKC, typographic quotes and dashes folded to ASCII,
 * every run of whitespace (including paragraph breaks) collapsed to one space, trimmed. Case is kept: a change
 * of case can be a change of meaning ("US" / "us").
 */
export function normalizeContent(text: string): string {
  let out = text.normalize('NFKC');
  for (const [pattern, replacement] of TYPOGRAPHIC) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
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
