/**
 * Splits an evidence text into sentences for `verifyDocument`: at . ! ? followed by space and a capital, quote or
 * digit, and also where a period is glued to the next sentence ("distillation.This"). Common abbreviations stay whole.
 */

const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Gov|Sen|Rep|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|e\.g|i\.e)|\b[A-Z])\.$/;

/** Sentences of `text`, trimmed, empty ones dropped. */
export function splitEvidence(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) splitLine(line, out);
  return out;
}

function splitLine(text: string, out: string[]): void {
  const re = /([.!?]["”’')\]]*)(\s+|(?=[A-Z“"]))(?=["“'‘([]?[A-Z0-9])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + (m[1]?.length ?? 0);
    const piece = text.slice(last, end);
    if (ABBREV.test(text.slice(Math.max(last, m.index - 12), m.index + 1))) continue;
    if (m[2] === '' && /\d$/.test(text.slice(0, m.index))) continue;
    if (piece.trim()) out.push(piece.trim());
    last = end;
  }
  const rest = text.slice(last).trim();
  if (rest) out.push(rest);
}
