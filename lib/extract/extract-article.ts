import { Readability } from '@mozilla/readability';
import { cleanParagraphs } from './clean-paragraphs';
import { hostOf } from './host-of';
import { sameHost } from './same-host';
import type { Article } from '../types';

/** Below this much article text a page is navigation, a form or a stub, not an article to check. */
const MIN_ARTICLE_CHARS = 280;
/**
 * Past this many elements or this nesting depth, Readability's cost explodes (its cleaning pass took 18 s at depth
 * 500 and 17 s on 50,000 paragraphs in jsdom) and deep trees overflow the stack when cloned; such pages are read
 * directly, block by block, instead. Real articles stay far below both (a long Wikipedia page: ~12,000 elements).
 */
const MAX_READABILITY_ELEMENTS = 20_000;
const MAX_READABILITY_DEPTH = 120;
/** Characters of text kept from a page read directly: far more than a reader's article, bounded for huge pages. */
const MAX_DIRECT_TEXT_CHARS = 2_000_000;

/** Elements whose text is never article text even inside Readability's result. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'FIGCAPTION',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'IFRAME',
]);
/** Headings are kept out of the paragraph text: they are labels, not statements. */
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'BR',
  'HR',
  ...HEADING_TAGS,
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
  // Metadata lives in <head>: searching only there stays cheap (and within the stack) on absurdly deep bodies.
  const value = (doc.head ?? doc).querySelector(selector)?.getAttribute('content')?.trim();
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

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Element count and maximum nesting depth of a document, walked without recursion and stopping at the limits. */
function measureTree(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, level] = stack.pop()!;
    elements++;
    if (level > depth) depth = level;
    if (elements > MAX_READABILITY_ELEMENTS || depth > MAX_READABILITY_DEPTH) break;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

/** What Readability returns that the engine uses: the article element and its metadata. */
type ReadabilityContent = { content: Element } & Partial<Record<'title' | 'siteName' | 'byline' | 'publishedTime' | 'lang', string | null>>;

/** The article as Readability finds it, or null (no article, or Readability failed on the page). */
function readabilityContent(doc: Document): ReadabilityContent | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, {
      // Keep the article as a DOM element: it is walked for text, never turned back into HTML.
      serializer: (element) => element as Element,
    }).parse();
    if (!parsed?.content) return null;
    return { ...parsed, content: parsed.content };
  } catch {
    return null;
  }
}

/**
 * Extracts the article of an HTML document with Readability, which mutates what it parses — so it parses a clone
 * and the page itself stays untouched. Returns null when the page has no article (a form, a feed, a stub).
 * Huge or absurdly deep pages are read directly, block by block, in time linear in their size.
 */
export function extractArticle(doc: Document, options: { url?: string | null } = {}): Article | null {
  // An explicit null means the caller knows the page has no address (a file); absent means the document's own.
  const address = options.url !== undefined ? options.url : doc.URL;
  const url = safeUrl(address, null);
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const tree = measureTree(root);
  const direct = tree.elements > MAX_READABILITY_ELEMENTS || tree.depth > MAX_READABILITY_DEPTH;
  const parsed = direct ? null : readabilityContent(doc);
  if (!direct && !parsed) return null;
  let paragraphs = cleanParagraphs(blockTexts(parsed ? parsed.content : root));
  if (direct) paragraphs = capText(paragraphs, MAX_DIRECT_TEXT_CHARS);
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) return null;

  const canonicalUrl = canonicalOf(doc, address === null ? null : { url });
  const title = clean(parsed?.title) ?? clean(doc.title) ?? paragraphs[0]!.slice(0, 120);
  return {
    title,
    outlet: clean(parsed?.siteName) ?? clean(metaContent(doc, 'meta[property="og:site_name"]')) ?? hostOf(canonicalUrl ?? url),
    byline: clean(parsed?.byline),
    publishedTime: clean(parsed?.publishedTime) ?? metaContent(doc, 'meta[property="article:published_time"]'),
    url,
    canonicalUrl: canonicalUrl ?? url,
    lang: clean(parsed?.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    paragraphs,
  };
}

/**
 * The page's canonical address (`<link rel=canonical>`, else `og:url`), counted only on the page's own host
 * (`page.url`, editions aside: lib/extract/same-host.ts): a page elsewhere naming another site's article as its canonical address is not that article, and a
 * page whose address is no web site (file:, about:blank) has no site to claim. With no page at all (the caller
 * said the text has no address, as the CLI does for a file without one) the canonical address stands.
 */
function canonicalOf(doc: Document, page: { url: string | null } | null): string | null {
  const base = page?.url ?? null;
  const candidates = [
    safeUrl((doc.head ?? doc).querySelector('link[rel="canonical"]')?.getAttribute('href'), base),
    safeUrl(metaContent(doc, 'meta[property="og:url"]'), base),
  ];
  return candidates.find((candidate) => candidate !== null && (page === null || (base !== null && sameHost(candidate, base)))) ?? null;
}

/** The leading paragraphs up to a number of characters. */
function capText(paragraphs: string[], maxChars: number): string[] {
  let used = 0;
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (used >= maxChars) break;
    kept.push(paragraph.length > maxChars - used ? paragraph.slice(0, maxChars - used) : paragraph);
    used += paragraph.length;
  }
  return kept;
}
