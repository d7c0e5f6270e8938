import { cleanParagraphs } from '../lib/extract/clean-paragraphs';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text or attribute position. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * Renders a plain-text article as a realistic news page: navigation, a sidebar, a comment form and a footer
 * around the article, so extraction has real site chrome to cut away.
 */
export function renderDemoPage(text: string, title: string, options: { siteName?: string; url?: string } = {}): string {
  const siteName = options.siteName ?? 'The Daily Ledger';
  const lines = cleanParagraphs(text.split(/\r?\n/)).filter((line) => line !== title);
  const body = lines
    .map((line) => (line.length < 90 && !/[.!?"”]$/.test(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} | ${escapeHtml(siteName)}</title>
  <meta property="og:site_name" content="${escapeHtml(siteName)}">
  <meta property="og:title" content="${escapeHtml(title)}">
  <link rel="canonical" href="${escapeHtml(options.url ?? 'https://ledger.example/tech/openai-deepseek-distillation')}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>
    body { font: 18px/1.6 Georgia, serif; margin: 0; color: #1d1d1f; background: #fafaf7; }
    header.site { background: #14213d; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
    header.site a { color: #fff; text-decoration: none; font: 14px system-ui, sans-serif; }
    .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 40px; max-width: 1000px; margin: 32px auto; padding: 0 24px; }
    article h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
    .byline { font: 14px system-ui, sans-serif; color: #555; margin-bottom: 24px; }
    aside { font: 14px system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: 20px; }
    footer { background: #eee; padding: 24px; font: 13px system-ui, sans-serif; text-align: center; }
    .comments { margin-top: 40px; font: 14px system-ui, sans-serif; }
  </style>
</head>
<body>
  <header class="site">
    <strong>${escapeHtml(siteName)}</strong>
    <nav><a href="/world">World</a> · <a href="/tech">Tech</a> · <a href="/markets">Markets</a> · <a href="/opinion">Opinion</a> · <a href="/login">Sign in</a></nav>
  </header>
  <div class="layout">
    <main>
      <article>
      <h1 id="headline">${escapeHtml(title)}</h1>
      <div class="byline">By Staff Reporter · Technology</div>
      ${body}
      </article>
      <section class="comments">
        <h3>Leave a Reply</h3>
        <p>You must be logged in to post a comment.</p>
      </section>
    </main>
    <aside>
      <h3>Most read</h3>
      <ul><li><a href="/markets/chips">Chip stocks rally after earnings</a></li><li><a href="/world/summit">Leaders meet for climate summit</a></li><li><a href="/tech/phones">The best phones of the year</a></li></ul>
      <h3>Newsletter</h3>
      <p>Sign up for our daily briefing.</p>
    </aside>
  </div>
  <footer>© 2026 ${escapeHtml(siteName)} · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="#top">Back to top</a></footer>
</body>
</html>
`;
}
