/**
 * Issue 16 item 8: the CLI ships prebuilt. `npm run crosscheck` runs `scripts/cli/crosscheck.mjs` with plain node,
 * which starts the esbuild bundle `.output/cli/crosscheck.mjs`, rebuilding it when a source is newer; the bundle finds
 * the repository's models and data wherever it is started from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODELS_DIR } from '../../lib/load-models-node';
import { DEFAULT_LEXICON_PATH } from '../../lib/text/load-lexicon-node';
import { SEED_DIR, SEED_IDS } from '../engine/seeds';
import { ROOT, runCrosscheck } from './run-cli';

const BUNDLE = join(ROOT, '.output/cli/crosscheck.mjs');
const elsewhere = mkdtempSync(join(tmpdir(), 'crosscheck-elsewhere-'));
const probeDir = join(ROOT, `.output/cli/probe-${process.pid}`);
afterAll(() => {
  rmSync(elsewhere, { recursive: true, force: true });
  rmSync(probeDir, { recursive: true, force: true });
});

const USAGE = 'usage: crosscheck [--json] [--corpus <export.json>] [--no-model] <file.html|file.txt>\n';

describe('npm run crosscheck', () => {
  it('runs the bundle with plain node, and `npm run --silent crosscheck -- --help` prints only the usage', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.crosscheck).toBe('node scripts/cli/crosscheck.mjs');
    expect(scripts.demo).toMatch(/^npm run build && node scripts\/cli\/crosscheck\.mjs data\/demo\/004-article\.html$/);
    expect(scripts.build).toMatch(/build-cli\.mjs/);
    const run = spawnSync('npm', ['run', '--silent', 'crosscheck', '--', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(USAGE);
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('rebuilds a bundle older than its sources before running it', () => {
    runCrosscheck(['--help']);
    const past = new Date('2001-01-01T00:00:00Z');
    utimesSync(BUNDLE, past, past);
    const run = runCrosscheck(['--help']);
    expect(run.stdout).toBe(USAGE);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(past.getTime());
  });
});

describe('the bundled CLI started from another working directory', () => {
  it('checks a seed exactly as when started from the repository', () => {
    const seed = join(SEED_DIR, `${SEED_IDS[3]}.txt`);
    const here = runCrosscheck(['--json', seed]);
    const there = spawnSync(process.execPath, [BUNDLE, '--json', seed], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(there.stderr).toBe('');
    expect(there.status).toBe(0);
    expect(there.stdout).toBe(here.stdout);
    expect(JSON.parse(there.stdout).claims.length).toBeGreaterThan(5);
  });

  it('reads models and data from the repository, not from beside the bundle', () => {
    // A probe printing where the Node loaders look, bundled the same way as the CLI but one folder deeper than it
    // (inside the repository, where node finds the external packages), and run from another folder.
    const probe = join(elsewhere, 'print-data-paths.ts');
    writeFileSync(
      probe,
      [
        `import { MODELS_DIR } from ${JSON.stringify(join(ROOT, 'lib/load-models-node.ts'))};`,
        `import { DEFAULT_LEXICON_PATH } from ${JSON.stringify(join(ROOT, 'lib/text/load-lexicon-node.ts'))};`,
        'process.stdout.write(`${JSON.stringify({ models: MODELS_DIR, lexicon: DEFAULT_LEXICON_PATH })}\\n`);',
      ].join('\n'),
    );
    const outfile = join(probeDir, 'print-data-paths.mjs');
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/cli/build-cli.mjs'), '--entry', probe, '--outfile', outfile], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const run = spawnSync(process.execPath, [outfile], { cwd: tmpdir(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const paths = JSON.parse(run.stdout);
    // Exactly where the same modules look when run from source (as vitest runs them here): inside the repository.
    expect(resolve(paths.models)).toBe(resolve(MODELS_DIR));
    expect(resolve(paths.lexicon)).toBe(resolve(DEFAULT_LEXICON_PATH));
    expect(resolve(paths.models).startsWith(`${ROOT}/`)).toBe(true);
  });
});
