/**
 * `npx tsx scripts/measure-cli-pages.ts [--via-npm] [--pathological] [pages-dir]` (default `../shared/readability-pages`)
 *
 * The CPU time (user + system) of one whole CLI run per real page, start included, as a reader pays it:
 * `node scripts/cli/crosscheck.mjs --json <page>/source.html` (with `--via-npm`, `npm run --silent crosscheck -- …`,
 * which adds npm's own start). Measured by `/usr/bin/time`, so it counts the process and anything it starts. Prints
 * each page's CPU and exit code, then the slowest page, the median, how many pages took over 2 s, `--help`, and (with
 * `--pathological`) the generated hostile inputs of issue 15. The bundle is built first, so no run pays for a build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PATHOLOGICAL_PAGES } from '../tests/robustness/cli-pathological-pages';

const ROOT = resolve(import.meta.dirname, '..');
/** The bound issue 16 sets for a real page, start included. */
const GOAL_S = 2;

const { values, positionals } = parseArgs({
  options: { 'via-npm': { type: 'boolean' }, pathological: { type: 'boolean' } },
  allowPositionals: true,
});
const pagesDir = resolve(positionals[0] ?? join(ROOT, '../shared/readability-pages'));
const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-measure-'));
const timeFile = join(scratch, 'time.txt');

interface Run {
  name: string;
  cpuS: number;
  code: number | null;
  stderr: string;
}

/** One CLI run under /usr/bin/time: its CPU seconds, exit code and stderr. */
function measure(name: string, args: readonly string[]): Run {
  const command = values['via-npm']
    ? ['npm', 'run', '--silent', 'crosscheck', '--', ...args]
    : [process.execPath, join(ROOT, 'scripts/cli/crosscheck.mjs'), ...args];
  const run = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%U %S', ...command], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
  const [user, system] = lines[lines.length - 1]!.split(' ').map(Number);
  const code = run.status;
  if (args.includes('--json') && code === 0) JSON.parse(run.stdout); // exactly one JSON document, or this throws
  return { name, cpuS: user! + system!, code, stderr: run.stderr.trim() };
}

// Build (or confirm) the bundle once, outside the measurements.
spawnSync(process.execPath, [join(ROOT, 'scripts/cli/crosscheck.mjs'), '--help'], { cwd: ROOT, stdio: 'ignore' });

const help = measure('--help', ['--help']);
console.log(`--help: ${help.cpuS.toFixed(2)} s CPU`);

const names = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const runs: Run[] = [];
for (const name of names) {
  const run = measure(name, ['--json', join(pagesDir, name, 'source.html')]);
  runs.push(run);
  console.log(`${run.cpuS.toFixed(2).padStart(6)} s  exit ${run.code}  ${name}${run.stderr ? `  (${run.stderr})` : ''}`);
}
const sorted = [...runs].sort((a, b) => a.cpuS - b.cpuS);
const median =
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2]!.cpuS : (sorted[sorted.length / 2 - 1]!.cpuS + sorted[sorted.length / 2]!.cpuS) / 2;
const slowest = sorted[sorted.length - 1]!;
const over = runs.filter((run) => run.cpuS >= GOAL_S);
const codes = new Map<string, number>();
for (const run of runs) codes.set(String(run.code), (codes.get(String(run.code)) ?? 0) + 1);
console.log(
  `\n${runs.length} pages ${values['via-npm'] ? 'via npm run' : 'via node scripts/cli/crosscheck.mjs'}: ` +
    `slowest ${slowest.name} ${slowest.cpuS.toFixed(2)} s CPU, median ${median.toFixed(2)} s, ` +
    `${over.length} at or over ${GOAL_S} s${over.length ? ` (${over.map((run) => run.name).join(', ')})` : ''}; ` +
    `exit codes ${[...codes].map(([code, count]) => `${code}×${count}`).join(', ')}; --help ${help.cpuS.toFixed(2)} s`,
);

if (values.pathological) {
  console.log('\nissue 15 inputs:');
  for (const [name, make] of Object.entries(PATHOLOGICAL_PAGES)) {
    const path = join(scratch, `${name}.html`);
    writeFileSync(path, make());
    const run = measure(name, ['--json', path]);
    const lines = run.stderr === '' ? 0 : run.stderr.split('\n').length;
    console.log(
      `${run.cpuS.toFixed(2).padStart(6)} s  exit ${run.code}  ${lines} stderr line(s)  ${name}${run.stderr ? `  (${run.stderr})` : ''}`,
    );
  }
}
rmSync(scratch, { recursive: true, force: true });
