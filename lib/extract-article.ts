import { Readability } from '@mozilla/readability';
import { cleanParagraphs } from './clean-paragraphs';
import type { Article } from './types';

/** Below this much article text a page is navigation, a form or a stub, not an article to check. */
const MIN_ARTICLE_CHARS = 280;
/** Readability gives up on pages with more elements than this instead of hanging on them. */
const MAX_ELEMENTS_TO_PARSE = 300_000;

/** Elements whose text is never article text even inside Readability's result. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'IFRAME']);
/** Headings are kept out of the paragraph text: they are labels, not statements. */
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR',
  'TD', 'TH', 'FIGURE', 'BR', 'HR', ...HEADING_TAGS,
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Collects the text of an element as one line per block, without ever serialising it to HTML. */
function blockTexts(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') lines.push(current);
    current = '';
  };
  // An explicit stack instead of recursion: pages nest thousands of levels deep.
  const stack: Array<Node | 'flush'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'flush') {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || HEADING_TAGS.has(tag) || element.getAttribute('aria-hidden') === 'true') {
      if (BLOCK_TAGS.has(tag) || HEADING_TAGS.has(tag)) flush();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      stack.push('flush');
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines;
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

function safeUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * Extracts the article of an HTML document with Readability, which mutates what it parses — so it parses a clone
 * and the page itself stays untouched. Returns null when the page has no article (a form, a feed, a stub).
 */
export function extractArticle(doc: Document, options: { url?: string | null } = {}): Article | null {
  // An explicit null means the caller knows the page has no address (a file); absent means the document's own.
  const url = safeUrl(options.url !== undefined ? options.url : doc.URL, null);
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      maxElemsToParse: MAX_ELEMENTS_TO_PARSE,
      // Keep the article as a DOM element: it is walked for text, never turned back into HTML.
      serializer: (element) => element as Element,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const paragraphs = cleanParagraphs(blockTexts(parsed.content));
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) return null;

  const canonicalUrl =
    safeUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    safeUrl(metaContent(doc, 'meta[property="og:url"]'), url);
  const title = clean(parsed.title) ?? clean(doc.title) ?? paragraphs[0]!.slice(0, 120);
  return {
    title,
    outlet: clean(parsed.siteName) ?? hostOf(canonicalUrl ?? url),
    byline: clean(parsed.byline),
    publishedTime: clean(parsed.publishedTime) ?? metaContent(doc, 'meta[property="article:published_time"]'),
    url,
    canonicalUrl: canonicalUrl ?? url,
    lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    paragraphs,
  };
}

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
