import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../shared-data';

/** The shared test material: ../shared beside the repository, else the vendored copy (tests/shared-data.ts). */
export const SHARED = SHARED_DIR;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A line of a seed that reads as a subheading: short and not ending a sentence. */
const isSubheading = (line: string) => line.length < 90 && !/[.!"”]$/.test(line);

/**
 * Seed 004 as a news site would publish it: navigation, a trending sidebar, a newsletter box, comments and a footer
 * around the article, with inline links and emphasis inside sentences (as real articles have).
 */
export function seed004Page(): string {
  const lines = readFileSync(join(SHARED, 'seeds/004_63fdc588fd2aa358.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [title, ...body] = lines;
  const blocks: string[] = [];
  let bullets: string[] = [];
  const flushBullets = () => {
    if (bullets.length) blocks.push(`<ul class="summary">${bullets.map((b) => `<li>${b}</li>`).join('')}</ul>`);
    bullets = [];
  };
  for (const line of body) {
    const html = escapeHtml(line)
      .replace('According to Bloomberg', 'According to <a href="/bloomberg">Bloomberg</a>')
      .replace('en masse', '<em>en masse</em>')
      .replace('Financial Times', '<a href="/ft">Financial Times</a>');
    if (line.startsWith('- ')) {
      bullets.push(html.slice(2));
      continue;
    }
    flushBullets();
    blocks.push(isSubheading(line) ? `<h2>${html}</h2>` : `<p>${html}</p>`);
  }
  flushBullets();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title!)} | The Ledger</title>
<meta property="og:site_name" content="The Ledger">
<meta property="og:title" content="${escapeHtml(title!)}">
<meta property="article:published_time" content="2025-01-29T10:00:00Z">
<style>
  body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; }
  .site-header { background: #111; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
  .site-header a { color: #ddd; text-decoration: none; font: 14px system-ui, sans-serif; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 40px; padding: 24px; max-width: 1040px; margin: 0 auto; }
  aside { font: 14px/1.4 system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: 20px; }
  .byline { color: #666; font: 14px system-ui, sans-serif; }
  .comments, footer { font: 14px system-ui, sans-serif; color: #444; }
  footer { background: #f3f3f3; padding: 24px; margin-top: 40px; }
</style>
</head>
<body>
<header class="site-header">
  <strong>The Ledger</strong>
  <nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/business">Business</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav>
  <form role="search"><input type="search" placeholder="Search" aria-label="Search"></form>
</header>
<div class="layout">
  <main>
    <article>
      <h1 id="headline">${escapeHtml(title!)}</h1>
      <p class="byline">By Staff Writer · January 29, 2025</p>
      ${blocks.join('\n      ')}
    </article>
    <section class="comments" aria-label="Comments">
      <h3>Comments (2)</h3>
      <div class="comment"><b>techfan88</b><p>Great, another lawsuit. Who didn't see this coming?</p></div>
      <div class="comment"><b>jdoe</b><p>Interesting read, thanks.</p></div>
      <form><textarea aria-label="Your comment"></textarea><button>Post</button></form>
    </section>
  </main>
  <aside id="sidebar">
    <h3>Trending</h3>
    <ol><li><a href="/a">Markets rally on rate hopes</a></li><li><a href="/b">Ten gadgets for spring</a></li><li><a href="/c">The best budget laptops</a></li></ol>
    <div class="newsletter"><h3>Newsletter</h3><p>Subscribe for the morning briefing.</p><button>Sign up</button></div>
  </aside>
</div>
<footer id="site-footer">© 2025 The Ledger · <a href="/privacy">Privacy policy</a> · <a href="/terms">Terms</a></footer>
</body>
</html>`;
}

/**
 * A real news page off the story (BBC, from Readability's test pages), with everything that would load from
 * another host removed — scripts, stylesheets, images, frames — so a test of "no request leaves 127.0.0.1"
 * measures the extension, not the fixture.
 */
export function offTopicPage(): string {
  return stripActiveContent(readFileSync(join(SHARED, 'readability-pages/bbc-1/source.html'), 'utf8'));
}

/** A saved page without its scripts, embeds and remote resources, so it loads offline and the same every time. */
function stripActiveContent(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<(link|img|source|iframe|embed|object|video|audio|meta\s+http-equiv)\b[^>]*>/gi, '')
    .replace(/<\/(iframe|object|video|audio)>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/\s(src|srcset|poster|background|style|data-src)\s*=\s*("[^"]*"|'[^']*')/gi, '');
}

/**
 * What auto mode meets most: a news site's front page, large and not an article. Twelve sections of fifty teasers
 * (headline link, one-line standfirst, byline), a mega-menu and a footer of links: about 2,000 elements, 150 KB.
 */
export function frontPage(): string {
  const teaser = (section: number, i: number) =>
    `<li class="teaser"><a href="/story/${section}-${i}"><h3>Story ${i} of section ${section}: markets, courts and weather</h3></a>` +
    `<p class="standfirst">A short standfirst of a dozen words about story ${i}.</p><span class="byline">By Staff</span></li>`;
  const sections = Array.from(
    { length: 12 },
    (_, s) => `<section><h2>Section ${s}</h2><ul>${Array.from({ length: 50 }, (_, i) => teaser(s, i)).join('')}</ul></section>`,
  );
  const menu = Array.from({ length: 120 }, (_, i) => `<li><a href="/topic/${i}">Topic ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Ledger — front page</title></head>
<body><header><nav><ul>${menu}</ul></nav></header><main>${sections.join('')}</main>
<footer><ul>${menu}</ul><p>© The Ledger</p></footer></body></html>`;
}

/** Readability's own test page that its cheap pre-check calls no article (MathJax formulas), stripped like bbc-1. */
export function mathjaxPage(): string {
  return stripActiveContent(readFileSync(join(SHARED, 'readability-pages/mathjax/source.html'), 'utf8'));
}

/** A page with no article: a sign-in form. */
export function loginPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · The Ledger</title></head>
<body><main><h1>Sign in</h1>
<form><label>Email <input type="email" name="email"></label><label>Password <input type="password" name="password"></label>
<button type="submit">Sign in</button></form><p><a href="/forgot">Forgot your password?</a></p></main></body></html>`;
}

/** A plain news page: site name and date in the metadata, a headline, paragraphs, a comments box and a footer. */
export function newsPage({ site, title, paragraphs }: { site: string; title: string; paragraphs: string[] }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | ${escapeHtml(site)}</title>
<meta property="og:site_name" content="${escapeHtml(site)}">
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="article:published_time" content="2025-01-28T09:00:00Z">
<style>body { font: 18px/1.6 Georgia, serif; margin: 0 auto; max-width: 720px; padding: 24px; color: #222; }</style>
</head>
<body>
<header><strong>${escapeHtml(site)}</strong> <nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/tech">Tech</a></nav></header>
<main><article>
  <h1>${escapeHtml(title)}</h1>
  <p class="byline">By Staff Reporter</p>
  ${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n  ')}
</article></main>
<footer>© 2025 ${escapeHtml(site)} · <a href="/privacy">Privacy</a></footer>
</body>
</html>`;
}

/** Seed 002 (no headline in the text, so one is given) as the AI Wire would publish it, its page furniture dropped. */
export function seed002Page(): string {
  const paragraphs = readFileSync(join(SHARED, 'seeds/002_f2d874dbecab83b2.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/logged in to post a comment/.test(line));
  return newsPage({ site: 'AI Wire', title: 'OpenAI says Chinese startups are distilling its models', paragraphs });
}

/**
 * An article that is in no corpus — the market reaction to DeepSeek — which states seed 002's "$1 trillion loss"
 * claim in its own words: saving it must make that claim of seed 002 confirmed.
 */
export function marketPage(): string {
  const [title, ...paragraphs] = readFileSync(join(import.meta.dirname, '../ui/fixtures/market-article.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return newsPage({ site: 'Market Desk', title: title!, paragraphs });
}

/** The page's flat accusation, which Business Insider (seed 003) only hedges: hedge drift. */
export const FLAT_CLAIM = "DeepSeek stole OpenAI's technology to build its chatbot.";
/** A neutral report of what seeds 003 and 004 both credit to Bloomberg: two outlets, one source. */
export const BLOOMBERG_CLAIM =
  "Microsoft security researchers saw people linked to DeepSeek move a large amount of data through OpenAI's API last fall, Bloomberg reported.";

/**
 * An opinion piece in no corpus: it states the accusation flatly, reports the Bloomberg story neutrally, and has
 * enough on-topic text around them to be an article about the distillation story.
 */
export function driftPage(): string {
  return newsPage({
    site: 'The Op-Ed Desk',
    title: "DeepSeek stole OpenAI's technology, and the evidence is piling up",
    paragraphs: [
      FLAT_CLAIM,
      BLOOMBERG_CLAIM,
      "The Chinese startup's R1 model rattled markets in January and wiped hundreds of billions of dollars off Nvidia's value.",
      'OpenAI has said it is reviewing indications that DeepSeek may have inappropriately distilled its models.',
      'DeepSeek was founded in 2023 in Hangzhou and is funded by the hedge fund High-Flyer.',
      "Distillation, in which a smaller model learns from the answers of a larger one, is common across the industry, but OpenAI's terms of service forbid using its outputs to build a competing product.",
    ],
  });
}
