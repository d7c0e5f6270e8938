/** Sites as match patterns: pure, so the panel's state machine and its tests use them without a browser. */

/**
 * The match pattern for every page of the site of `url`, any port, or null for anything but http(s):
 * `https://news.example/a/b?c` → `https://news.example/*`.
 */
export function sitePattern(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const { protocol, hostname } = new URL(url);
  if ((protocol !== 'http:' && protocol !== 'https:') || hostname === '') return null;
  return `${protocol}//${hostname}/*`;
}

/** The host a pattern grants, as the reader reads it in the button ("news.example"). */
export function siteName(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}
