import { articleFromText } from '../extract/article-from-text';
import { outletLabel, shorten } from '../extract/outlet-label';
import { splitSentences } from '../text/split-sentences';
import type { Article, CorpusDoc } from '../types';

/** The sentences of an article's text, furniture removed, in order. */
export function articleSentences(article: Pick<Article, 'paragraphs'>): string[] {
  return article.paragraphs.flatMap((paragraph) => splitSentences(paragraph));
}

/** Metadata a corpus document's source gives beside its text (the seeds' manifest, a saved page's record). */
export interface CorpusDocMeta {
  id: string;
  outlet: string | null;
  title: string | null;
  url?: string | null;
  cites?: string[];
  origin: CorpusDoc['origin'];
}

/** Turns a plain-text article into a corpus document. */
export function corpusDocFromText(text: string, meta: CorpusDocMeta): CorpusDoc {
  const article = articleFromText(text);
  const sentences = articleSentences(article);
  const title = meta.title?.trim() || shorten(sentences[0] ?? meta.id, 100);
  return {
    id: meta.id,
    outlet: outletLabel({ outlet: meta.outlet, title: meta.title, firstSentence: sentences[0], id: meta.id }),
    title,
    url: meta.url ?? null,
    cites: meta.cites ?? [],
    sentences,
    origin: meta.origin,
  };
}
