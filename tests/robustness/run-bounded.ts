import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CheckResult } from '../../lib/types';

const ROOT = join(import.meta.dirname, '../..');

/** Phases of a bounded run and how long each may take, wall clock, before the child is killed. */
export interface Deadlines {
  extractMs: number;
  checkMs: number;
}

/** What happened to one big page: the phases it finished, their times, and how it ended. */
export interface BoundedRun {
  parseMs: number | null;
  extractMs: number | null;
  checkMs: number | null;
  paragraphs: number | null;
  result: CheckResult | null;
  /** Set when the run did not finish: the phase that ran out of time, or the error it threw. */
  failure: string | null;
}

/**
 * Runs the pipeline on a generated hostile page in a child process and kills it when a phase overruns its
 * deadline. jsdom's parsing has no deadline of its own: the extension never pays it (the browser parses).
 */
export function runBounded(fixture: string, parser: 'jsdom' | 'happy-dom', deadlines: Deadlines): Promise<BoundedRun> {
  const run: BoundedRun = { parseMs: null, extractMs: null, checkMs: null, paragraphs: null, result: null, failure: null };
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'pipeline-child.ts'), fixture, parser], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let timer: NodeJS.Timeout | undefined;
  const arm = (ms: number, phase: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      run.failure = `${phase} did not finish within ${ms} ms; killed`;
      child.kill('SIGKILL');
    }, ms);
  };
  let buffered = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as {
        phase: string;
        ms?: number;
        paragraphs?: number | null;
        result?: CheckResult | null;
        error?: string;
      };
      buffered = buffered.slice(newline + 1);
      if (line.phase === 'parsed') {
        run.parseMs = line.ms!;
        arm(deadlines.extractMs, 'extraction');
      } else if (line.phase === 'extracted') {
        run.extractMs = line.ms!;
        run.paragraphs = line.paragraphs ?? null;
        arm(deadlines.checkMs, 'the check');
      } else if (line.phase === 'checked') {
        run.checkMs = line.ms!;
        run.result = line.result ?? null;
        clearTimeout(timer);
      } else if (line.phase === 'threw') {
        run.failure = `threw ${line.error}`;
        clearTimeout(timer);
      }
    }
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      if (run.failure === null && run.checkMs === null)
        run.failure = `child exited with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
      resolve(run);
    });
  });
}
