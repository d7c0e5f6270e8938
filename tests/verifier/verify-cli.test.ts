import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const FIX = join(ROOT, 'tests', 'fixtures', 'verifier');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(pairs: string): { code: number | null; stderr: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  const out = join(dir, 'out.jsonl');
  const r = spawnSync(TSX, ['scripts/verify.ts', '--pairs', pairs, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, out: existsSync(out) ? readFileSync(out, 'utf8') : '' };
}

describe('npm run verify', () => {
  it('labels known pairs in input order, with probabilities and a reason', () => {
    const r = run(join(FIX, 'pairs.jsonl'));
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { label: string; p: Record<string, number>; why: string });
    const expected = (JSON.parse(readFileSync(join(FIX, 'expected-labels.json'), 'utf8')) as { labels: string[] }).labels;
    expect(lines.map((l) => l.label)).toEqual(expected);
    for (const l of lines) {
      const s = l.p.confirms! + l.p.contradicts! + l.p.leaves_out!;
      expect(Math.abs(s - 1)).toBeLessThan(1e-3);
      expect(l.why.startsWith(l.label === 'leaves_out' ? 'leaves out' : l.label)).toBe(true);
    }
  });

  it('exits 2 naming the line of a bad JSON line', () => {
    const r = run(join(FIX, 'bad-pairs.jsonl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when a field is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const p = join(dir, 'in.jsonl');
    spawnSync('sh', ['-c', `printf '{"claim":"a b c","evidence":"d e f"}\\n{"claim":"x"}\\n' > ${p}`]);
    const r = run(p);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2: "evidence"/);
  });
}, 60_000);
