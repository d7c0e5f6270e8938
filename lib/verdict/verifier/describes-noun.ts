/** A participle before a noun describes it ("leading companies", "trained models"): it is not an act of the sentence. */
export function describesNoun(words: readonly string[], pos: readonly string[], i: number): boolean {
  return /(?:ing|ed)$/.test(words[i] ?? '') && /^(?:NOUN|PROPN)$/.test(pos[i + 1] ?? '');
}
