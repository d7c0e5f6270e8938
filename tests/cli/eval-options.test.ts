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

  it('--set takes a known setting as key=value; anything else gets one line and exit 2, before anything is read', () => {
    const unknown = runCli('eval.ts', ['--set', 'bogus=1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.split('\n')[0]).toMatch(/^eval: --set: no setting "bogus" \(settings: maxClaims, /);
    const malformed = runCli('eval.ts', ['--set', 'statesClaim']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr.split('\n')[0]).toBe('eval: --set wants key=value, got "statesClaim"');
  });
});
