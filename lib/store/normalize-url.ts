/**
 * Saved pages' addresses: the canonical form they are stored and deduplicated under, and the id derived from it.
 */
import { stableHash } from './content-hash';

// Query parameters that only say how the reader arrived; two links differing only in these are the same page.
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|cmpid)$/i;

/** A canonical URL as stored: fragment and tracking parameters removed; unparseable input is only trimmed. */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  if (!URL.canParse(trimmed)) return trimmed;
  const parsed = new URL(trimmed);
  parsed.hash = '';
  const tracking = [...new Set(parsed.searchParams.keys())].filter((key) => TRACKING_PARAM.test(key));
  // Only touch the query when something goes: rewriting it re-encodes it ("%20" becomes "+").
  for (const key of tracking) parsed.searchParams.delete(key);
  return parsed.href;
}

/** The id a new page gets: derived from its canonical URL, so the same page has the same id on every device. */
export function pageId(canonicalUrl: string): string {
  return `saved-${stableHash(canonicalUrl)}`;
}
