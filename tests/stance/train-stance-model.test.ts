import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createStanceModel } from '../../lib/stance/create-stance-model.ts';
import { parseFnc1 } from '../../lib/stance/train/parse-fnc1.ts';
import { DEFAULT_TRAIN_OPTIONS, trainStanceModel } from '../../lib/stance/train/train-stance-model.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtureDir = path.join(repo, 'tests/stance/fixtures/fnc1-small');
const data = parseFnc1(
  readFileSync(path.join(fixtureDir, 'train_bodies.csv'), 'utf8'),
  readFileSync(path.join(fixtureDir, 'train_stances.csv'), 'utf8'),
);
// Small enough to train in well under a second; still exercises every code path.
const SMALL = { ...DEFAULT_TRAIN_OPTIONS, epochs: 3, hidden: 8, bowSize: 300 };
const tmp = mkdtempSync(path.join(tmpdir(), 'stance-train-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('trainStanceModel', () => {
  it('gives an identical model when trained twice on the same slice', () => {
    const a = JSON.stringify(trainStanceModel(data.bodies, data.pairs, SMALL));
    const b = JSON.stringify(trainStanceModel(data.bodies, data.pairs, SMALL));
    expect(a).toBe(b);
  });

  it('gives a different model with a different seed (the seed is really used)', () => {
    const a = JSON.stringify(trainStanceModel(data.bodies, data.pairs, SMALL));
    const b = JSON.stringify(trainStanceModel(data.bodies, data.pairs, { ...SMALL, seed: SMALL.seed + 1 }));
    expect(a).not.toBe(b);
  });

  it('learns its training slice: related and unrelated pairs are told apart', () => {
    const model = createStanceModel(trainStanceModel(data.bodies, data.pairs, { ...SMALL, epochs: 30 }));
    const related = (l: string) => l !== 'unrelated';
    const right = data.pairs.filter((p) => related(model.predict(p.headline, data.bodies.get(p.bodyId)!).label) === related(p.stance!));
    expect(right.length / data.pairs.length).toBeGreaterThan(0.9);
  });
});

describe('npm run train:stance', () => {
  const run = (out: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/train-stance.ts',
        '--data',
        fixtureDir,
        '--limit',
        '120',
        '--epochs',
        '2',
        '--hidden',
        '8',
        '--quiet',
        '--out',
        out,
      ],
      { cwd: repo, encoding: 'utf8' },
    );

  it('writes byte-identical model files on two runs', () => {
    const first = run(path.join(tmp, 'a.json'));
    const second = run(path.join(tmp, 'b.json'));
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    const a = readFileSync(path.join(tmp, 'a.json'));
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(readFileSync(path.join(tmp, 'b.json')))).toBe(true);
    expect(JSON.parse(a.toString('utf8')).training.pairs).toBe(120);
  });

  it('reports a missing data folder on one line with exit code 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-stance.ts', '--data', path.join(tmp, 'nope'), '--quiet'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^train-stance: .*ENOENT/);
  });
});
