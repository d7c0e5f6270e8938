/**
 * Child process for the big hostile pages: `node --import tsx pipeline-child.ts <fixture> [jsdom|happy-dom]`. It generates the page,
 * parses it, extracts and checks it, printing one JSON line per finished phase, so the parent can kill it at a
 * deadline — a hang in synchronous engine code cannot be interrupted from inside the same process.
 */
import { createChecker } from '../../lib/create-checker';
import { extractArticle } from '../../lib/extract/extract-article';
import { GENERATED_FIXTURES } from './fixtures/hostile-pages';
import { CORPUS, parsePage } from './run-pipeline';
import { Window } from 'happy-dom';

const name = process.argv[2] as keyof typeof GENERATED_FIXTURES;
const parser = process.argv[3] ?? 'jsdom';
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const html = GENERATED_FIXTURES[name]();
const checker = createChecker(CORPUS);
let start = performance.now();
const url = `https://hostile.example/${name}.html`;
const page = parser === 'happy-dom' ? parseWithHappyDom(html, url) : parsePage(html, url);
say({ phase: 'parsed', ms: performance.now() - start, bytes: html.length });
start = performance.now();
try {
  const article = extractArticle(page.document);
  say({ phase: 'extracted', ms: performance.now() - start, paragraphs: article?.paragraphs.length ?? null });
  start = performance.now();
  const result = article ? checker.check(article) : null;
  say({ phase: 'checked', ms: performance.now() - start, result });
} catch (error) {
  // One line, like the CLI: the parent reports it as the failure.
  say({ phase: 'threw', error: `${(error as Error).name}: ${(error as Error).message}` });
}

/** happy-dom without scripts, stylesheets or frames: its parser is linear in nesting depth, jsdom's is not. */
function parseWithHappyDom(markup: string, address: string): { document: Document } {
  const window = new Window({
    url: address,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const document = new window.DOMParser().parseFromString(markup, 'text/html');
  return { document: document as unknown as Document };
}
