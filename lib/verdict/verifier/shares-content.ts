/** Cheap pre-check: whether an evidence sentence can be about the claim at all. */
import type { TextAnalysis } from './analyse-text.ts';
import type { LexiconLike } from './lexicon-like.ts';
import { expansions, lookups } from './lookups.ts';

/**
 * Whether the evidence shares any claim content word by key or through the lexicon (synonym, related word or
 * antonym). A sentence sharing none cannot be about the claim; the verifier skips it before any feature work.
 */
export function sharesContent(claim: TextAnalysis, evidence: TextAnalysis, lexicon: LexiconLike): boolean {
  const C = lookups(claim);
  const E = lookups(evidence);
  for (const i of C.plain) if (E.byKey.has(claim.keys[i] ?? '')) return true;
  if (typeof lexicon.synonyms !== 'function') return claim.content.length === 0 ? false : E.plain.length > 0;
  const X = expansions(claim, lexicon);
  for (const i of C.plain) {
    const xi = X.get(i);
    if (!xi) continue;
    for (let k = 0; k < xi.ids.length; k++) if (E.idIndex.has(xi.ids[k]!)) return true;
  }
  return false;
}
