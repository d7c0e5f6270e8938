/**
 * The host a reader recognises a site by ("reuters.com" for "https://www.reuters.com/…"), or null for a missing,
 * unparseable or host-less address. Used as the outlet of last resort and in saved pages' fallback titles.
 */
export function hostOf(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return new URL(url).hostname.replace(/^www\./, '') || null;
}
