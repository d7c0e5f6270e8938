import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('npm run eval: its options', () => {
  it('--help prints the usage and exits 0', () => {
    const { code, stdout } = runCli('eval.ts', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run eval /);
  });

  it('an unknown option gets one line naming it and the usage, exit 2, before anything is read', () => {
    const { code, stdout, stderr } = runCli('eval.ts', ['--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe("eval: Unknown option '--bogus'");
    expect(stderr).toMatch(/usage: npm run eval /);
  });
});
