import { JSDOM, VirtualConsole } from 'jsdom';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { createChecker } from '../../lib/create-checker';
import { extractArticle } from '../../lib/extract/extract-article';
import type { Article, CheckResult } from '../../lib/types';

/** The bundled corpus and one checker over it, built once and shared by every page (as the extension does). */
export const CORPUS = bundledCorpus();
const checker = createChecker(CORPUS);

/** The outcome of the whole pipeline on one page, with its cost. */
export interface PipelineRun {
  article: Article | null;
  /** null when the page has no article: the not-an-article result. */
  result: CheckResult | null;
  /** jsdom parsing, which the extension never pays (the browser has parsed the page): kept out of `ms`. */
  parseMs: number;
  /** Extraction and check, wall clock. */
  ms: number;
  /** Extraction and check, CPU time of this process (other processes' load on shared cores does not count). */
  cpuMs: number;
}

/** Parses HTML as the CLI does — no scripts, no subresources, a silent console — into a document. */
export function parsePage(html: string, url: string): { document: Document; close: () => void } {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, close: () => dom.window.close() };
}

/** Runs extract → claims → verdicts on an HTML page, timing the engine apart from jsdom's parsing. */
export function runPipeline(html: string, url: string): PipelineRun {
  const parseStart = performance.now();
  const page = parsePage(html, url);
  const parseMs = performance.now() - parseStart;
  try {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const article = extractArticle(page.document, { url });
    const result = article ? checker.check(article) : null;
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { article, result, parseMs, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    page.close();
  }
}
