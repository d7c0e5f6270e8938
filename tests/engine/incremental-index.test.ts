import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import { SentenceIndex } from '../../lib/match/sentence-index';
import { tokenize } from '../../lib/text/tokenize';
import { seedText } from './seeds';

const corpus = bundledCorpus();

describe('a checker that grows', () => {
  it('gives the same result when documents are added one by one as when built at once', () => {
    const page = articleFromText(seedText('004'));
    const whole = createChecker(corpus).check(page);
    const grown = createChecker(corpus.slice(0, 2));
    for (const doc of corpus.slice(2)) grown.addDocument(doc);
    expect(grown.size).toBe(corpus.length);
    expect(grown.check(page)).toEqual(whole);
  });

  it('lets a newly saved page confirm a claim no bundled article states', () => {
    const page = articleFromText(seedText('002'));
    const checker = createChecker(corpus);
    const trillion = (r: ReturnType<typeof checker.check>) => r.claims.find((c) => c.text.includes('$1 trillion'))!;
    expect(trillion(checker.check(page)).unverified).toBe(true);
    checker.addDocument({
      id: 'saved-markets',
      outlet: 'Markets Daily',
      title: 'Tech stocks lose $1 trillion',
      url: 'https://markets.example/trillion',
      cites: [],
      sentences: ['The DeepSeek news led to a $1 trillion loss in the value of AI-linked U.S. tech stocks on Monday.'],
      origin: 'saved',
    });
    const after = trillion(checker.check(page));
    expect(after.unverified).toBe(false);
    expect(after.verdicts.find((v) => v.doc === 'saved-markets')).toMatchObject({ status: 'confirms', origin: 'saved' });
  });
});

describe('SentenceIndex serialisation', () => {
  it('round-trips through JSON to an index that answers the same', () => {
    const index = new SentenceIndex();
    for (const doc of corpus) index.addDocument(doc.sentences.map(tokenize));
    const restored = SentenceIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const query = tokenize('Microsoft notified OpenAI of suspicious activity through the API');
    expect(restored.size).toBe(index.size);
    expect(restored.search(query, 3, 5)).toEqual(index.search(query, 3, 5));
    expect(restored.idf('router')).toBe(index.idf('router'));
  });

  it('refuses JSON that is not an index', () => {
    expect(() => SentenceIndex.fromJSON({ format: 'something-else', version: 1, docs: [] } as never)).toThrow(/not a sentence index/);
  });
});

describe('the shortlist on a large corpus', () => {
  it('keeps at most the requested number of documents, best first', () => {
    const index = new SentenceIndex();
    for (let copy = 0; copy < 20; copy++) for (const doc of corpus) index.addDocument(doc.sentences.map(tokenize));
    const hits = index.search(tokenize('siphoning a large amount of data using the API'), 2, 7);
    expect(hits.size).toBe(7);
    const best = [...hits.values()].map((h) => h[0]!.score);
    expect(best).toEqual([...best].sort((a, b) => b - a));
  });
});

describe('stored sentence terms', () => {
  it('are used when their tokenizer version matches, and give the same verdicts', async () => {
    const { TOKENIZER_VERSION } = await import('../../lib/text/tokenize');
    const page = articleFromText(seedText('003'));
    const withTerms = corpus.map((doc) => ({ ...doc, terms: doc.sentences.map(tokenize), termsVersion: TOKENIZER_VERSION }));
    expect(createChecker(withTerms).check(page)).toEqual(createChecker(corpus).check(page));
  });

  it('are ignored when stale: an older version is re-tokenised', () => {
    const page = articleFromText(seedText('003'));
    const stale = corpus.map((doc) => ({ ...doc, terms: doc.sentences.map(() => ['garbage']), termsVersion: 0 }));
    expect(createChecker(stale).check(page)).toEqual(createChecker(corpus).check(page));
  });
});
