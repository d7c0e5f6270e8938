/** Timing of one repeated, warm measurement. */
export interface RunTimes {
  /** Median wall time of one run, ms. */
  p50: number;
  /** 95th-percentile wall time of one run, ms (nearest rank: with few runs this is the slowest). */
  p95: number;
  /**
   * Median CPU time of one run, ms: this process's user + system time, all threads (GC helpers included). Less
   * skewed than wall time when other work shares the cores.
   */
  cpuP50: number;
  /** Runs measured (warm-ups excluded). */
  runs: number;
}

/** How many times to run, and when to stop early on a slow subject. */
export interface RunPlan {
  /** Unmeasured runs first, so the JIT and caches are warm (fewer when they eat a quarter of the budget; at least one). */
  warmups: number;
  /** Measured runs wanted. */
  runs: number;
  /** Stop measuring once this much time (ms) went into measured runs, so a slow engine cannot stall the bench. */
  budgetMs: number;
  /** Never fewer measured runs than this, even over budget: one run is not a distribution. */
  minRuns: number;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * A full collection, when node runs with --expose-gc (as `npm run bench` does), before the warm-ups: garbage left by
 * what ran before (an index build) is then not collected on a measured run's clock, and the warm-ups absorb the
 * sweeping that follows a collection. Measured runs still pay for their own garbage.
 */
function collectGarbage(): void {
  globalThis.gc?.();
}

/** Runs `fn` warm, repeatedly, in this process, and returns p50 / p95 of its wall time. */
export function timeRuns(fn: () => unknown, plan: RunPlan): RunTimes {
  // The subjects allocate and return fresh results; V8 cannot drop such calls, so no result sink is needed.
  collectGarbage();
  let warming = 0;
  for (let i = 0; i < plan.warmups && (i === 0 || warming < plan.budgetMs / 4); i++) warming += timeOnce(fn).ms;
  const times: number[] = [];
  const cpu: number[] = [];
  let spent = 0;
  while (times.length < plan.runs && (times.length < plan.minRuns || spent < plan.budgetMs)) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    const elapsed = performance.now() - start;
    const cpuUsed = process.cpuUsage(cpuStart);
    times.push(elapsed);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    spent += elapsed;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpuP50: percentile(cpu, 50), runs: times.length };
}

/** Wall time of one call, ms, with its result. */
export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/**
 * Runs two subjects warm in alternation and returns the timing of each: on a machine whose speed drifts, both then see
 * the same drift, and the ratio of their medians is the figure to trust. Each round runs the faster subject as many
 * times as the slower one takes (at most `plan.runs`), so a slow baseline cannot starve the other of runs.
 */
export function timeRunsAlternating(a: () => unknown, b: () => unknown, plan: RunPlan): [RunTimes, RunTimes] {
  collectGarbage();
  let warmA = 0;
  let warmB = 0;
  for (let i = 0; i < Math.max(1, plan.warmups); i++) {
    warmA = timeOnce(a).ms;
    warmB = timeOnce(b).ms;
  }
  // At most half the runs per round: one slow warm-up (a hiccup of the machine) must not put all of a subject's runs
  // before the other's, which would undo the alternation.
  const perRound = (mine: number, other: number) =>
    Math.min(Math.ceil(plan.runs / 2), Math.max(1, Math.round(other / Math.max(mine, 1e-3))));
  const rounds = [
    { fn: a, each: perRound(warmA, warmB), times: [] as number[], cpu: [] as number[] },
    { fn: b, each: perRound(warmB, warmA), times: [] as number[], cpu: [] as number[] },
  ];
  let spent = 0;
  const enough = (s: (typeof rounds)[number]) => s.times.length >= plan.runs || (s.times.length >= plan.minRuns && spent >= plan.budgetMs);
  while (!rounds.every(enough)) {
    for (const subject of rounds) {
      for (let i = 0; i < subject.each && subject.times.length < plan.runs; i++) {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        subject.fn();
        const elapsed = performance.now() - start;
        const cpuUsed = process.cpuUsage(cpuStart);
        subject.times.push(elapsed);
        subject.cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
        spent += elapsed;
      }
    }
  }
  const summary = ({ times, cpu }: { times: number[]; cpu: number[] }): RunTimes => {
    times.sort((x, y) => x - y);
    cpu.sort((x, y) => x - y);
    return { p50: percentile(times, 50), p95: percentile(times, 95), cpuP50: percentile(cpu, 50), runs: times.length };
  };
  return [summary(rounds[0]!), summary(rounds[1]!)];
}
