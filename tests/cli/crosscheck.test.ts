import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, SEED_IDS, seedText } from '../engine/seeds';
import { runCrosscheck } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('crosscheck --json on each seed', () => {
  it.each(SEED_IDS)('%s: one JSON document of the documented shape, its own corpus copy self-matched', (id) => {
    const { code, stdout, stderr } = runCrosscheck(['--json', join(SEED_DIR, `${id}.txt`)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.selfMatch).toBe(id);
    expect(typeof result.title).toBe('string');
    expect(result.isTopic).toBe(true);
    expect(result.claims.length).toBeGreaterThan(5);
    for (const claim of result.claims) {
      expect(typeof claim.text).toBe('string');
      expect(typeof claim.unverified).toBe('boolean');
      expect(claim.verdicts).toHaveLength(4);
      for (const v of claim.verdicts) {
        expect(v.doc).not.toBe(id);
        expect(['confirms', 'contradicts', 'leaves_out']).toContain(v.status);
        expect(typeof v.outlet).toBe('string');
        expect(v.evidence === null || typeof v.evidence === 'string').toBe(true);
        expect(typeof v.score).toBe('number');
        expect(typeof v.why).toBe('string');
      }
    }
  });
});

describe('crosscheck on the demo page', () => {
  it('prints the claim table with the uploading/siphoning contradiction', () => {
    const { code, stdout } = runCrosscheck(['data/demo/004-article.html']);
    expect(code).toBe(0);
    expect(stdout).toContain("Crosscheck: OpenAI accuses China's DeepSeek of using its models for training (The Daily Ledger)");
    expect(stdout).toMatch(/vs Business Insider: direction differs: uploading vs siphoning/);
    expect(stdout).toContain('outlets: [1]');
  });
});

describe('crosscheck on bad input', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [join(dir, 'nope.html')], /no such file/],
    ['an empty file', () => [file('empty.txt', '')], /is empty/],
    ['a binary file', () => [file('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 0]))], /binary file/],
    ['a directory', () => [dir], /is a directory/],
    ['no file argument', () => [], /usage: crosscheck/],
    ['an unknown option', () => ['--frobnicate', 'x.txt'], /usage: crosscheck/],
    [
      'a corrupt corpus export',
      () => [
        '--corpus',
        file('bad-export.json', '{"format": "crosscheck-corpus", "version": 1, "pages": [{]'),
        join(SEED_DIR, `${SEED_IDS[0]}.txt`),
      ],
      /corpus export .*not valid JSON|corpus export/,
    ],
  ];
  it.each(cases)('%s: one line on stderr, exit code 2, no stack trace', (_, args, message) => {
    const { code, stdout, stderr } = runCrosscheck(args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a page with no article: a clear line and exit code 3', () => {
    const { code, stderr } = runCrosscheck([
      file('login.html', '<!doctype html><html><body><form><input name=u><button>Sign in</button></form></body></html>'),
    ]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/no article found/);
  });

  it('a file that is not UTF-8 is read as Windows-1252, with a note', () => {
    const latin = Buffer.from(`${seedText('003').replace(/'/g, '\u2019')}\nCaf\u00e9 owners said the r\u00e9sum\u00e9 was fine.`, 'latin1');
    const { code, stdout } = runCrosscheck(['--json', file('latin1.txt', latin)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.notes).toEqual(['the file is not valid UTF-8; it was read as Windows-1252']);
    expect(result.claims.some((c: { text: string }) => c.text.includes('Café owners'))).toBe(true);
  });
});

describe('crosscheck --corpus', () => {
  it('checks against the saved pages of an export as well, marked as saved', () => {
    const page = {
      id: 'saved-test-1',
      url: 'https://example.org/bi-copy',
      canonicalUrl: 'https://example.org/bi-copy',
      title: 'A saved copy of the Business Insider report',
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
    const exportFile = file(
      'export.json',
      JSON.stringify({ format: 'crosscheck-corpus', version: 1, exportedAt: '2026-01-02T00:00:00.000Z', pages: [page], corrections: [] }),
    );
    const { code, stdout } = runCrosscheck(['--json', '--corpus', exportFile, join(SEED_DIR, `${SEED_IDS[4]}.txt`)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.corpus).toMatchObject({ bundled: 4, saved: 1 });
    expect(result.corpus.outlets).toContain('Example Gazette');
    const uploading = result.claims.find((c: { text: string }) => c.text.includes('uploading data en masse'));
    const saved = uploading.verdicts.find((v: { doc: string }) => v.doc === 'saved-test-1');
    expect(saved).toMatchObject({ origin: 'saved', outlet: 'Example Gazette', status: 'contradicts' });
  });

  it("applies the export's corrections, as the panel does", () => {
    const seed = join(SEED_DIR, `${SEED_IDS[4]}.txt`);
    const before = JSON.parse(runCrosscheck(['--json', seed]).stdout);
    const claim = before.claims.find((c: { text: string }) => c.text.includes('uploading data en masse')).text;
    const correction = { claim, doc: SEED_IDS[3], status: 'confirms', at: '2026-11-01T00:00:00.000Z', url: null };
    const exportFile = file(
      'corrections.json',
      JSON.stringify({
        format: 'crosscheck-corpus',
        version: 1,
        exportedAt: '2026-11-02T00:00:00.000Z',
        pages: [],
        corrections: [correction],
      }),
    );
    const { code, stdout } = runCrosscheck(['--json', '--corpus', exportFile, seed]);
    expect(code).toBe(0);
    const verdict = JSON.parse(stdout)
      .claims.find((c: { text: string }) => c.text === claim)
      .verdicts.find((v: { doc: string }) => v.doc === SEED_IDS[3]);
    expect(verdict).toMatchObject({ status: 'confirms', corrected: { engineStatus: 'contradicts' } });
  });
});
