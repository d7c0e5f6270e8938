/** Word-level text edits the synthetic-pair generator makes (whole-word replace, span lookup, pair swaps). */
import type { Prng } from './create-prng.ts';

/** Escapes a string for use inside a RegExp. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the first whole-word, case-insensitive occurrence of `from` by `to`, keeping an initial capital. */
export function replaceWord(text: string, from: string, to: string): string | null {
  const re = new RegExp(`(^|[^A-Za-z0-9'])(${esc(from)})(?=$|[^A-Za-z0-9])`, 'i');
  const m = re.exec(text);
  if (!m || m[2] === undefined) return null;
  const orig = m[2];
  const rep = /^[A-Z]/.test(orig) ? to.charAt(0).toUpperCase() + to.slice(1) : to;
  const at = m.index + (m[1]?.length ?? 0);
  return text.slice(0, at) + rep + text.slice(at + orig.length);
}

/** Finds the original-case text of an analysed token span. */
export function spanText(text: string, words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const re = new RegExp(words.map(esc).join('\\s*'), 'i');
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Replaces one randomly picked `pairs` word present in `text` by its partner. */
export function swapFrom(text: string, pairs: readonly [string, string][], prng: Prng): string | null {
  const hits = pairs.filter(([a]) => new RegExp(`(^|[^A-Za-z])${esc(a)}(?=$|[^A-Za-z])`, 'i').test(text));
  if (hits.length === 0) return null;
  const [a, b] = prng.pick(hits);
  return replaceWord(text, a, b);
}
