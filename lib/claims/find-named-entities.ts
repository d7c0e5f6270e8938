/**
 * Multi-word names a sentence states (people, institutions, products: "House of Representatives Select
 * Committee", "Lunar New Year", "Yanshun Tai"). A claim that names one is about it: an article that never
 * mentions it does not state the claim, however much background it shares.
 */

// Two or more capitalised words, allowing "of"/"on"/"for"/"the"/"and" between them ("House of Representatives").
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|on|for|the|de|and)\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)+/gu;
/** Words before a name that make it the source of the report, not its subject ("according to Bloomberg"). */
const SOURCE_BEFORE = /\b(according to|told|tells|per|via|reported by|in an interview with|cited by|in a post on)\s+(the\s+)?$/i;
/** Words after a name that make it the source of the report ("Bloomberg reported"). */
const SOURCE_AFTER = /^\s*(reported|reports|said|says|wrote|noted|notes|told)\b/i;

/** Capitalised words that start sentences or are too generic to be a name by themselves. */
const GENERIC =
  /^(the|a|an|this|that|these|those|it|its|in|on|at|as|but|and|or|if|when|while|after|before|earlier|later|however|according|last|next|some|many|most|both|all|following|during|despite|with|without|from|for|by|to|of|about|amid|since|until|under|over|what|why|how|who|where|then|there|here|he|she|they|we|our|their|his|her|former|current|then)$/i;

/** Names of two or more words in a sentence, excluding the outlets a report is attributed to. */
export function findNamedEntities(sentence: string): string[] {
  const entities: string[] = [];
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && GENERIC.test(words[0]!)) words.shift();
    if (words.length < 2) continue;
    const name = words.join(' ').replace(/[’']s$/, '');
    const start = match.index + match[0].length - words.join(' ').length;
    if (SOURCE_BEFORE.test(sentence.slice(0, start)) || SOURCE_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
    entities.push(name);
  }
  return entities;
}
