import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from './extract-article';
import { isTopic } from './is-topic';
import { mayBeReaderable } from './may-be-readerable';
import type { Article, ProbeTiming } from '../types';

/** What a page turned out to be after the cheap checks. */
export interface PageProbe {
  timing: ProbeTiming;
  /** The extracted article; null when the page did not look readable or had no article. */
  article: Article | null;
  /** The article is about the story the corpus covers. */
  topic: boolean;
}

/**
 * Decides cheaply whether a page deserves a check: `isProbablyReaderable` first (a quick scan of paragraph
 * lengths that never parses the page, itself behind an even cheaper bound), and only on readable pages the full
 * extraction and the topic test.
 * Auto mode runs this on every page load, so the common case — not an article — must stop at the first step.
 */
export function probePage(doc: Document, now: () => number = () => performance.now()): PageProbe {
  const t0 = now();
  const readerable = mayBeReaderable(doc) && isProbablyReaderable(doc);
  const t1 = now();
  if (!readerable) return { timing: { readerable, readerableMs: t1 - t0, topicMs: null }, article: null, topic: false };
  const article = extractArticle(doc);
  const topic = article !== null && isTopic(article);
  return { timing: { readerable, readerableMs: t1 - t0, topicMs: now() - t1 }, article, topic };
}
