import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { findCopies } from '../../lib/match/find-copies';
import { containment, shingles } from '../../lib/text/shingles';
import { articleFromText } from '../../lib/extract/article-from-text';
import { findNamedEntities } from '../../lib/claims/find-named-entities';
import { createNameMatcher, namesIn } from '../../lib/match/match-names';
import { articleSentences } from '../../lib/store/corpus-doc-from-text';
import { SentenceIndex } from '../../lib/match/sentence-index';
import { tokenize } from '../../lib/text/tokenize';
import { seedText } from './seeds';

const corpus = bundledCorpus();

describe('SentenceIndex', () => {
  const index = new SentenceIndex();
  for (const doc of corpus) index.addDocument(doc.sentences.map(tokenize));

  it('shortlists the sentence of each article that states a claim', () => {
    const hits = index.search(tokenize('Microsoft notified OpenAI that people linked to DeepSeek were siphoning data through its API.'), 3);
    const bi = hits.get(3)!;
    expect(corpus[3]!.sentences[bi[0]!.sentence]).toContain('siphoning a large amount of data');
    const other = hits.get(4)!;
    expect(other.map((h) => corpus[4]!.sentences[h.sentence]!).some((s) => s.includes('uploading data en masse'))).toBe(true);
  });

  it('returns at most the requested number per document, best first', () => {
    const perDoc = [...index.search(tokenize('OpenAI DeepSeek distillation models'), 2).values()];
    // Every seed mentions OpenAI and DeepSeek in several sentences, so each document fills both places.
    expect(perDoc).toHaveLength(corpus.length);
    for (const hits of perDoc) {
      expect(hits).toHaveLength(2);
      expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    }
  });

  it('weighs rare terms above common ones', () => {
    expect(index.idf('router')).toBeGreaterThan(index.idf('openai'));
  });
});

describe('tokenize', () => {
  it('folds the ways outlets write one thing onto one term', () => {
    expect(tokenize('the U.S. application programming interface')).toEqual(tokenize('the US API'));
    expect(tokenize('artificial intelligence')).toEqual(tokenize('AI'));
  });
});

describe('name matching with fuse.js', () => {
  it('finds "Sachs" in 004 for "Sacks" of 003', () => {
    const matcher = createNameMatcher(corpus[4]!.sentences.flatMap(namesIn));
    expect(matcher.match('Sacks')).toBe(tokenize('Sachs')[0]);
  });

  it('does not match unrelated names', () => {
    const matcher = createNameMatcher(corpus[4]!.sentences.flatMap(namesIn));
    expect(matcher.match('Perplexity')).toBeNull();
  });
});

describe('findNamedEntities', () => {
  it('finds multi-word names and skips the outlets a report is attributed to', () => {
    expect(findNamedEntities('OpenAI formally warned the U.S. House of Representatives Select Committee on China about it.')).toEqual([
      'U.S. House of Representatives Select Committee on China',
    ]);
    expect(findNamedEntities('OpenAI says it has evidence, as the developer of ChatGPT told the Financial Times.')).toEqual([]);
    expect(findNamedEntities('According to Bloomberg, security researchers at Microsoft noticed it.')).toEqual([]);
  });
});

describe('findCopies', () => {
  const docs = corpus.map((doc, i) => [i, shingles(doc.sentences.join(' '))] as const);

  it('recognises a seed as the same article as its corpus document', () => {
    const page = shingles(articleSentences(articleFromText(seedText('003'))).join(' '));
    expect(findCopies(page, docs)).toEqual([3]);
  });

  it('recognises a lightly edited copy (first half only)', () => {
    const sentences = articleSentences(articleFromText(seedText('001')));
    expect(findCopies(shingles(sentences.slice(0, sentences.length / 2).join(' ')), docs)).toEqual([1]);
  });

  it('does not take an article that shares phrases for the same one', () => {
    const page = shingles('David Sacks, the White House adviser, spoke to Fox News about DeepSeek and OpenAI on Monday and said more.');
    expect(findCopies(page, docs)).toEqual([]);
    expect(containment(page, docs[3]![1])).toBeLessThan(0.5);
  });
});
