import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/stance/train/parse-csv.ts';
import { STANCE_LABELS } from '../../lib/stance/stance-labels.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => path.join(repo, 'tests/stance/fixtures/fnc1-small', name);
const tmp = mkdtempSync(path.join(tmpdir(), 'fnc1-cmd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fnc1 = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fnc1.ts', ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run fnc1 on a labelled fixture (real FNC-1 rows)', () => {
  const out = path.join(tmp, 'pred.csv');
  const result = fnc1('--bodies', fixture('train_bodies.csv'), '--stances', fixture('train_stances.csv'), '--out', out);
  const gold = parseCsv(readFileSync(fixture('train_stances.csv'), 'utf8'));

  it('exits 0 and writes Headline, Body ID, Stance for every row in input order', () => {
    expect(result.status, result.stderr).toBe(0);
    const pred = parseCsv(readFileSync(out, 'utf8'));
    expect(pred[0]).toEqual(['Headline', 'Body ID', 'Stance']);
    expect(pred).toHaveLength(gold.length);
    pred.slice(1).forEach((row, i) => {
      expect(row.slice(0, 2)).toEqual(gold[i + 1]!.slice(0, 2));
      expect(STANCE_LABELS).toContain(row[2]);
    });
  });

  it('prints the relative score, macro-F1 and per-class F1, consistent with the written labels', () => {
    const pred = parseCsv(readFileSync(out, 'utf8')).slice(1);
    const rows = gold.slice(1);
    let score = 0;
    let max = 0;
    rows.forEach((g, i) => {
      const [G, P] = [g[2]!, pred[i]![2]!];
      max += G === 'unrelated' ? 0.25 : 1;
      if ((G === 'unrelated') === (P === 'unrelated')) score += 0.25;
      if (G !== 'unrelated' && G === P) score += 0.75;
    });
    const printed = Number(/relative FNC-1 score: ([\d.]+)/.exec(result.stdout)?.[1]);
    expect(printed).toBeCloseTo(score / max, 4);
    expect(result.stdout).toMatch(/macro-F1: [\d.]+/);
    expect(result.stdout).toMatch(/F1: agree [\d.]+ +disagree [\d.]+ +discuss [\d.]+ +unrelated [\d.]+/);
    // The shipped model was trained on all FNC-1 bodies, these included: it must know them well.
    expect(printed).toBeGreaterThan(0.8);
  });
});

describe('npm run fnc1 on an unlabelled file', () => {
  it('labels the rows and prints no score', () => {
    const out = path.join(tmp, 'unlabelled.csv');
    const r = fnc1('--bodies', fixture('train_bodies.csv'), '--stances', fixture('stances-unlabelled.csv'), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/relative/);
    expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(40);
  });
});

describe('npm run fnc1 on bad input', () => {
  const expectOneLineError = (r: ReturnType<typeof fnc1>, pattern: RegExp) => {
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('rejects missing arguments', () => {
    expectOneLineError(fnc1('--bodies', fixture('train_bodies.csv')), /^fnc1: usage/);
  });

  it('rejects a file that does not exist', () => {
    expectOneLineError(
      fnc1('--bodies', path.join(tmp, 'none.csv'), '--stances', fixture('train_stances.csv'), '--out', path.join(tmp, 'x.csv')),
      /ENOENT/,
    );
  });

  it('rejects a stances file with a Body ID missing from the bodies', () => {
    const stances = path.join(tmp, 'orphan.csv');
    writeFileSync(stances, 'Headline,Body ID,Stance\n"A claim, quoted",99999,agree\n');
    expectOneLineError(fnc1('--bodies', fixture('train_bodies.csv'), '--stances', stances, '--out', path.join(tmp, 'x.csv')), /99999/);
  });

  it('rejects an unterminated quote and an unknown stance', () => {
    const broken = path.join(tmp, 'broken.csv');
    writeFileSync(broken, 'Headline,Body ID,Stance\n"never closed,591,agree\n');
    expectOneLineError(
      fnc1('--bodies', fixture('train_bodies.csv'), '--stances', broken, '--out', path.join(tmp, 'x.csv')),
      /unterminated/,
    );
    const unknown = path.join(tmp, 'unknown.csv');
    writeFileSync(unknown, 'Headline,Body ID,Stance\nSome claim,591,maybe\n');
    expectOneLineError(
      fnc1('--bodies', fixture('train_bodies.csv'), '--stances', unknown, '--out', path.join(tmp, 'x.csv')),
      /unknown stance "maybe"/,
    );
  });

  it('rejects a file without the expected columns', () => {
    expectOneLineError(
      fnc1('--bodies', fixture('train_stances.csv'), '--stances', fixture('train_stances.csv'), '--out', path.join(tmp, 'x.csv')),
      /missing column "articleBody"/,
    );
  });
});
