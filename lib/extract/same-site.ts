/**
 * Whether two addresses belong to one site, as a browser scopes a site: same scheme, same port, same registrable
 * domain ("eTLD+1": news.bbc.co.uk and www.bbc.co.uk are one site; a.github.io and b.github.io are two).
 * A page may name its canonical address only within its own site, so a page elsewhere cannot pose as another
 * site's article (and replace the reader's saved copy of it).
 */
// tldts carries the Public Suffix List (ICANN and private sections): without it "evil.co.uk" would pass as
// bbc.co.uk's sibling and one github.io user as another's; no hand-written rule gets those right.
import { getDomain } from 'tldts';

/** Private suffixes count (github.io, blogspot.com…): their users are separate publishers. */
const PSL_OPTIONS = { allowPrivateDomains: true } as const;

/** The site of an http(s) address — scheme, port and registrable domain (or the whole host) — or null. */
function siteOf(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Hosts with no registrable domain (IP addresses, "localhost", a bare public suffix) are their own site.
  const domain = getDomain(url.hostname, PSL_OPTIONS) ?? url.hostname;
  // `port` is '' for the scheme's default port; any other port is another origin, so another site here.
  return `${url.protocol}//${domain.toLowerCase()}:${url.port}`;
}

/** Whether `a` and `b` are http(s) addresses of one site; false when either is not one. */
export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}
