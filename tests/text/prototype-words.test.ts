/**
 * Issue 15.4: page text is data, and JavaScript's prototype names are words in it. "constructor" looked up in a
 * plain object found `Object` (so the term was a function, saving failed with DataCloneError and an export holding
 * the word was refused whole); in the term-weight table it found a function and the weight became NaN. Every word
 * below must tokenise to strings, be checked with finite scores, be saved, exported and imported like any word.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/create-engine';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { articleFromText } from '../../lib/extract/article-from-text';
import { backgroundWeight } from '../../lib/match/term-weights';
import { parseCorpusExport, stringifyCorpusExport } from '../../lib/store/corpus-export';
import { savedPageToCorpusDoc } from '../../lib/store/saved-page';
import { splitSentences } from '../../lib/text/split-sentences';
import { TOKENIZER_VERSION, termOf, tokenize, tokenizeWords } from '../../lib/text/tokenize';
import { findNamedEntities } from '../../lib/claims/find-named-entities';
import { detectAttribution } from '../../lib/claims/detect-attribution';
import { extractQuantities } from '../../lib/claims/extract-quantities';
import { countCues } from '../../lib/stance/cue-lexicons';
import { openTestStore, seeds } from '../corpus-store/fixtures';

/** Every name an object finds through its prototype chain, as written and as a page would write it. */
const PROTOTYPE_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    'prototype',
    'constructors',
    '__proto__',
  ]),
];
const WORDS = [...new Set(PROTOTYPE_NAMES.flatMap((name) => [name, name.toLowerCase(), name[0]!.toUpperCase() + name.slice(1)]))];

/** Real news sentences (the seeds'), each made to use prototype names as words, so the engine checks them as claims. */
function articleText(): string {
  const sentences = seeds
    .flatMap((seed) => splitSentences(seed.text))
    .filter((sentence) => /[.!?]$/.test(sentence) && sentence.split(' ').length >= 8);
  const used = sentences.map(
    (sentence, i) => `${sentence.slice(0, -1)}, with the ${WORDS[i % WORDS.length]} and ${WORDS[(i + 7) % WORDS.length]} in view.`,
  );
  return ['OpenAI says DeepSeek copied the constructor of its models', ...used].join('\n');
}

const tokenizer = { version: TOKENIZER_VERSION, terms: tokenize };

describe('JavaScript prototype names in page text', () => {
  it('includes the names the issue lists', () => {
    for (const name of [
      'constructor',
      '__proto__',
      'prototype',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'isPrototypeOf',
      '__defineGetter__',
    ]) {
      expect(WORDS).toContain(name);
    }
  });

  it('tokenise to plain string terms, each name a content word', () => {
    for (const word of WORDS) {
      const terms = tokenize(`The ${word} of the data centre`);
      expect(
        terms.every((term) => typeof term === 'string'),
        word,
      ).toBe(true);
      expect(terms.length, word).toBe(3);
      const tokens = tokenizeWords(`The ${word} of the data centre`);
      expect(
        tokens.every((token) => typeof token.term === 'string' && typeof token.word === 'string' && token.word !== ''),
        word,
      ).toBe(true);
      const term = termOf(word.replace(/^_+|_+$/g, ''));
      expect(term === null || typeof term === 'string', word).toBe(true);
    }
    expect(tokenize('the constructor and the constructors')).toEqual(['constructor', 'constructor']);
  });

  it('weigh as rare words: finite background weights', () => {
    for (const word of WORDS) {
      for (const term of [word, ...tokenize(word)]) expect(Number.isFinite(backgroundWeight(term)), term).toBe(true);
    }
  });

  it('pass through the claim analyses (names, attribution, quantities, stance cues) as words', () => {
    for (const word of WORDS) {
      const sentence = `${word} Analytics said the ${word} cost $2 billion, according to ${word} Reuters.`;
      expect(findNamedEntities(sentence).every((name) => typeof name === 'string')).toBe(true);
      const attribution = detectAttribution(sentence);
      expect(attribution.source === null || typeof attribution.source === 'string').toBe(true);
      expect(extractQuantities(`${word} ${word} dollars`).every((q) => Number.isFinite(q.value))).toBe(true);
      expect(countCues([word, word.toLowerCase()]).every((count) => Number.isInteger(count))).toBe(true);
    }
  });

  it('are checked against the corpus like any word: every score finite, the result plain data', () => {
    const page = articleFromText(articleText(), { url: 'https://theledger.example/prototype-words' });
    // The corpus holds them too, so their document frequencies and postings are looked up.
    const saved = savedPageToCorpusDoc({
      id: 'saved-prototype-words',
      url: 'https://othersite.example/words',
      canonicalUrl: 'https://othersite.example/words',
      title: 'Words',
      outlet: 'Other Site',
      byline: null,
      publishedTime: null,
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      text: articleText(),
      sentences: splitSentences(articleText()),
      contentHash: '',
      cites: [],
    });
    const result = createEngine([...bundledCorpus(), saved]).check(page);
    expect(result.claims.length).toBeGreaterThan(40);
    const checked = result.claims.map((claim) => claim.text).join(' ');
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(checked).toContain(word);
    for (const claim of result.claims) {
      for (const verdict of claim.verdicts) expect(Number.isFinite(verdict.score), `${claim.text} × ${verdict.doc}`).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
  });

  it('are saved with their terms (structured clone works), exported and imported back', async () => {
    const store = await openTestStore({ tokenizer });
    const article = articleFromText(articleText(), { url: 'https://theledger.example/prototype-words' });
    const { page, outcome } = await store.savePage({ article, sentences: splitSentences(article.paragraphs.join('\n')) });
    expect(outcome).toBe('created');
    expect(page.terms!.flat().every((term) => typeof term === 'string')).toBe(true);
    expect(page.terms!.flat()).toContain('constructor');
    expect(await store.getPage(page.id)).toEqual(page);
    await store.saveCorrection({ claim: page.sentences[1]!, doc: '__proto__', status: 'confirms', at: '2026-01-01T00:00:00.000Z' });
    await store.saveCorrection({ claim: 'The constructor', doc: 'constructor', status: 'leaves_out', at: '2026-01-02T00:00:00.000Z' });

    const file = stringifyCorpusExport(await store.exportCorpus());
    const parsed = parseCorpusExport(file);
    expect(parsed.ok).toBe(true);
    const other = await openTestStore({ tokenizer });
    expect(await other.importCorpus(file)).toEqual({ added: 1, merged: 0, skipped: 0, corrections: { added: 2, merged: 0, skipped: 0 } });
    expect(await other.getPage(page.id)).toEqual(page);
    expect(await other.listCorrections()).toEqual(await store.listCorrections());
    store.close();
    other.close();
  });
});
