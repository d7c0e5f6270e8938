/**
 * Issue 15 item 7: in table mode, text from the page (title, outlet, claims, evidence) and from an export reaches the
 * terminal. Escape sequences in it must arrive as visible symbols, never as controls: `ESC]0;…BEL` would set the
 * terminal's title, `ESC[2J` clear the screen, `ESC]8;;url` plant a hyperlink; bidi overrides would reorder the table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../scripts/cli/terminal-safe';
import { runCrosscheck } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-escapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Anything a terminal would act on rather than print: C0 controls but the line feed, DEL, C1 controls, bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const SENTENCES = [
  'OpenAI told the House Select Committee on China that DeepSeek employees used distillation to train the R1 chatbot on outputs of American models.',
  'The company said DeepSeek staff circumvented its access restrictions through third-party routers and wrote code to obtain model outputs programmatically.',
  'The committee said it would examine whether distillation of American models violates the terms of service that DeepSeek accepted.',
];

describe('terminalSafe', () => {
  it('leaves ordinary text, including other scripts and emoji, exactly as it is', () => {
    const text = 'OpenAI said “distillation” cost $5.6 million — 北京 — مرحبا — 🚀';
    expect(terminalSafe(text)).toBe(text);
  });

  it('turns every C0, DEL and C1 control into a visible symbol and removes bidi controls', () => {
    const all = [...Array.from({ length: 0x20 }, (_, i) => i), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)]
      .map((code) => String.fromCharCode(code))
      .join('');
    const safe = terminalSafe(`${all}\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029`);
    expect(safe).not.toMatch(TERMINAL_CONTROL);
    expect(safe).not.toMatch(/\n/);
    expect(terminalSafe('\u001b]0;pwned\u0007')).toBe('\u241b]0;pwned\u2407');
    expect(terminalSafe('a\u009bb')).toBe('a<U+009B>b');
    expect(terminalSafe('evil\u202etxt.exe')).toBe('eviltxt.exe');
  });
});

describe('crosscheck in table mode on a page full of escape sequences', () => {
  it('prints the title, outlet and claims with the escapes made visible, and no control reaches stdout', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8">
      <title>Title &#x1b;]0;pwned-title&#x07; OpenAI accuses DeepSeek of distilling its models</title>
      <meta property="og:site_name" content="Evil &#x1b;[2J Outlet"></head><body><article>
      <h1>OpenAI accuses DeepSeek of distilling its models</h1>
      <p>OpenAI told &#x1b;]8;;https://evil.example/&#x1b;\\the House&#x1b;]8;;&#x1b;\\ ${SENTENCES[0]!.slice('OpenAI told the House '.length)}</p>
      <p>The company &#x1b;[2J&#x1b;[H\u009b31m said ${SENTENCES[1]!.slice('The company said '.length)} &#x202e;gnp.exe</p>
      <p>${SENTENCES[2]}</p></article></body></html>`;
    const run = runCrosscheck([file('escapes.html', html)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(run.stdout).toContain('Crosscheck: Title \u241b]0;pwned-title\u2407 OpenAI accuses DeepSeek');
    expect(run.stdout).toContain('(Evil \u241b[2J Outlet)');
    expect(run.stdout).toContain('OpenAI told \u241b]8;;https://evil.example/\u241b\\the House\u241b]8;;\u241b\\ Select');
    expect(run.stdout).toContain('The company \u241b[2J\u241b[H<U+009B>31m said DeepSeek staff');
  });

  it('a .txt with raw ESC bytes and a bidi override: the same', () => {
    const text = `OpenAI accuses DeepSeek \u001b]0;pwned\u0007 of distilling its models\nOpenAI \u001b[2J\u001b[3J${SENTENCES[0]!.slice('OpenAI'.length)}\n\u202e${SENTENCES[1]}\n${SENTENCES[2]}\n`;
    const run = runCrosscheck([file('escapes.txt', text)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(run.stdout).toContain('Crosscheck: OpenAI accuses DeepSeek \u241b]0;pwned\u2407 of distilling its models');
    expect(run.stdout).toContain('OpenAI \u241b[2J\u241b[3J told the House');
  });

  it('an error line naming a hostile value (an export\'s "format") shows it, never obeys it', () => {
    const exportFile = file('escape-export.json', JSON.stringify({ format: '\u001b]0;pwned\u0007\u001b[2J', version: 1 }));
    const page = file('page.txt', `OpenAI accuses DeepSeek of distilling its models\n${SENTENCES.join('\n')}\n`);
    const run = runCrosscheck(['--corpus', exportFile, page]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.replace(/\n$/, '')).not.toMatch(TERMINAL_CONTROL);
    expect(run.stderr).toContain('\u241b]0;pwned\u2407\u241b[2J');
  });
});
