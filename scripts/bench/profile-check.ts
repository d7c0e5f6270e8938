/**
 * `npx tsx scripts/bench/profile-check.ts [size] [checks] [outDir]`
 * then `npx tsx scripts/bench/summarise-cpu-profile.ts <outDir>/check.cpuprofile`.
 * Under tsx each function keeps its file in the profile, which the summary groups by; tsx also wraps every closure the
 * engine creates in its naming helper (`__name` in the profile), which the shipped bundle does not.
 *
 * The bench's scale workload alone, profiled with V8's sampling profiler (what `node --cpu-prof` records): the
 * build of a checker over `size` documents (default 10,000) into build.cpuprofile, and `checks` warm checks of the
 * bench page (default 5, after one unprofiled warm-up that fills the engine's caches) into check.cpuprofile.
 * Loading FNC-1 is left out of both.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createEngine } from '../../lib/create-engine';
import { loadEngineModelsFromDisk } from '../../lib/load-models-node';
import { benchPage } from './bench-page';
import { loadFnc1Corpus } from './fnc1-corpus';
import { scaleCorpus } from './scale-corpus';

/** Sampling interval, µs: V8's default is 1,000; finer shows short functions without slowing the run much. */
const SAMPLING_INTERVAL_US = 200;

const SHARED = join(import.meta.dirname, '../../../shared/fnc-1');
const size = Number(process.argv[2] ?? 10_000);
const checks = Number(process.argv[3] ?? 5);
const outDir = process.argv[4] ?? '.scratch/profile';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });

async function profiled<T>(name: string, fn: () => T): Promise<T> {
  await session.post('Profiler.start');
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
  process.stderr.write(`${name}: ${ms.toFixed(0)} ms → ${join(outDir, `${name}.cpuprofile`)}\n`);
  return value;
}

mkdirSync(outDir, { recursive: true });
const { docs, stories } = loadFnc1Corpus(join(SHARED, 'train_bodies.csv'), join(SHARED, 'train_stances.csv'));
// The page pool is the bench's: the first 100 real bodies.
const page = benchPage(docs.slice(0, 100), stories).article;
const corpus = scaleCorpus(docs, size);
// The engine as the bench times it: with the verifier read from data/.
const models = await loadEngineModelsFromDisk();
const checker = await profiled('build', () => createEngine(corpus, models));
checker.check(page);
await profiled('check', () => {
  for (let i = 0; i < checks; i++) checker.check(page);
});
session.disconnect();
