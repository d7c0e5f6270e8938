import { normalizeText } from '../text/normalize-text';

/**
 * A run of text of the compared sentence; `changed` runs have no counterpart in the reference sentence. With the
 * verifier's marks, `mark` says why a run stands out: `conflict` — words that contradict the claim ("none" vs
 * "many"); `aligned` — words the claim says in other words ("outlawing" for "banning"), shown as agreeing, not new.
 */
export interface DiffSegment {
  text: string;
  changed: boolean;
  mark?: 'conflict' | 'aligned';
}

/** The evidence words the verifier aligned with the claim and those in conflict with it (`Verdict.marks`). */
export interface DiffMarks {
  aligned: readonly string[];
  conflicting: readonly string[];
}

/**
 * Function words are never marked on their own: "its", "or", "may" differing between two outlets' sentences says
 * nothing about the facts. Between two marked words they join the marked run.
 */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for from with and or but nor so as than that this these those it its is are was were be been being has have had do does did may might can could will would shall should he she they we you i his her their our your them him us who which what when where while also not'.split(
    ' ',
  ),
);

/** Compares words as a reader would: case, punctuation and curly quotes do not make a word different. */
function wordKey(word: string): string {
  return normalizeText(word)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}$€£%]+|[^\p{L}\p{N}$€£%]+$/gu, '')
    .replace(/'s$/, '');
}

/**
 * Marks the words of `text` that the `reference` sentence does not use anywhere, so a reader sees at a glance
 * where an outlet's sentence departs from the claim. Word order is deliberately ignored: outlets reorder the
 * same facts ("researchers at Microsoft" / "Microsoft's researchers"), and marking a moved word is noise.
 * Whitespace is kept as in `text`; adjacent changed words are merged into one run.
 */
export function wordDiff(reference: string, text: string, marks?: DiffMarks): DiffSegment[] {
  const parts = text.split(/(\s+)/).filter((part) => part !== '');
  const words = parts.filter((part) => !/^\s+$/.test(part));
  const refKeys = reference
    .split(/\s+/)
    .map(wordKey)
    .filter((key) => key !== '');
  const keys = words.map(wordKey);
  const refSet = new Set(refKeys);
  const conflicting = new Set((marks?.conflicting ?? []).map(wordKey));
  const aligned = new Set((marks?.aligned ?? []).map(wordKey));
  const own = keys.map((key) => key !== '' && !FUNCTION_WORDS.has(key) && !refSet.has(key));
  // A function word is marked only inside a marked run: look for the nearest content words either side.
  const marked = keys.map((key, i) => {
    if (key === '') return false;
    if (!FUNCTION_WORDS.has(key)) return own[i]!;
    const side = (step: number) => {
      for (let j = i + step; j >= 0 && j < keys.length; j += step) if (keys[j] !== '' && !FUNCTION_WORDS.has(keys[j]!)) return own[j]!;
      return false;
    };
    return side(-1) && side(1);
  });
  // The verifier's reading wins over the word diff: a conflicting word is marked even when the claim shares it
  // ("not" in one, "approved" in both), and a word it aligned is the claim's, said otherwise.
  const markOf = (i: number): DiffSegment['mark'] => {
    const key = keys[i]!;
    if (key === '') return undefined;
    if (conflicting.has(key)) return 'conflict';
    if (aligned.has(key) && own[i]) return 'aligned';
    return undefined;
  };

  const segments: DiffSegment[] = [];
  const push = (part: string, changed: boolean, mark?: DiffSegment['mark']) => {
    const last = segments[segments.length - 1];
    if (last && last.changed === changed && last.mark === mark) last.text += part;
    else segments.push(mark ? { text: part, changed, mark } : { text: part, changed });
  };
  let wordIndex = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (/^\s+$/.test(part)) {
      // Space between two marked words of one kind belongs to their run; elsewhere it is plain text.
      const prev = segments[segments.length - 1];
      const next = wordIndex < words.length ? markOf(wordIndex) : undefined;
      const nextChanged = Boolean(marked[wordIndex]) || next === 'conflict';
      if (prev && prev.changed && nextChanged && prev.mark === next) push(part, true, next);
      else push(part, false);
      continue;
    }
    const mark = markOf(wordIndex);
    // Bare punctuation ("—", "&") never counts as a difference on its own.
    push(part, mark === 'conflict' || (mark !== 'aligned' && marked[wordIndex]!), mark);
    wordIndex++;
  }
  return segments;
}
