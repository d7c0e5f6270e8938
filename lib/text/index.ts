/** Stage 0, text: the one typography fold, tokens and terms, sentences, word shingles — what every later stage reads text through. */
export { normalizeText, foldCharacter } from './normalize-text';
export { tokenize, tokenizeWords, TOKENIZER_VERSION, type Token } from './tokenize';
export { splitSentences } from './split-sentences';
export { shingles, containment } from './shingles';
export { parseLexicon, type Lexicon } from './lexicon';
