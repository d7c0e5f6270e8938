/**
 * Issue 7, part 3: the CLI on files that are not good pages. Each gets a clear one-line message (exit 2, 3) or a
 * bounded partial check with a note (exit 0); never a stack trace, never a hang. Exit codes as documented in
 * scripts/crosscheck.ts: 0 checked, 1 internal error, 2 bad input, 3 no article.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedSentence } from './fixtures/hostile-pages';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bad-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A wall-clock bound for one CLI run; past it the process is killed and the test fails as a hang. */
const CLI_DEADLINE_MS = 45_000;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Runs the CLI as shipped (`scripts/cli/crosscheck.mjs`, what `npm run crosscheck` runs: one node process that starts
 * the prebuilt bundle) with a deadline.
 */
function crosscheck(args: readonly string[]) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/cli/crosscheck.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: CLI_DEADLINE_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - start };
}

/** The CLI's contract for a refused file: nothing on stdout, one line on stderr naming the problem, no stack trace. */
function expectOneLineRefusal(run: ReturnType<typeof crosscheck>, code: number, message: RegExp) {
  expect(run.signal, 'the CLI hung and was killed').toBeNull();
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

const ARTICLE_LINES = [
  'OpenAI accuses DeepSeek of distilling its models',
  'OpenAI told the House Select Committee on China that DeepSeek employees used distillation to train the R1 chatbot on outputs of American models.',
  'The company said DeepSeek staff circumvented its access restrictions through third-party routers and wrote code to obtain model outputs programmatically.',
  'The committee said it would examine whether distillation of American models violates the terms of service that DeepSeek accepted.',
];
const articleHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_LINES[0]}</title></head><body><article><h1>${ARTICLE_LINES[0]}</h1>${ARTICLE_LINES.slice(
  1,
)
  .map((line) => `<p>${line}</p>`)
  .join('')}</article></body></html>`;

/** Deterministic noise: a binary file that is the same on every run. */
function noise(bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  let state = 0x2545f491;
  for (let i = 0; i < bytes; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    buffer[i] = state & 0xff;
  }
  return buffer;
}

describe('crosscheck on an empty or blank file', () => {
  it('an empty .html file: "is empty", exit 2', () => {
    expectOneLineRefusal(crosscheck([file('empty.html', '')]), 2, /empty\.html is empty/);
  });
  it('a file of spaces and newlines: "has no text", exit 2', () => {
    expectOneLineRefusal(crosscheck([file('blank.txt', '  \n\n\t \r\n')]), 2, /blank\.txt has no text/);
  });
});

describe('crosscheck on a binary file', () => {
  it('random bytes named .html: "binary file", exit 2', () => {
    expectOneLineRefusal(crosscheck([file('noise.html', noise(64 * 1024))]), 2, /noise\.html is a binary file/);
  });
  it('a gzip-compressed page named .html: "binary file", exit 2', () => {
    expectOneLineRefusal(crosscheck([file('page.html', gzipSync(articleHtml))]), 2, /page\.html is a binary file/);
  });
});

describe('crosscheck on a file that is not UTF-8', () => {
  it('a Windows-1252 page: checked, with a note, its curly quotes read right', () => {
    const html = articleHtml.replace('violates the terms of service', 'violates the \u201cterms of service\u201d');
    const run = crosscheck([
      '--json',
      file(
        'cp1252.html',
        Buffer.from(
          html.replace(/[\u201c\u201d]/g, (q) => (q === '\u201c' ? '\x93' : '\x94')),
          'latin1',
        ),
      ),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.notes).toEqual(['the file is not valid UTF-8; it was read as Windows-1252']);
    expect(result.claims.map((claim: { text: string }) => claim.text).join('\n')).toContain('violates the \u201cterms of service\u201d');
  });

  it('a Shift_JIS page: a bounded check of what could be read, with the note, no crash', () => {
    const bytes = Buffer.concat([
      Buffer.from('\x82\xb1\x82\xea\x82\xcd\x8b\x4c\x8e\x96\x82\xc5\x82\xb7\x81\x42\n'.repeat(20), 'latin1'),
      Buffer.from(ARTICLE_LINES.join('\n')),
    ]);
    const run = crosscheck(['--json', file('sjis.txt', bytes)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).notes).toContain('the file is not valid UTF-8; it was read as Windows-1252');
  });

  it.each([
    ['little', Buffer.from([0xff, 0xfe]), (text: string) => Buffer.from(text, 'utf16le')],
    ['big', Buffer.from([0xfe, 0xff]), (text: string) => Buffer.from(text, 'utf16le').swap16()],
  ] as const)('a UTF-16 (%s-endian) text file with its byte-order mark: read as such, with a note', (endian, bom, encode) => {
    const run = crosscheck(['--json', file(`utf16-${endian}.txt`, Buffer.concat([bom, encode(ARTICLE_LINES.join('\n'))]))]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { title: string; notes: string[]; claims: Array<{ text: string }> };
    expect(result.notes).toEqual([`the file is UTF-16 (${endian}-endian); it was read as such`]);
    expect(result.title).toBe(ARTICLE_LINES[0]);
    expect(result.claims.length).toBeGreaterThan(0);
    for (const claim of result.claims) expect(ARTICLE_LINES.join('\n')).toContain(claim.text);
  });
});

describe('crosscheck on a 50 MB file', () => {
  it(
    'checks the first 8 MB in bounded time and says so, with "checked the first N claims"',
    () => {
      // 50 MB of distinct sentences, one per line, written in chunks: the file never sits in memory whole.
      const path = join(dir, 'huge.txt');
      const fd = openSync(path, 'w');
      let written = 0;
      for (let n = 0; written < 50 * 1024 * 1024;) {
        const lines: string[] = [];
        for (let i = 0; i < 10_000; i++) lines.push(generatedSentence(n++));
        written += writeSync(fd, `${lines.join('\n')}\n`);
      }
      closeSync(fd);
      const run = crosscheck(['--json', path]);
      console.log(
        `50 MB text file: exit ${run.code}${run.signal ? ` (killed by ${run.signal} after ${CLI_DEADLINE_MS} ms)` : ''} in ${(run.ms / 1000).toFixed(1)} s`,
      );
      expect(run.signal, `the CLI did not finish within ${CLI_DEADLINE_MS} ms`).toBeNull();
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.notes).toContainEqual(expect.stringMatching(/^the file is 5\d\.\d MB; only its first 8\.0 MB were checked$/));
      expect(result.truncated.checked).toBe(result.claims.length);
      expect(result.truncated.total).toBeGreaterThan(result.claims.length);
    },
    CLI_DEADLINE_MS + 30_000,
  );
});
