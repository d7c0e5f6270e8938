import { afterEach, describe, expect, it } from 'vitest';
import { timeRunsAlternating } from '../../scripts/bench/time-runs';

/** Busy-waits about `ms`: a subject whose cost is known. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('timeRunsAlternating', () => {
  it('interleaves the two subjects and gives the faster one as many runs as the slower one takes', () => {
    const order: string[] = [];
    const [fast, slow] = timeRunsAlternating(
      () => (order.push('a'), spin(1)),
      () => (order.push('b'), spin(8)),
      // A budget the slow subject's twelve runs fit in even on a loaded machine: the fast one must not be cut short.
      { warmups: 1, runs: 12, budgetMs: 1_000, minRuns: 3 },
    );
    expect(fast.runs).toBe(12);
    expect(slow.runs).toBeGreaterThanOrEqual(3);
    // After the warm-up pair, b's runs are spread among a's, not all at the end.
    const measured = order.slice(2);
    expect(measured.indexOf('b')).toBeLessThan(measured.lastIndexOf('a'));
    // Each run is timed around its own call only (a spin lasts at least its length; never a lower bound on the machine).
    expect(fast.p50).toBeGreaterThanOrEqual(1);
    expect(slow.p50).toBeGreaterThanOrEqual(8);
  });

  it("keeps alternating when the slower subject's warm-up stalls (a hiccup of the machine)", () => {
    const order: string[] = [];
    let calls = 0;
    timeRunsAlternating(
      () => (order.push('a'), spin(1)),
      () => (order.push('b'), spin(calls++ === 0 ? 40 : 4)),
      { warmups: 1, runs: 12, budgetMs: 1_000, minRuns: 3 },
    );
    const measured = order.slice(2);
    expect(measured.indexOf('b')).toBeLessThan(measured.lastIndexOf('a'));
  });

  describe('with a collector exposed (node --expose-gc)', () => {
    const exposed = globalThis.gc;
    afterEach(() => {
      globalThis.gc = exposed;
    });

    it('collects once, before the warm-ups: garbage of what ran before is not collected on a measured clock', () => {
      const order: string[] = [];
      globalThis.gc = (() => void order.push('gc')) as typeof globalThis.gc;
      timeRunsAlternating(
        () => (order.push('a'), spin(1)),
        () => (order.push('b'), spin(4)),
        { warmups: 1, runs: 8, budgetMs: 40, minRuns: 2 },
      );
      // A forced collection among measured runs would leave its sweeping to the next run.
      expect(order.slice(0, 3)).toEqual(['gc', 'a', 'b']);
      expect(order.filter((entry) => entry === 'gc')).toHaveLength(1);
    });
  });
});
