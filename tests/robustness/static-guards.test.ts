/**
 * Issue 7, part 4: the static guards. The lint that `npm run check` runs must catch HTML sinks fed with page data,
 * the extension's own code must have none (nor eval or remote code), and the manifest must keep MV3's default CSP.
 *
 * The manifest is checked as wxt.config.ts declares it, for every browser and mode, so this suite needs no build;
 * the built .output/chrome-mv3/manifest.json belongs to the end-to-end suite, which builds before it runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = join(import.meta.dirname, '../..');
/** The code that ships in the extension. */
const SHIPPED_DIRS = ['entrypoints', 'components', 'lib'];

/** Rules that guard against HTML sinks: the plugin's two, and the JSX rule eslint.config.js adds. */
const SINK_RULES = new Set(['no-unsanitized/property', 'no-unsanitized/method', 'no-restricted-syntax']);
/** ESLint's core rules against code from strings, added on top of the repository's config for this test. */
const EVAL_RULES = { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' } as const;

/** The repository's own ESLint config, with inline `eslint-disable` comments ignored so none can hide a sink. */
function repositoryEslint(): ESLint {
  return new ESLint({ cwd: ROOT, allowInlineConfig: false, overrideConfig: { rules: EVAL_RULES } });
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('the lint guard (eslint.config.js, run by npm run check)', () => {
  const hostileSource = `
export function render(el: HTMLElement, page: { text: string }) {
  el.innerHTML = page.text;
  el.outerHTML = page.text;
  el.insertAdjacentHTML('beforeend', page.text);
  document.write(page.text);
  return eval(page.text);
}
export const Claim = (props: { html: string }) => <p dangerouslySetInnerHTML={{ __html: props.html }} />;
`;

  it('reports every HTML sink fed with page data, and eval', async () => {
    // A path inside components/ so the file gets exactly the config the panel's components get.
    const [report] = await repositoryEslint().lintText(hostileSource, { filePath: join(ROOT, 'components/GuardFixture.tsx') });
    const flagged = report!.messages.map((m) => `${m.line}:${m.ruleId}`);
    expect(report!.messages.filter((m) => m.fatal)).toEqual([]);
    expect(flagged).toEqual(
      expect.arrayContaining([
        '3:no-unsanitized/property',
        '4:no-unsanitized/property',
        '5:no-unsanitized/method',
        '6:no-unsanitized/method',
        '7:no-eval',
        '9:no-restricted-syntax',
      ]),
    );
  });

  it('is part of the repository config, not only of this test', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const config = (await eslint.calculateConfigForFile(join(ROOT, 'components/GuardFixture.tsx'))) as { rules: Record<string, unknown> };
    for (const rule of ['no-unsanitized/property', 'no-unsanitized/method', 'no-restricted-syntax']) {
      expect(config.rules[rule], rule).toEqual(expect.arrayContaining([2]));
    }
  });
});

describe('the shipped code (entrypoints/, components/, lib/)', () => {
  it('has no HTML sink and no eval, even behind an eslint-disable comment', { timeout: 60_000 }, async () => {
    const files = SHIPPED_DIRS.flatMap((dir) => filesUnder(dir, /\.(ts|tsx)$/));
    expect(files.length).toBeGreaterThan(10);
    const reports = await repositoryEslint().lintFiles(files);
    const found = reports.flatMap((report) =>
      report.messages
        .filter((m) => m.fatal || SINK_RULES.has(m.ruleId ?? '') || (m.ruleId ?? '') in EVAL_RULES)
        .map((m) => `${relative(ROOT, report.filePath)}:${m.line} ${m.ruleId ?? 'parse error'}: ${m.message}`),
    );
    expect(found).toEqual([]);
  });

  it('loads no remote code: no http(s) script, import or importScripts', () => {
    const files = SHIPPED_DIRS.flatMap((dir) => filesUnder(dir, /\.(ts|tsx|html)$/));
    const remote = [
      /<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i,
      /\bimport\s*\(\s*["'`](https?:)?\/\//,
      /\bfrom\s*["'](https?:)?\/\//,
      /\bimportScripts\s*\(/,
      /\.src\s*=\s*["'`](https?:)?\/\//,
    ];
    const found = files.flatMap((file) => {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      return lines.flatMap((line, i) => (remote.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(found).toEqual([]);
  });
});

describe('the manifest as wxt.config.ts declares it', () => {
  const targets = [
    { browser: 'chrome', manifestVersion: 3, mode: 'production' },
    { browser: 'firefox', manifestVersion: 3, mode: 'production' },
    { browser: 'firefox', manifestVersion: 2, mode: 'production' },
    { browser: 'chrome', manifestVersion: 3, mode: 'e2e' },
    { browser: 'firefox', manifestVersion: 3, mode: 'e2e' },
  ] as const;

  it.each(targets)('$browser MV$manifestVersion ($mode) keeps the default CSP and allows no eval', async (target) => {
    const declared = config.manifest;
    expect(typeof declared).toBe('function');
    const manifest = (await (declared as (env: object) => unknown)({ ...target, command: 'build' })) as Record<string, unknown>;
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    // MV3's default CSP ("script-src 'self'; object-src 'self'") applies only when the key is absent.
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('sandbox');
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
    expect(text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1\/)/);
  });
});
