import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** What `npm run crosscheck` runs: the prebuilt bundle, built first when it is missing or stale. */
export const CROSSCHECK = join(ROOT, 'scripts/cli/crosscheck.mjs');

/** Runs one of the repository's TypeScript scripts as a reader would, returning its exit code and output. */
export function runCli(script: string, args: readonly string[], options: { input?: string } = {}) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI as shipped (`node scripts/cli/crosscheck.mjs`, what `npm run crosscheck` runs), in one process that a
 * timeout can kill, from `cwd` (default the repository).
 */
export function runCrosscheck(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}) {
  const result = spawnSync(process.execPath, [CROSSCHECK, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 60_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
