/**
 * Page furniture: lines that sit in an article's text block but are not article text
 * (comment forms, "See also" teasers, back-to-top buttons, share bars, update stamps).
 * Patterns are anchored to the whole line so a real sentence that mentions, say, "related articles" survives.
 */
const FURNITURE_PATTERNS: readonly RegExp[] = Object.freeze([
  /^see also\b/i,
  /^leave a (reply|comment)\b/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^related (articles|posts|stories|news|coverage)\b/i,
  /^back to top( button)?$/i,
  /^you must be (logged|signed) in to (post|leave) a comment/i,
  /^(last )?updated:?\s*$/i,
  /^(share|tweet|email|print)( (this|on|via)\b.*)?$/i,
  /^(advertisement|sponsored( content)?|ad)$/i,
  /^(read|see) (more|next|also)\b.{0,80}$/i,
  /^(sign up|subscribe)\b.{0,120}$/i,
  /^(follow us|click here)\b/i,
  /^(comments?|\d+ comments?)$/i,
  /^(skip to (main )?content|menu|search|home)$/i,
  /^(all rights reserved|©|copyright ©?\s*\d{4})/i,
]);

/** Whether a line of text is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (text === '') return true;
  return FURNITURE_PATTERNS.some((pattern) => pattern.test(text));
}
