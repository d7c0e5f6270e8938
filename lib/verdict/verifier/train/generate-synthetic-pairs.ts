import type { TextAnalysis } from '../analyse-text.ts';
import type { Prng } from './create-prng.ts';
import { contradict, onlyClaim } from './contradict.ts';
import { spanText } from './replace-word.ts';
import { reword } from './reword.ts';
import { CONTRADICTION_KINDS, type SyntheticKind, type SyntheticPair } from './synthetic-kind.ts';
import { DAYS, EXTRA_DETAILS } from './synthetic-word-pairs.ts';

/**
 * FactCC-style training pairs from news sentences (FNC-1 bodies only): rewordings as confirmations, one perturbation
 * of each conflict kind as contradictions, and same-story sentences or claims with an extra detail as "leaves out".
 * The claim is the generated side; the evidence is a real sentence with its real neighbours as the document.
 */

/** The synthetic-pair types, re-exported so importers keep their import from this file. */
export { CONTRADICTION_KINDS, type SyntheticKind, type SyntheticPair } from './synthetic-kind.ts';

/** A "leaves out" claim: the sentence with one extra detail it does not hold. */
function addDetail(text: string, a: TextAnalysis, prng: Prng): string {
  // why a quarter: "only" before a name the sentence states is the extra detail a claim most often adds in the news
  const only = prng.next() < 0.25 ? onlyClaim(text, a) : null;
  if (only) return only;
  let d = prng.pick(EXTRA_DETAILS);
  if (a.dates.length > 0 && (d.includes('{year}') || d.includes('{day}'))) d = 'for the second time';
  if (a.quantities.length > 0 && d.includes('{n}')) d = 'in a closed meeting';
  d = d
    .replace('{year}', String(2005 + prng.int(15)))
    .replace('{day}', prng.pick(DAYS))
    .replace('{n}', String(2 + prng.int(40)));
  return `${text.replace(/[.!?]["”]?$/, '')} ${d}.`;
}

/** Sentences fit to become claims: a verb, 8–45 words, no URL or handle. */
export function isClaimLike(s: string, a: TextAnalysis): boolean {
  const n = a.words.length;
  return n >= 8 && n <= 45 && a.predicate >= 0 && /^[A-Z"“]/.test(s) && !/https?:|@\w|#\w|\t/.test(s);
}

/**
 * Generates pairs for one FNC-1 body. `sentences` are the body's sentences and `analyses` their analyses (same length);
 * `namePool` are proper names of other bodies for swaps. Deterministic for a given PRNG state.
 */
export function generateSyntheticPairs(
  bodyId: string,
  sentences: readonly string[],
  analyses: readonly TextAnalysis[],
  namePool: readonly string[],
  prng: Prng,
  kindCounts: Map<SyntheticKind, number>,
  perBody = 6,
): SyntheticPair[] {
  const out: SyntheticPair[] = [];
  const eligible: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const a = analyses[i];
    if (a && isClaimLike(sentences[i] ?? '', a)) eligible.push(i);
  }
  const localNames: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const a = analyses[i];
    if (!a) continue;
    for (const n of a.names) {
      const t = spanText(sentences[i] ?? '', a.words.slice(n.start, n.end));
      if (t && /^[A-Z]/.test(t) && !localNames.includes(t)) localNames.push(t);
    }
  }
  const chosen = prng.shuffle([...eligible]).slice(0, perBody);
  const window = (k: number, skip: number): { sentences: string[]; at: number } => {
    const lo = Math.max(0, k - 2);
    const hi = Math.min(sentences.length, k + 3);
    const ss: string[] = [];
    let at = -1;
    for (let i = lo; i < hi; i++) {
      if (i === skip) continue;
      if (i === k) at = ss.length;
      ss.push(sentences[i] ?? '');
    }
    return { sentences: ss, at };
  };
  for (const k of chosen) {
    const s = sentences[k] ?? '';
    const a = analyses[k];
    if (!a) continue;
    const w = window(k, -1);
    // confirms
    out.push({ claim: reword(s, a, prng), sentences: w.sentences, evidenceIndex: w.at, label: 'confirms', kind: 'reword', group: bodyId });
    // contradicts: the least-used applicable kind, for balance across kinds
    const pool = [...localNames, ...namePool];
    const kinds = [...CONTRADICTION_KINDS].sort((x, y) => (kindCounts.get(x) ?? 0) - (kindCounts.get(y) ?? 0));
    for (const kind of kinds) {
      const c = contradict(kind, s, a, pool, prng);
      if (c && c !== s) {
        kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
        out.push({ claim: c, sentences: w.sentences, evidenceIndex: w.at, label: 'contradicts', kind, group: bodyId });
        break;
      }
    }
    // leaves_out: a same-story sentence sharing a name or two content words, or an extra detail
    {
      const keys = new Set(a.content.map((i) => a.keys[i]));
      const other = eligible
        .filter((j) => Math.abs(j - k) > 2)
        .find((j) => {
          const b = analyses[j];
          if (!b) return false;
          const shared = b.content.filter((i) => keys.has(b.keys[i])).length;
          return shared >= 2 || b.names.some((n) => a.names.some((m) => m.key === n.key));
        });
      if (other !== undefined) {
        out.push({
          claim: sentences[other] ?? '',
          sentences: w.sentences,
          evidenceIndex: -1,
          label: 'leaves_out',
          kind: 'same-story',
          group: bodyId,
        });
        // why 0.5: half the sentences also get an extra-detail claim, so both kinds of "leaves out" are common
        if (prng.next() < 0.5) continue;
      }
    }
    out.push({
      claim: addDetail(s, a, prng),
      sentences: w.sentences,
      evidenceIndex: w.at,
      label: 'leaves_out',
      kind: 'extra-detail',
      group: bodyId,
    });
  }
  return out;
}
