import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../shared-data';

const ROOT = join(import.meta.dirname, '../..');
const SEED_DIR = sharedPath('seeds');

/** Runs the bench as `npm run bench` does after its build (node with --expose-gc, bundled as shipped), with the given options. */
function runBench(args: readonly string[]) {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', join(ROOT, 'scripts/run-as-shipped.mjs'), join(ROOT, 'scripts/bench.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The keys bench.ts documents for its JSON line; other tools parse them, so they must not drift. */
const TOP_KEYS = [
  'schema',
  'node',
  'quick',
  'gc',
  'totalMs',
  'loadAverage',
  'git',
  'seeds',
  'page',
  'scale',
  'fuse',
  'fuseMsPerSentence',
  'bundle',
];
const SEED_KEYS = ['id', 'claims', 'selfMatch', 'p50Ms', 'p95Ms', 'cpuP50Ms', 'runs'];
const PAGE_KEYS = ['title', 'words', 'claims', 'checkedClaims', 'sources'];
const SCALE_KEYS = [
  'size',
  'realDocs',
  'syntheticDocs',
  'sentences',
  'skipped',
  'buildMs',
  'buildMsPerDoc',
  'heapUsedMB',
  'checkerHeapMB',
  'checkSkipped',
  'checkP50Ms',
  'checkP95Ms',
  'checkCpuP50Ms',
  'checkRuns',
  'confirmedClaims',
  'contradictedClaims',
  'verdicts',
  'miniSearchBuildMs',
  'miniSearchQueryP50Ms',
  'miniSearchQueryP95Ms',
  'miniSearchQueryCpuP50Ms',
  'miniSearchRuns',
  'oursOverMiniSearch',
  'fusePerClaimMs',
  'fusePageMs',
  'fuseExtrapolated',
  'speedupOverFuse',
];
const FUSE_KEYS = ['size', 'sentences', 'claimsTimed', 'buildMs', 'perClaimMs'];
const BUNDLE_KEYS = ['dir', 'note', 'contentScript', 'sidePanel', 'background', 'stanceModel'];

describe('npm run bench at tiny sizes', () => {
  type Report = Record<string, unknown> & {
    seeds: Array<Record<string, unknown>>;
    page: Record<string, unknown> & { checkedClaims: number; sources: string[] };
    scale: Array<Record<string, unknown>>;
    fuse: Array<Record<string, unknown>>;
    bundle: Record<string, { raw: number; gzip: number; files: string[] } | string | null>;
  };
  let run: ReturnType<typeof runBench>;
  let report: Report;

  beforeAll(() => {
    // Two sizes; a build cap so small that the second size must be skipped, to show how a skip is reported.
    run = runBench([
      '--sizes',
      '100,150',
      '--fuse-sizes',
      '5',
      '--fuse-claims',
      '1',
      '--runs',
      '2',
      '--seed-runs',
      '2',
      '--budget-s',
      '0.2',
      '--max-build-s',
      '0.01',
    ]);
    report = JSON.parse(run.stdout.trimEnd().split('\n').at(-1) ?? '') as Report;
  }, 180_000);

  it('exits cleanly, prints the tables, and ends with one JSON line carrying every documented key', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Seeds as the page');
    expect(run.stdout).toContain('Naive baseline: fuse.js');
    expect(Object.keys(report).sort()).toEqual([...TOP_KEYS].sort());
    expect(report.schema).toBe(1);
    expect(report.gc).toBe(true);
    for (const seed of report.seeds) expect(Object.keys(seed).sort()).toEqual([...SEED_KEYS].sort());
    expect(Object.keys(report.page).sort()).toEqual([...PAGE_KEYS].sort());
    for (const size of report.scale) expect(Object.keys(size).sort()).toEqual([...SCALE_KEYS].sort());
    for (const fuse of report.fuse) expect(Object.keys(fuse).sort()).toEqual([...FUSE_KEYS].sort());
    expect(Object.keys(report.bundle).sort()).toEqual([...BUNDLE_KEYS].sort());
  });

  it('times every seed as the page, each found in the bundled corpus as itself', () => {
    const seedIds = readdirSync(SEED_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.replace(/\.txt$/, ''))
      .sort();
    expect(report.seeds.map((s) => s.id)).toEqual(seedIds);
    for (const seed of report.seeds) {
      expect(seed.selfMatch).toBe(seed.id);
      expect(seed.claims).toBeGreaterThan(0);
      expect(seed.runs).toBe(2);
      expect(seed.p95Ms as number).toBeGreaterThanOrEqual(seed.p50Ms as number);
    }
  });

  it('checks a page of about 1,000 words whose claims the corpus states', () => {
    expect(report.page.words).toBeGreaterThanOrEqual(900);
    expect(report.page.checkedClaims).toBeGreaterThan(10);
    const first = report.scale[0]!;
    expect(first).toMatchObject({ size: 100, realDocs: 100, syntheticDocs: 0, skipped: null, checkSkipped: null });
    expect(first.confirmedClaims as number).toBeGreaterThan(report.page.checkedClaims / 2);
    expect(first.heapUsedMB as number).toBeGreaterThan(0);
    expect(first.oursOverMiniSearch).toBeCloseTo((first.checkP50Ms as number) / (first.miniSearchQueryP50Ms as number), 6);
  });

  it('reports a size whose build would exceed the cap as skipped, with the reason, and still measures MiniSearch there', () => {
    const second = report.scale[1]!;
    expect(second.size).toBe(150);
    expect(second.skipped).toMatch(/^skipped: build estimated at .* cap/);
    expect(second.checkP50Ms).toBeNull();
    expect(second.speedupOverFuse).toBeNull();
    expect(second.miniSearchQueryP50Ms as number).toBeGreaterThan(0);
  });

  it('extrapolates fuse.js linearly in sentences from the size it really ran, and says so', () => {
    expect(report.fuse).toHaveLength(1);
    const measured = report.fuse[0]!;
    expect(measured).toMatchObject({ size: 5, claimsTimed: 1 });
    for (const size of report.scale) {
      expect(size.fuseExtrapolated).toBe(true);
      expect(size.fusePerClaimMs).toBeCloseTo(
        ((measured.perClaimMs as number) / (measured.sentences as number)) * (size.sentences as number),
        6,
      );
      expect(size.fusePageMs).toBeCloseTo((size.fusePerClaimMs as number) * report.page.checkedClaims, 6);
    }
    expect(run.stdout).toContain('(extrapolated)');
  });

  it('reads bundle sizes from the build when there is one, and the stance model data file', () => {
    const built = existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'));
    if (built) expect(report.bundle.contentScript).toMatchObject({ files: [expect.stringMatching(/^content-scripts\//)] });
    else expect(report.bundle.note).toBe('no build found: run npm run build first');
    const model = report.bundle.stanceModel;
    if (existsSync(join(ROOT, 'data/stance-model.json'))) {
      expect(model).toMatchObject({ files: ['data/stance-model.json'] });
      expect((model as { gzip: number; raw: number }).gzip).toBeLessThan((model as { raw: number }).raw);
    } else expect(model).toBeNull();
  });
});

describe('npm run bench options', () => {
  it('rejects a bad size list with exit code 2 and the usage', () => {
    const run = runBench(['--sizes', 'ten']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--sizes wants positive whole numbers');
    expect(run.stderr).toContain('usage: npm run bench');
  });
});
