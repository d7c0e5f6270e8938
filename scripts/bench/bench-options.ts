import { parseArgs } from 'node:util';

/** What one `npm run bench` measures, and how hard. */
export interface BenchOptions {
  quick: boolean;
  /** Corpus sizes of the scale section, ascending. */
  sizes: number[];
  /** Corpus sizes at which the fuse.js baseline is really run (larger sizes are extrapolated from the largest). */
  fuseSizes: number[];
  /** Claims of the page searched with fuse.js at each fuse size: a few only, each takes seconds. */
  fuseClaims: number;
  /** Warm-up and measured runs of each seed check. */
  seedWarmups: number;
  seedRuns: number;
  /** Warm-up and (at most) measured runs of each scale check and MiniSearch query. */
  warmups: number;
  runs: number;
  /** Measured time per subject after which runs stop (at least `minRuns`), so a slow engine cannot stall the bench. */
  budgetMs: number;
  minRuns: number;
  /** A size is skipped when its build is estimated (from the previous size's ms per document) to take longer. */
  maxBuildMs: number;
  /** Checks at a size are skipped when one is estimated (linearly from the previous size) to take longer. */
  maxCheckMs: number;
  /** The shared material: seeds/ and fnc-1/ (default ../shared). */
  dataDir: string;
  /** The Chrome build whose sizes are reported (default .output/chrome-mv3). */
  buildDir: string;
}

export const BENCH_USAGE = `usage: npm run bench -- [--quick] [--sizes 100,1000,10000] [--fuse-sizes 20,100] [--fuse-claims 2]
  [--runs 30] [--seed-runs 30] [--budget-s 10] [--max-build-s 150] [--max-check-s 60] [--data ../shared]
  [--build-dir .output/chrome-mv3]
  --quick   sizes 100,1000, fewer runs, fuse.js at 20 docs only: about a minute`;

function numbers(value: string, flag: string): number[] {
  const list = value.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`${flag} wants positive whole numbers, comma-separated`);
  return [...new Set(list)].sort((a, b) => a - b);
}

function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} wants a positive number`);
  return n;
}

/** Reads the command line; throws an Error with a readable message on bad input. */
export function parseBenchArgs(args: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...args],
    options: {
      quick: { type: 'boolean' },
      sizes: { type: 'string' },
      'fuse-sizes': { type: 'string' },
      'fuse-claims': { type: 'string' },
      runs: { type: 'string' },
      'seed-runs': { type: 'string' },
      'budget-s': { type: 'string' },
      'max-build-s': { type: 'string' },
      'max-check-s': { type: 'string' },
      data: { type: 'string' },
      'build-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const runs = positive(values.runs, '--runs');
  const seedRuns = positive(values['seed-runs'], '--seed-runs');
  const budgetS = positive(values['budget-s'], '--budget-s');
  return {
    quick,
    // 100 / 1,000 / 10,000: the sizes; --quick stops at 1,000, where the engine is still seconds.
    sizes: values.sizes ? numbers(values.sizes, '--sizes') : quick ? [100, 1000] : [100, 1000, 10_000],
    // fuse.js takes ~1 s per claim at 100 documents (issue 6): two small sizes show the slope without waiting minutes.
    fuseSizes: values['fuse-sizes'] ? numbers(values['fuse-sizes'], '--fuse-sizes') : quick ? [20] : [20, 100],
    fuseClaims: Math.round(positive(values['fuse-claims'], '--fuse-claims') ?? (quick ? 1 : 2)),
    // 3 warm-ups then 30 runs: enough for a stable p95 on the millisecond-scale seed checks.
    seedWarmups: quick ? 2 : 3,
    seedRuns: Math.round(seedRuns ?? (quick ? 10 : 30)),
    warmups: quick ? 1 : 3,
    runs: Math.round(runs ?? (quick ? 10 : 30)),
    // 10 s of measured checks per size keeps the full bench near 5 minutes even when a check takes seconds.
    budgetMs: (budgetS ?? (quick ? 4 : 10)) * 1000,
    // Three runs is the least that gives a median not equal to an extreme.
    minRuns: 3,
    maxBuildMs: (positive(values['max-build-s'], '--max-build-s') ?? 150) * 1000,
    maxCheckMs: (positive(values['max-check-s'], '--max-check-s') ?? 60) * 1000,
    dataDir: values.data ?? '../shared',
    buildDir: values['build-dir'] ?? '.output/chrome-mv3',
  };
}
