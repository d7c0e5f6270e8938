/**
 * The generated pages of issue 15 (items 5 and 6) that hung or crashed the CLI under jsdom, whose `window.close()`
 * was quadratic in siblings and recursed through nesting. Generated, never committed: they are megabytes each.
 * Shared by `cli-pathological.test.ts` and `scripts/measure-cli-pages.ts --pathological`.
 */

/** A short real-looking article, so each page has something to check after the noise. */
export const ARTICLE_HTML =
  '<article><h1>OpenAI accuses DeepSeek of distilling its models</h1>' +
  '<p>OpenAI told the House Select Committee on China that DeepSeek employees used distillation to train the R1 chatbot on outputs of American models.</p>' +
  '<p>The company said DeepSeek staff circumvented its access restrictions through third-party routers and wrote code to obtain model outputs programmatically.</p>' +
  '<p>The committee said it would examine whether distillation of American models violates the terms of service that DeepSeek accepted.</p>' +
  '</article>';

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OpenAI accuses DeepSeek of distilling its models</title></head><body>${body}</body></html>`;
}

/** Each pathological page by name, as a function so a caller generates only what it uses. */
export const PATHOLOGICAL_PAGES = {
  /** 5,000 nested divs around the article: "Maximum call stack size exceeded" under jsdom. */
  'deep-nesting-5000': () => page(`${'<div>'.repeat(5_000)}${ARTICLE_HTML}${'</div>'.repeat(5_000)}`),
  /** 40,000 empty sibling tags before the article: 102 s under jsdom. */
  'empty-siblings-40000': () => page(`${'<b></b>'.repeat(40_000)}${ARTICLE_HTML}`),
  /** 200,000 empty sibling tags before the article: over 180 s under jsdom. */
  'empty-siblings-200000': () => page(`${'<b></b>'.repeat(200_000)}${ARTICLE_HTML}`),
  /** 60,000 short paragraphs after the article: over 180 s under jsdom. */
  'paragraphs-60000': () => page(`${ARTICLE_HTML}${'<p>A line.</p>'.repeat(60_000)}`),
} satisfies Record<string, () => string>;
