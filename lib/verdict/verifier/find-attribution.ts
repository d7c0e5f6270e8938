/** Finds whom a sentence attributes its statement to. */
import type { TextAnalysis } from './text-analysis.ts';
import { REPORTING } from './word-lists.ts';

/** Words before a name that make it where a statement was made: "told CNN", "in an interview with CNN", "said on CNN". */
const VENUE_LEAD = new Set(['interview', 'interviews', 'speaking', 'spoke', 'speak', 'said', 'says', 'appearance', 'remarks', 'statement']);

/** Whom or where the statement was made to: the name after "told", or after "with"/"to"/"on" following "interview", "spoke"… */
export function findVenue(
  words: readonly string[],
  lemmas: readonly string[],
  names: readonly { start: number; end: number; key: string }[],
): TextAnalysis['venue'] {
  for (const n of names) {
    let k = n.start - 1;
    if (words[k] === 'the') k--;
    if (lemmas[k] === 'tell') return { key: n.key, start: n.start, end: n.end };
    if ((words[k] === 'with' || words[k] === 'to' || words[k] === 'on') && VENUE_LEAD.has(words[k - 1] ?? ''))
      return { key: n.key, start: n.start, end: n.end };
  }
  return null;
}

/** "X said …", "…, X said", "according to X", "X told Y that": the source's name (or head noun) and the verb. */
export function findAttribution(
  words: readonly string[],
  lemmas: readonly string[],
  pos: readonly string[],
  names: readonly { start: number; end: number; key: string }[],
): TextAnalysis['attribution'] {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'according' && words[i + 1] === 'to') {
      const n = names.find((x) => x.start >= i + 2 && x.start <= i + 4);
      if (n) return { source: n.key, verb: 'according to', start: n.start, end: n.end };
      const k = i + 2 + (words[i + 2] === 'the' || words[i + 2] === 'a' ? 1 : 0);
      if (pos[k] === 'NOUN') return { source: lemmas[k] ?? null, verb: 'according to', start: k, end: k + 1 };
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (pos[i] !== 'VERB' || !REPORTING.has(lemmas[i] ?? '')) continue;
    // subject before the verb: nearest name or noun within 4 tokens
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const n = names.find((x) => x.end - 1 === j);
      if (n) return { source: n.key, verb: lemmas[i] ?? '', start: n.start, end: n.end };
      if (pos[j] === 'NOUN') return { source: lemmas[j] ?? null, verb: lemmas[i] ?? '', start: j, end: j + 1 };
      if (pos[j] === 'PRON') return { source: null, verb: lemmas[i] ?? '', start: j, end: j + 1 };
      if (pos[j] === 'PUNCT') {
        // "David Sacks, the White House's crypto czar, told …": the speaker is the name before the apposition.
        const open = words[j] === ',' ? words.lastIndexOf(',', j - 1) : -1;
        const before = open > 0 && j - open <= 15 ? names.find((x) => x.end === open) : undefined;
        if (before) return { source: before.key, verb: lemmas[i] ?? '', start: before.start, end: before.end };
        break;
      }
    }
    // inverted: "…, said X" (never after "told": its object is the listener, "told Fox News")
    const n = lemmas[i] === 'tell' ? undefined : names.find((x) => x.start === i + 1 || x.start === i + 2);
    if (n) return { source: n.key, verb: lemmas[i] ?? '', start: n.start, end: n.end };
    return { source: null, verb: lemmas[i] ?? '', start: i, end: i + 1 };
  }
  return null;
}
