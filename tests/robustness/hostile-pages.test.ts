/**
 * Issue 7, part 2, the engine's half: hostile pages through the whole pipeline in jsdom. The browser half (no
 * payload runs in the page or the panel, the layout does not move) is in the Chromium end-to-end tests, which
 * serve the same fixtures (fixtures/hostile-pages.ts `hostilePages()`).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/create-checker';
import { extractArticle } from '../../lib/extract/extract-article';
import { checkResultProblems } from './check-result-problems';
import { PWNED_FLAG, TEXT_PAYLOADS, readFixture } from './fixtures/hostile-pages';
import { runBounded, type Deadlines } from './run-bounded';
import { CORPUS, runPipeline } from './run-pipeline';

const URL_OF = (name: string) => `https://hostile.example/${name}.html`;

/**
 * Bounds for the big pages (wall clock, jsdom parsing excluded). Extraction: Readability over 50,000 paragraphs
 * took 30 s in jsdom on 2 cores at load average 6 — jsdom's cost, not the browser's. Check: the engine stops at
 * 80 claims, so whatever the page size it must answer in seconds; 15 s leaves room for a busy machine.
 */
const BIG_PAGE_DEADLINES: Deadlines = { extractMs: 60_000, checkMs: 15_000 };
/** Vitest's own limit for a big page: parsing (13 s for 50,000 paragraphs) plus both deadlines, plus start-up. */
const BIG_PAGE_TEST_TIMEOUT = 120_000;

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

describe('a page whose text carries script, markup, javascript: links and entities', () => {
  const html = readFixture('script-in-claims');
  const run = runPipeline(html, URL_OF('script-in-claims'));
  const claims = run.result?.claims.map((claim) => claim.text) ?? [];

  it('is checked: a valid result with one claim per sentence', () => {
    expect(checkResultProblems(run.result!, CORPUS)).toEqual([]);
    expect(claims).toHaveLength(9);
  });

  it('keeps every payload as the literal text a reader sees, decoded exactly once', () => {
    expect(claims).toContain(
      `A spokesperson pasted <script>window.${PWNED_FLAG}='script-tag'</script> into the statement that the company sent to reporters on Thursday.`,
    );
    expect(claims.join('\n')).toContain(`<img src=x onerror="window.${PWNED_FLAG}='img-onerror'">`);
    expect(claims.join('\n')).toContain(`<svg onload="window.${PWNED_FLAG}='svg-onload'">`);
    expect(claims.join('\n')).toContain(`javascript:window.${PWNED_FLAG}='javascript-text'`);
    expect(claims.join('\n')).toContain(`10 < 20 & that AT&T's "share" of the market rose — by 5 percent.`);
    // `&amp;lt;` in the source is the text "&lt;": decoding it again would make it a tag.
    expect(claims.join('\n')).toContain(`&lt;script&gt;window.${PWNED_FLAG}='double-escaped'&lt;/script&gt;`);
  });

  it("keeps a link's words but never its javascript: address", () => {
    expect(claims.join('\n')).toContain('The filing listed the evidence archive at the address');
    expect(claims.join('\n')).not.toContain('javascript-link');
  });

  it('ignores a javascript: canonical link and og:url', () => {
    expect(run.article!.canonicalUrl).toBe(URL_OF('script-in-claims'));
    expect(run.result!.url).toBe(URL_OF('script-in-claims'));
  });

  it('quotes evidence only from the corpus: no payload reaches a verdict', () => {
    for (const claim of run.result!.claims) for (const verdict of claim.verdicts) expect(verdict.evidence ?? '').not.toContain(PWNED_FLAG);
  });

  it('runs no payload even in a document whose own scripts are enabled, and leaves the page untouched', () => {
    const dom = new JSDOM(html, { url: URL_OF('script-in-claims'), runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
    const before = dom.window.document.documentElement.outerHTML;
    const article = extractArticle(dom.window.document);
    createChecker(CORPUS).check(article!);
    expect((dom.window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
    dom.window.close();
  });
});

describe('a page with right-to-left overrides and isolates in its claims', () => {
  const html = readFixture('rtl-override');
  const run = runPipeline(html, URL_OF('rtl-override'));
  const sentences = [...new JSDOM(html).window.document.querySelectorAll('article p')].map((p) =>
    p.textContent!.replace(/\s+/g, ' ').trim(),
  );

  it('is checked: a valid result', () => {
    expect(checkResultProblems(run.result!, CORPUS)).toEqual([]);
    expect(run.result!.claims).toHaveLength(sentences.length);
  });

  it('keeps the control characters of every claim exactly, or drops them from all: never half', () => {
    const strip = (text: string) => text.replace(BIDI_CONTROLS, '');
    const modes = run.result!.claims.map((claim) => {
      const source = sentences.find((sentence) => strip(sentence) === strip(claim.text));
      expect(source, `claim not found on the page: ${JSON.stringify(claim.text)}`).toBeDefined();
      if (source === strip(source!)) return 'plain';
      return claim.text === source ? 'preserved' : claim.text === strip(source!) ? 'neutralised' : 'mangled';
    });
    expect(modes.filter((mode) => mode !== 'plain')).toHaveLength(3);
    expect(new Set(modes.filter((mode) => mode !== 'plain')).size, `modes: ${modes.join(', ')}`).toBe(1);
    expect(modes).not.toContain('mangled');
  });
});

describe('a page with iframes and a shadow root', () => {
  const run = runPipeline(readFixture('iframes-shadow-dom'), URL_OF('iframes-shadow-dom'));
  const text = run.result?.claims.map((claim) => claim.text).join('\n') ?? '';

  it("is checked on the document's own article: a valid result", () => {
    expect(checkResultProblems(run.result!, CORPUS)).toEqual([]);
    expect(text).toContain('DeepSeek employees used distillation to train the R1 chatbot');
    expect(text).toContain('violates the terms of service that DeepSeek accepted');
  });

  it("never reads an iframe's srcdoc or a shadow template's markup as article text", () => {
    expect(text).not.toContain('embedded frame');
    expect(text).not.toMatch(/<p>|<template|shadowrootmode|srcdoc/);
  });
});

describe('a page that sabotages Array.prototype.map, JSON.parse and getSelection in its own realm', () => {
  it("is checked as usual: the engine borrows nothing from the page's globals", () => {
    const dom = new JSDOM(readFixture('prototype-overrides'), {
      url: URL_OF('prototype-overrides'),
      runScripts: 'dangerously',
      virtualConsole: new VirtualConsole(),
    });
    const page = dom.window as unknown as { JSON: JSON; __sabotaged_calls: number };
    // The sabotage is live in the page's realm, so the test can tell.
    expect(() => page.JSON.parse('{}')).toThrow(/sabotaged/);
    page.__sabotaged_calls = 0;
    const article = extractArticle(dom.window.document);
    const result = createChecker(CORPUS).check(article!);
    expect(checkResultProblems(result, CORPUS)).toEqual([]);
    expect(result.claims).toHaveLength(4);
    expect(page.__sabotaged_calls).toBe(0);
    dom.window.close();
  });
});

describe.each([
  ['a 1 MB single paragraph', 'huge-paragraph', 'jsdom'],
  ['50,000 paragraphs', 'many-paragraphs', 'jsdom'],
  // jsdom builds a tree 10,000 deep in 33 s (its insertion walks every ancestor); happy-dom parses it in 0.3 s.
  ['a 10,000-level nested DOM', 'deep-nesting', 'happy-dom'],
] as const)('%s', (_, fixture, parser) => {
  it(
    'finishes in bounded time with a valid, truncated-if-long result whose payloads stay text',
    async () => {
      const run = await runBounded(fixture, parser, BIG_PAGE_DEADLINES);
      console.log(
        `${fixture}: parse ${ms(run.parseMs)}, extract ${ms(run.extractMs)} (${run.paragraphs ?? '?'} paragraphs), check ${ms(run.checkMs)}${run.failure ? `, FAILED: ${run.failure}` : ''}`,
      );
      expect(run.failure).toBeNull();
      const result = run.result!;
      expect(result, 'the page has an article').not.toBeNull();
      expect(checkResultProblems(result, CORPUS)).toEqual([]);
      if (fixture !== 'deep-nesting')
        expect(result.truncated, 'thousands of claims: the result says "checked the first N claims"').not.toBeNull();
      const withPayload = result.claims.filter((claim) => claim.text.includes(PWNED_FLAG));
      expect(withPayload.length).toBeGreaterThan(0);
      for (const claim of withPayload)
        expect(
          TEXT_PAYLOADS.some((payload) => claim.text.includes(payload)),
          claim.text,
        ).toBe(true);
    },
    BIG_PAGE_TEST_TIMEOUT,
  );
});

function ms(value: number | null): string {
  return value === null ? '—' : `${(value / 1000).toFixed(1)} s`;
}
