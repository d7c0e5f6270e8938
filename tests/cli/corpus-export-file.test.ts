/**
 * Issue 15 item 9: `--corpus` edges. A named pipe blocked the CLI forever (as the page it is "empty"); an export
 * starting with a UTF-8 byte-order mark was refused as "not valid JSON"; an export over the import limit was read
 * whole before its size was checked (a 448 MB file: 972 MB peak) while the panel checks `file.size` first.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_DIR, SEED_IDS } from '../engine/seeds';
import { runCrosscheck } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-export-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = join(SEED_DIR, `${SEED_IDS[4]}.txt`);

const page = {
  id: 'saved-bom-1',
  url: 'https://example.org/bom',
  canonicalUrl: 'https://example.org/bom',
  title: 'A saved page in an export written with a byte-order mark',
  outlet: 'Example Gazette',
  byline: null,
  publishedTime: null,
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  text: 'Microsoft notified OpenAI that its security researchers had observed individuals linked to DeepSeek siphoning a large amount of data using the API.',
  sentences: [
    'Microsoft notified OpenAI that its security researchers had observed individuals linked to DeepSeek siphoning a large amount of data using the API.',
  ],
  contentHash: 'x',
  cites: [],
};
const exportJson = JSON.stringify({
  format: 'crosscheck-corpus',
  version: 1,
  exportedAt: '2026-01-02T00:00:00.000Z',
  pages: [page],
  corrections: [],
});

function expectOneLine(run: ReturnType<typeof runCrosscheck>, code: number, message: RegExp) {
  expect(run.signal, 'the CLI hung and was killed').toBeNull();
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

describe('crosscheck --corpus <file>', () => {
  it('a named pipe: refused at once as empty, like a pipe given as the page, never waited on', () => {
    const fifo = join(dir, 'export.fifo');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status, 'mkfifo is needed for this test').toBe(0);
    // Nothing ever writes to the pipe: reading it would block until the deadline kills the CLI.
    expectOneLine(runCrosscheck(['--corpus', fifo, seed], { timeoutMs: 20_000 }), 2, /corpus export .*export\.fifo is empty/);
    expectOneLine(runCrosscheck([fifo], { timeoutMs: 20_000 }), 2, /export\.fifo is empty/);
  });

  it('an export starting with a UTF-8 byte-order mark is read as the panel reads it', () => {
    const path = join(dir, 'bom-export.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exportJson)]));
    const run = runCrosscheck(['--json', '--corpus', path, seed]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).corpus).toMatchObject({ bundled: 4, saved: 1 });
  });

  it('an export over the import limit is refused on its size alone, before it is read', () => {
    // A sparse 1 GiB file: no disk used. Read whole it would not even fit in one JavaScript string.
    const path = join(dir, 'huge-export.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 1024 * 1024 * 1024);
    closeSync(fd);
    expectOneLine(
      runCrosscheck(['--corpus', path, seed], { timeoutMs: 30_000 }),
      2,
      /corpus export .*huge-export\.json: This file is too large to import \(1\.0 GB; the limit is 50\.0 MB\)\. Nothing was imported\.\n$/,
    );
  });

  it('an empty export and a directory: one line each', () => {
    expectOneLine(runCrosscheck(['--corpus', join(dir, 'none.json'), seed]), 2, /no such corpus export/);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expectOneLine(runCrosscheck(['--corpus', empty, seed]), 2, /corpus export .*empty\.json is empty/);
    expectOneLine(runCrosscheck(['--corpus', dir, seed]), 2, /is a directory/);
  });
});
