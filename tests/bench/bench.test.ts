import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedPath } from '../shared-data';

const ROOT = join(import.meta.dirname, '../..');
const SEED_DIR = sharedPath('seeds');

/** A build laid out as WXT writes one, with known sizes, so the bundle figures can be checked exactly. */
const BUILD_DIR = mkdtempSync(join(tmpdir(), 'crosscheck-bench-build-'));
const WORKER_BYTES = 1_000;
const WINK_BYTES = 5_000;
function writeFakeBuild(): void {
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(BUILD_DIR, path)), { recursive: true });
    writeFileSync(join(BUILD_DIR, path), text);
  };
  file('manifest.json', '{}');
  file('page-reader.js', 'x'.repeat(40));
  file('background.js', 'x'.repeat(300));
  file('sidepanel.html', '<script type="module" src="/chunks/sidepanel.js"></script>');
  file('chunks/sidepanel.js', `new Worker(new URL("../assets/check.worker.js", import.meta.url));`);
  const lazy = 'import("./wink.js");';
  file('assets/check.worker.js', lazy + 'x'.repeat(WORKER_BYTES - lazy.length));
  file('assets/wink.js', 'x'.repeat(WINK_BYTES));
  file('models/verifier.bin', 'x'.repeat(10));
  file('models/wink/core.json', '{}');
}

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
  'rulesOnlyCheckP50Ms',
  'verifierShare',
  'fusePerClaimMs',
  'fusePageMs',
  'fuseExtrapolated',
  'speedupOverFuse',
];
const FUSE_KEYS = ['size', 'sentences', 'claimsTimed', 'buildMs', 'perClaimMs'];
const BUNDLE_KEYS = ['dir', 'note', 'contentScript', 'sidePanel', 'background', 'worker', 'models', 'largestScript', 'stanceModel'];

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
    writeFakeBuild();
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
      '--data',
      SHARED_DIR,
      '--build-dir',
      BUILD_DIR,
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

  it('reads bundle sizes from the build it is given: content script, panel, worker with its lazy chunks, models', () => {
    const bundle = report.bundle as unknown as Record<string, { raw: number; files: string[] } | null> & {
      largestScript: { file: string; raw: number };
    };
    expect(bundle.contentScript).toEqual({ raw: 40, gzip: expect.any(Number), files: ['page-reader.js'] });
    expect(bundle.sidePanel!.files).toEqual(['chunks/sidepanel.js']);
    expect(bundle.worker!.files).toEqual(['assets/check.worker.js', 'assets/wink.js']);
    expect(bundle.worker!.raw).toBe(WORKER_BYTES + WINK_BYTES);
    expect(bundle.models!.files).toEqual(['models/verifier.bin', 'models/wink/core.json']);
    expect(bundle.largestScript).toEqual({ file: 'assets/wink.js', raw: WINK_BYTES });
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
