/**
 * Plain text (a seed file, a saved page's text, a `.txt` page for the CLI) as an article. Kept apart from
 * `extract-article.ts` so that code reading text only — the store, the bundled corpus, the panel — never bundles
 * Readability.
 */
import { cleanParagraphs } from './clean-paragraphs';
import { hostOf } from './host-of';
import type { Article } from '../types';

/** A line that reads as a heading: short, no sentence punctuation at the end. */
export function looksLikeHeading(line: string): boolean {
  return line.length <= 160 && !/[.!?:;,"”'’)]$/.test(line);
}

/** Builds an article from plain text: one paragraph per line; the first heading-like line is the title. */
export function articleFromText(text: string, options: { url?: string | null } = {}): Article {
  const paragraphs = cleanParagraphs(text.split(/\r?\n/));
  const headline = paragraphs.find((line) => looksLikeHeading(line) && line.split(' ').length >= 5);
  // "Section | Headline" lines: the headline is the longest part.
  const title =
    headline
      ?.split(/\s+\|\s+/)
      .sort((a, b) => b.length - a.length)[0]
      ?.trim() ??
    paragraphs[0]?.slice(0, 120) ??
    'Untitled text';
  const url = options.url ?? null;
  return { title, outlet: hostOf(url), byline: null, publishedTime: null, url, canonicalUrl: url, lang: null, paragraphs };
}
