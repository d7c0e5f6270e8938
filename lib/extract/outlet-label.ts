/** Longest outlet label shown on a chip before it is shortened. */
const MAX_LABEL_CHARS = 48;

/** Shortens text at a word boundary, with an ellipsis when anything was cut. */
export function shorten(text: string, max = MAX_LABEL_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${(cut || clean.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * A readable label for a source, never blank: its outlet name, else its headline in quotes,
 * else the opening words of its text, else its id.
 */
export function outletLabel(source: { outlet?: string | null; title?: string | null; firstSentence?: string | null; id: string }): string {
  const outlet = source.outlet?.trim();
  if (outlet) return outlet;
  const headline = source.title?.trim() || source.firstSentence?.trim();
  if (headline) return `“${shorten(headline)}”`;
  return `Source ${source.id}`;
}
