/**
 * Whether two addresses are one site's page in the narrow sense a content script can afford to check: the same
 * scheme, port and host, a leading "www.", "m.", "amp." or "mobile." aside. The Public Suffix List (lib/extract/
 * same-site.ts, 140 KB) stays out of the content script; the store applies it when a page is saved. Stricter than a
 * site: a canonical address on a sibling subdomain is dropped, and the page is saved under its own address.
 */

/** Host prefixes that name the same publication's desktop, mobile and AMP editions. */
const EDITION_PREFIX = /^(www|m|amp|mobile)\./;

function hostKey(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname.toLowerCase().replace(EDITION_PREFIX, '')}:${url.port}`;
}

/** Whether `a` and `b` are http(s) addresses on one host (editions aside); false when either is not one. */
export function sameHost(a: string, b: string): boolean {
  const key = hostKey(a);
  return key !== null && key === hostKey(b);
}
