/**
 * `npx tsx scripts/cli/compare-doms.ts [pages-dir]` (default `../shared/readability-pages`)
 *
 * Extracts every real page's article with `extractArticle` on three DOMs for Node — jsdom (the CLI's parser until
 * issue 16), linkedom and happy-dom — and compares what the CLI would check: the article's paragraphs, title, outlet,
 * byline, date, addresses and language. Prints one line per page that differs from jsdom, how it differs, and the
 * parse + extract time per DOM. The DOM decision in docs/cli.md rests on this output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/extract/extract-article';
import type { Article } from '../../lib/types';

type Parser = 'jsdom' | 'linkedom' | 'happy-dom';
const PARSERS: readonly Parser[] = ['jsdom', 'linkedom', 'happy-dom'];
const URL = 'https://page.invalid/';

/** Parses, reads the canonical link and extracts, as scripts/read-page-file.ts does; returns the article and the CPU ms. */
function extractWith(parser: Parser, html: string): { article: Article | null; ms: number } {
  const start = process.cpuUsage();
  let document: Document;
  if (parser === 'jsdom') document = new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document;
  else if (parser === 'linkedom') document = parseHTML(html).document as unknown as Document;
  else {
    const window = new Window({
      url: URL,
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
      },
    });
    document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const article = extractArticle(document, { url: canonical });
  const cpu = process.cpuUsage(start);
  return { article, ms: (cpu.user + cpu.system) / 1000 };
}

/** How two articles differ, in words; empty when they are the same. */
function difference(a: Article | null, b: Article | null): string[] {
  if (a === null || b === null) return a === b ? [] : [`article: ${a ? 'found' : 'none'} vs ${b ? 'found' : 'none'}`];
  const out: string[] = [];
  for (const key of ['title', 'outlet', 'byline', 'publishedTime', 'url', 'canonicalUrl', 'lang'] as const) {
    if (a[key] !== b[key]) out.push(`${key}: ${JSON.stringify(a[key])} vs ${JSON.stringify(b[key])}`);
  }
  if (JSON.stringify(a.paragraphs) !== JSON.stringify(b.paragraphs)) {
    const setB = new Set(b.paragraphs);
    const setA = new Set(a.paragraphs);
    const onlyA = a.paragraphs.filter((p) => !setB.has(p));
    const onlyB = b.paragraphs.filter((p) => !setA.has(p));
    const cut = (p: string) => JSON.stringify(p.length > 100 ? `${p.slice(0, 100)}…` : p);
    out.push(
      `paragraphs: ${a.paragraphs.length} vs ${b.paragraphs.length}` +
        (onlyA.length + onlyB.length === 0 ? ' (same paragraphs, other order)' : '') +
        onlyA.map((p) => `\n      only jsdom: ${cut(p)}`).join('') +
        onlyB.map((p) => `\n      only other: ${cut(p)}`).join(''),
    );
  }
  return out;
}

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/readability-pages'));
const names = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const differing: Record<Parser, number> = { jsdom: 0, linkedom: 0, 'happy-dom': 0 };
const totalMs: Record<Parser, number> = { jsdom: 0, linkedom: 0, 'happy-dom': 0 };
const worst: Record<Parser, { name: string; ms: number }> = {
  jsdom: { name: '', ms: 0 },
  linkedom: { name: '', ms: 0 },
  'happy-dom': { name: '', ms: 0 },
};
for (const name of names) {
  const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
  const runs = Object.fromEntries(PARSERS.map((parser) => [parser, extractWith(parser, html)])) as Record<
    Parser,
    ReturnType<typeof extractWith>
  >;
  for (const parser of PARSERS) {
    totalMs[parser] += runs[parser].ms;
    if (runs[parser].ms > worst[parser].ms) worst[parser] = { name, ms: runs[parser].ms };
    if (parser === 'jsdom') continue;
    const diff = difference(runs.jsdom.article, runs[parser].article);
    if (diff.length > 0) {
      differing[parser]++;
      console.log(`${name} [${parser}]\n    ${diff.join('\n    ')}`);
    }
  }
}
console.log(`\n${names.length} pages compared with jsdom:`);
for (const parser of PARSERS) {
  console.log(
    `  ${parser.padEnd(9)} differs on ${String(differing[parser]).padStart(3)} · parse+extract CPU total ${(totalMs[parser] / 1000).toFixed(1)} s, ` +
      `slowest ${worst[parser].name} ${(worst[parser].ms / 1000).toFixed(2)} s`,
  );
}
